import { recommendationLabels } from '../../../domain/evaluation.js';
import { formatKroner } from '../../../domain/money.js';
import { StructuredList } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../paths.js';
import type { ProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { dateText } from './outcome-kit.js';

/**
 * The evaluation, decision, handover and closing of a project in a few rows, for the project page
 * (helper P1's `outcome?: Child` slot; the lead wires it at merge) and the decision page.
 */
export function OutcomeSummary({ ctx, outcome }: { ctx: PageContext; outcome: ProjectOutcome }) {
  const { t } = ctx;
  const id = outcome.project.id;
  const last = outcome.decisions.at(-1);
  const kr = (v: number) => formatKroner(v, ctx.locale);
  return (
    <StructuredList
      rows={[
        {
          label: t({ da: 'Evaluering', en: 'Evaluation' }),
          value: outcome.evaluation ? (
            <a href={paths.projects.evaluation({ applicationId: id })}>
              {`${t({ da: 'Anbefaling', en: 'Recommendation' })}: ${t(recommendationLabels[outcome.evaluation.recommendation])}, ${t({ da: 'gennemsnitlig score', en: 'mean score' })} ${String(outcome.evaluation.meanScore).replace('.', ',')}`}
            </a>
          ) : (
            <a href={paths.projects.evaluation({ applicationId: id })}>{t({ da: 'Ikke evalueret', en: 'Not evaluated' })}</a>
          ),
        },
        {
          label: t({ da: 'Beslutning', en: 'Decision' }),
          value: last
            ? `${t(recommendationLabels[last.outcome])}, ${dateText(last.decidedOn, ctx)} (${last.decidedByName}): ${last.reason}`
            : t({ da: 'Ingen endnu', en: 'None yet' }),
        },
        {
          label: t({ da: 'Overdraget til drift', en: 'Handed over to operation' }),
          value: outcome.handover
            ? `${outcome.handover.ownerDepartmentName}, ${t({ da: 'i drift fra', en: 'live from' })} ${dateText(outcome.handover.goLiveDate, ctx)}; ${t({ da: 'betales af', en: 'paid by' })} ${outcome.handover.operatingBudget}`
            : t({ da: 'Nej', en: 'No' }),
        },
        { label: t({ da: 'Slutdato', en: 'End date' }), value: dateText(outcome.currentEndDate, ctx) },
        {
          label: t({ da: 'Penge', en: 'Money' }),
          value: `${t({ da: 'bevilget', en: 'committed' })} ${kr(outcome.money.committedOere)}, ${t({ da: 'udbetalt', en: 'paid' })} ${kr(outcome.money.paidOere)}, ${t({ da: 'tilbageført', en: 'returned' })} ${kr(outcome.money.returnedOere)}, ${t({ da: 'tilbage', en: 'left' })} ${kr(outcome.money.payableOere)}`,
        },
      ]}
    />
  );
}
