import { recommendationLabels } from '../../../domain/evaluation.js';
import { formatKroner } from '../../../domain/money.js';
import { StructuredList } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { ProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { dateText } from './outcome-kit.js';

/**
 * The evaluation, decision, handover and closing of a project in a few rows, for the project page
 * (helper P1's `outcome?: Child` slot; the lead wires it at merge) and the decision page.
 */
export function OutcomeSummary({ ctx, outcome, withMoney = true }: { ctx: PageContext; outcome: ProjectOutcome; withMoney?: boolean }) {
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
        ...(withMoney
          ? [
              {
                label: t({ da: 'Penge', en: 'Money' }),
                value: `${t({ da: 'bevilget', en: 'committed' })} ${kr(outcome.money.committedOere)}, ${t({ da: 'udbetalt', en: 'paid' })} ${kr(outcome.money.paidOere)}, ${t({ da: 'tilbageført', en: 'returned' })} ${kr(outcome.money.returnedOere)}, ${t({ da: 'tilbage', en: 'left' })} ${kr(outcome.money.payableOere)}`,
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * The project page's section on what came after the trial: the summary above, and links to the
 * evaluation, decision, handover, closing, changes and grant correction — the action links only for
 * what the viewer may do (`outcome.can`), the pages with something recorded for whoever sees them.
 */
export function ProjectOutcomeSection({ ctx, outcome }: { ctx: PageContext; outcome: ProjectOutcome }) {
  const { t } = ctx;
  const applicationId = outcome.project.id;
  const can = outcome.can;
  const links: { href: string; text: string }[] = [];
  if (can.evaluate) {
    links.push({
      href: paths.projects.evaluation({ applicationId }),
      text: outcome.evaluation ? t({ da: 'Ret evalueringen', en: 'Correct the evaluation' }) : t({ da: 'Skriv evalueringen', en: 'Write the evaluation' }),
    });
  }
  if (can.decideOutcome || can.stop) {
    links.push({
      href: paths.projects.outcome({ applicationId }),
      text: can.decideOutcome
        ? t({ da: 'Beslut drift, opskalering, forlængelse eller stop', en: 'Decide run, scale-up, extension or stop' })
        : t({ da: 'Stop projektet', en: 'Stop the project' }),
    });
  } else if (outcome.decisions.length > 0) {
    links.push({ href: paths.projects.outcome({ applicationId }), text: t({ da: 'Se beslutningen', en: 'See the decision' }) });
  }
  if (can.handover)
    links.push({ href: paths.projects.handover({ applicationId }), text: t({ da: 'Registrér overdragelse til drift', en: 'Record the handover' }) });
  if (can.close) links.push({ href: paths.projects.close({ applicationId }), text: t({ da: 'Afslut projektet', en: 'Close the project' }) });
  if (can.requestChange || can.decideChange || outcome.changes.length > 0) {
    links.push({
      href: paths.projects.changes({ applicationId }),
      text: can.requestChange
        ? t({ da: 'Anmod om en ændring (slutdato, år eller udgiftstype)', en: 'Request a change (end date, years or cost types)' })
        : t({ da: 'Ændringer', en: 'Changes' }),
    });
  }
  if (can.correct) links.push({ href: paths.projects.correctDecision({ applicationId }), text: t({ da: 'Ret bevillingen', en: 'Correct the grant' }) });
  return (
    <section class="mt-7" aria-labelledby="project-outcome-h">
      <h2 id="project-outcome-h">{t({ da: 'Evaluering, beslutning og drift', en: 'Evaluation, decision and operation' })}</h2>
      {/* The project page shows the money in its own section (Bevilling). */}
      <OutcomeSummary ctx={ctx} outcome={outcome} withMoney={false} />
      {links.length > 0 ? (
        <ul class="nobullet-list">
          {links.map((l) => (
            <li>
              <a href={l.href}>{l.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
