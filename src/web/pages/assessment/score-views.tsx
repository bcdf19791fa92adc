import type { Rubric } from '../../../domain/scoring.js';
import type { ApplicationScore } from '../../../usecases/assessment/score-summary.js';
import { Badge, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { reviewCount } from './labels.js';
import { points, scoreText } from './score-format.js';

/** The criteria's common scale ("1–5"), or null when they differ (then each row names its own). */
export function commonScale(rubric: Rubric): string | null {
  const scales = new Set(rubric.criteria.map((c) => `${c.scaleMin}–${c.scaleMax}`));
  return scales.size === 1 ? ([...scales][0] ?? null) : null;
}

type Score = Omit<ApplicationScore, 'applicationId' | 'caseNumber' | 'title' | 'state' | 'amountAppliedOere' | 'rank'>;

/** One application's scores: per criterion the mean and the spread between reviewers, then each reviewer's total. */
export function ScoreBreakdown({ ctx, rubric, score, caption }: { ctx: PageContext; rubric: Rubric; score: Score; caption: string }) {
  const { t } = ctx;
  const l = ctx.locale;
  const disagree = t({ da: 'Uenighed', en: 'Disagreement' });
  const scale = commonScale(rubric);
  const onScale = scale ? ` (${scale})` : '';
  return (
    <>
      <p>
        <strong>{t({ da: 'Vægtet total (0–100): ', en: 'Weighted total (0–100): ' })}</strong>
        {points(score.summary.total, l)} ({t(reviewCount(score.summary.reviewCount))})
        {score.summary.knockOuts.length > 0 ? (
          <>
            {' '}
            <Badge variant="error" text={t({ da: 'Under knock-out-grænsen', en: 'Below knock-out threshold' })} />
          </>
        ) : null}
        {score.totalDisagreement ? (
          <>
            {' '}
            <Badge variant="warning" text={t({ da: 'Bedømmerne er uenige om totalen', en: 'Reviewers disagree on the total' })} />
          </>
        ) : null}
      </p>
      <Table
        caption={`${caption}: ${t({
          da: `bedømmernes point på kriteriets skala${scale ? `, ${scale}` : ''}; vægten er kriteriets vægt i den vægtede total (0–100)`,
          en: `the reviewers' points on the criterion's scale${scale ? `, ${scale}` : ''}; the weight is the criterion's weight in the weighted total (0–100)`,
        })}`}
        density="compact"
        columns={[
          { label: t({ da: 'Kriterium', en: 'Criterion' }), rowHeader: true },
          { label: t({ da: 'Vægt', en: 'Weight' }), numeric: true },
          { label: t({ da: `Gennemsnit${onScale}`, en: `Mean${onScale}` }), numeric: true },
          { label: t({ da: 'Min.', en: 'Min' }), numeric: true },
          { label: t({ da: 'Maks.', en: 'Max' }), numeric: true },
          { label: t({ da: 'Spredning (std.afv.)', en: 'Spread (std. dev.)' }), numeric: true },
          { label: t({ da: 'Ikke relevant', en: 'Not applicable' }), numeric: true },
          { label: t({ da: 'Bemærkning', en: 'Note' }) },
        ]}
        rows={score.summary.criteria.map((s) => {
          const c = rubric.criteria.find((x) => x.key === s.key);
          return [
            `${c ? t(c.label) : s.key} (${c?.scaleMin ?? ''}–${c?.scaleMax ?? ''})`,
            scoreText(c?.weight ?? null, l),
            scoreText(s.mean, l),
            scoreText(s.min, l),
            scoreText(s.max, l),
            scoreText(s.stdDev, l),
            String(s.naCount),
            <>
              {score.disagreements.includes(s.key) ? <Badge variant="warning" text={disagree} /> : null}
              {s.knockOut ? (
                <>
                  {' '}
                  <Badge variant="error" text={t({ da: 'Knock-out', en: 'Knock-out' })} />
                </>
              ) : null}
            </>,
          ];
        })}
      />
      <Table
        caption={t({ da: 'Bedømmernes totaler', en: "Reviewers' totals" })}
        density="compact"
        columns={[
          { label: t({ da: 'Bedømmer', en: 'Reviewer' }), rowHeader: true },
          { label: t({ da: 'Total (0–100)', en: 'Total (0–100)' }), numeric: true },
          { label: t({ da: 'Knock-out', en: 'Knock-out' }) },
        ]}
        rows={score.reviewerTotals.map((r) => [
          r.reviewerName,
          points(r.total, l),
          r.knockOuts.length > 0 ? r.knockOuts.map((k) => rubric.criteria.find((c) => c.key === k)?.label[l] ?? k).join(', ') : '–',
        ])}
      />
    </>
  );
}
