import { formatKroner } from '../../../domain/money.js';
import type { PoolScoreSummary } from '../../../usecases/assessment/score-summary.js';
import { CRITERION_DISAGREEMENT_SHARE, TOTAL_DISAGREEMENT_POINTS } from '../../../usecases/assessment/score-summary.js';
import type { PoolRow } from '../../../usecases/assessment/load.js';
import { Badge, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';
import { paths } from '../../../paths.js';
import { reviewCount } from './labels.js';
import { points, scoreText } from './score-format.js';
import { commonScale } from './score-views.js';
import { StaffStatus } from './status-badges.js';
import { Crumbs } from './crumbs.js';

/** The pool's ranking: weighted totals, each criterion's mean with min–max and spread, disagreement flagged. */
export function ScoresPage({ ctx, pool, summary, linkCases }: { ctx: PageContext; pool: PoolRow; summary: PoolScoreSummary; linkCases: boolean }) {
  const { t } = ctx;
  const l = ctx.locale;
  const title = t({ da: `Pointoversigt: ${pool.name}`, en: `Score summary: ${pool.name}` });
  const criteria = summary.rubric.criteria;
  const scale = commonScale(summary.rubric);
  return (
    <Layout ctx={ctx} title={title}>
      <Crumbs
        ctx={ctx}
        items={[
          { label: t({ da: 'Sagsbehandling', en: 'Case handling' }), href: paths.assessment.index() },
          { label: t({ da: 'Pointoversigt', en: 'Score summary' }) },
        ]}
      />
      <h1>{title}</h1>
      <p>
        {t({
          da: `Totalen er det vægtede gennemsnit (0–100) af kriteriernes gennemsnit; "ikke relevant" tæller ikke med. Uenighed markeres, når bedømmernes point på et kriterium ligger mindst ${Math.round(CRITERION_DISAGREEMENT_SHARE * 100)} % af skalaen fra hinanden, eller deres totaler ligger mindst ${TOTAL_DISAGREEMENT_POINTS} point fra hinanden.`,
          en: `The total is the weighted mean (0–100) of the criteria's means; "not applicable" is left out. Disagreement is flagged when the reviewers' scores on a criterion lie at least ${Math.round(CRITERION_DISAGREEMENT_SHARE * 100)} % of the scale apart, or their totals at least ${TOTAL_DISAGREEMENT_POINTS} points apart.`,
        })}
      </p>
      {summary.applications.length === 0 ? (
        <p>{t({ da: 'Ingen ansøgninger har afleverede bedømmelser endnu.', en: 'No applications have submitted reviews yet.' })}</p>
      ) : (
        <Table
          caption={t({
            da: `Rangering efter vægtet total (0–100); under hvert kriterium bedømmernes gennemsnit på kriteriets skala${scale ? ` (${scale})` : ''}`,
            en: `Ranking by weighted total (0–100); under each criterion the reviewers' mean on the criterion's scale${scale ? ` (${scale})` : ''}`,
          })}
          density="compact"
          columns={[
            { label: t({ da: 'Plads', en: 'Rank' }), numeric: true },
            { label: t({ da: 'Ansøgning', en: 'Application' }), rowHeader: true },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Søgt beløb', en: 'Amount applied for' }), numeric: true },
            { label: t({ da: 'Vægtet total (0–100)', en: 'Weighted total (0–100)' }), numeric: true },
            { label: t({ da: 'Bedømmernes totaler (min.–maks., std.afv.)', en: "Reviewers' totals (min–max, std. dev.)" }) },
            ...criteria.map((c) => ({ label: `${t(c.label)} (${t({ da: 'vægt', en: 'weight' })} ${scoreText(c.weight, l)})` })),
          ]}
          rows={summary.applications.map((a) => [
            a.rank === null ? '–' : String(a.rank),
            linkCases ? <a href={paths.assessment.case({ applicationId: a.applicationId })}>{`${a.caseNumber}: ${a.title}`}</a> : `${a.caseNumber}: ${a.title}`,
            <StaffStatus ctx={ctx} state={a.state} />,
            formatKroner(a.amountAppliedOere, l),
            <>
              {points(a.summary.total, l)}
              {a.summary.knockOuts.length > 0 ? (
                <>
                  {' '}
                  <Badge variant="error" text={t({ da: 'Knock-out', en: 'Knock-out' })} />
                </>
              ) : null}
            </>,
            <>
              {a.totalSpread ? `${points(a.totalSpread.min, l)}–${points(a.totalSpread.max, l)} (${points(a.totalSpread.stdDev, l)})` : '–'}
              {`, ${t(reviewCount(a.summary.reviewCount))}`}
              {a.totalDisagreement ? (
                <>
                  {' '}
                  <Badge variant="warning" text={t({ da: 'Uenighed', en: 'Disagreement' })} />
                </>
              ) : null}
            </>,
            ...criteria.map((c) => {
              const s = a.summary.criteria.find((x) => x.key === c.key);
              if (!s || s.mean === null) return '–';
              return (
                <>
                  {scoreText(s.mean, l)}
                  <span class="text-small">{` (${scoreText(s.min, l)}–${scoreText(s.max, l)}; ${scoreText(s.stdDev, l)})`}</span>
                  {a.disagreements.includes(c.key) ? (
                    <>
                      {' '}
                      <Badge variant="warning" text={t({ da: 'Uenighed', en: 'Disagreement' })} />
                    </>
                  ) : null}
                </>
              );
            }),
          ])}
        />
      )}
    </Layout>
  );
}
