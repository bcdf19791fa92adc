import { recommendationLabels } from '../../../domain/evaluation.js';
import { formatKroner } from '../../../domain/money.js';
import { Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { EvaluationOnAgenda } from '../../../usecases/projects/evaluation-agenda-items.js';

/**
 * "Evalueringer til forelæggelse": the project evaluations on a meeting's agenda, for the meeting page
 * and the printed agenda. The lead wires it onto the meeting page with
 * `evaluationsOnAgenda(db, actor, { meetingId })` (helper P2 does not touch the meetings area).
 */
export function EvaluationAgendaSection({ ctx, items }: { ctx: PageContext; items: EvaluationOnAgenda[] }) {
  const { t } = ctx;
  if (items.length === 0) return null;
  const kr = (v: number | null) => (v === null ? '–' : formatKroner(v, ctx.locale));
  return (
    <section class="mt-7" aria-labelledby="evaluations-on-agenda">
      <h2 id="evaluations-on-agenda">{t({ da: 'Evalueringer til forelæggelse', en: 'Evaluations presented' })}</h2>
      <Table
        caption={t({ da: 'Projekter, hvis evaluering forelægges på mødet', en: 'Projects whose evaluation is presented at the meeting' })}
        captionClass="sr-only"
        columns={[
          { label: t({ da: 'Projekt', en: 'Project' }), rowHeader: true },
          { label: t({ da: 'Anbefaling', en: 'Recommendation' }) },
          { label: t({ da: 'Nettonutidsværdi, forventet', en: 'NPV, expected' }), numeric: true },
          { label: t({ da: 'Nettonutidsværdi, faktisk', en: 'NPV, actual' }), numeric: true },
        ]}
        rows={items.map((i) => [
          <a href={paths.projects.evaluation({ applicationId: i.applicationId })}>{`${i.caseNumber} ${i.title}`}</a>,
          `${t(recommendationLabels[i.recommendation])}: ${i.recommendationReason}`,
          kr(i.expectedNpvOere),
          kr(i.actualNpvOere),
        ])}
      />
    </section>
  );
}
