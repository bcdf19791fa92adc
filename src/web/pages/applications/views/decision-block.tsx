import type { Message } from '../../../../errors.js';
import { formatDate, formatDateTime } from '../../../../domain/dates.js';
import { formatKroner } from '../../../../domain/money.js';
import { can } from '../../../../policies/authorize.js';
import type { ApplicationDecision } from '../../../../usecases/applications/decision-of.js';
import { StructuredList } from '../../../components/index.js';
import type { PageContext } from '../../../page-context.js';
import { paths } from '../../../../paths.js';

const OUTCOME: Record<ApplicationDecision['outcome'], Message> = {
  approve: { da: 'Bevilget', en: 'Approved' },
  reject: { da: 'Afslået', en: 'Rejected' },
  defer: { da: 'Udsat', en: 'Deferred' },
};

/**
 * The decision, at the top of the application's page and the secretariat's case page: outcome,
 * amount per year, budget line, conditions, where it was decided (the meeting, linked for those who
 * may open it, or the direct decision) and the date.
 */
export function DecisionBlock({ ctx, decision, organisationId }: { ctx: PageContext; decision: ApplicationDecision; organisationId: string }) {
  const { t, locale } = ctx;
  const d = decision;
  const kr = (o: number) => formatKroner(o, locale);
  const m = d.meeting;
  const meetingText = m
    ? t({ da: `${m.bodyName}, mødet ${formatDateTime(m.startsAt, 'da')}`, en: `${m.bodyName}, the meeting of ${formatDateTime(m.startsAt, 'en')}` })
    : '';
  const where = m ? (
    ctx.actor && can(ctx.actor, 'meeting.view', organisationId) ? (
      <a href={paths.meetings.show({ meetingId: m.id })}>{meetingText}</a>
    ) : (
      meetingText
    )
  ) : d.route === 'direct' ? (
    t({
      da: `Direkte afgørelse${d.directDeciderLabel ? ` (${d.directDeciderLabel})` : ''}`,
      en: `Direct decision${d.directDeciderLabel ? ` (${d.directDeciderLabel})` : ''}`,
    })
  ) : (
    t({ da: 'På et møde', en: 'At a meeting' })
  );
  const approved = d.outcome === 'approve';
  const rows = [
    { label: t({ da: 'Afgørelse', en: 'Decision' }), value: <strong>{t(OUTCOME[d.outcome])}</strong> },
    ...(approved
      ? [
          { label: t({ da: 'Bevilget beløb', en: 'Amount granted' }), value: kr(d.amountOere) },
          {
            label: t({ da: 'Beløb pr. år', en: 'Amount per year' }),
            value:
              d.split.length === 0 ? (
                '–'
              ) : (
                <ul class="nobullet-list mb-0">
                  {d.split.map((s) => (
                    <li>
                      {s.year}: {kr(s.amountOere)}
                    </li>
                  ))}
                </ul>
              ),
          },
          { label: t({ da: 'Budgetlinje', en: 'Budget line' }), value: d.budgetLineName ?? '–' },
          {
            label: t({ da: 'Betingelser', en: 'Conditions' }),
            value: d.conditions ? <span class="text-pre-line">{d.conditions}</span> : t({ da: 'Ingen', en: 'None' }),
          },
        ]
      : []),
    ...(d.reason ? [{ label: t({ da: 'Begrundelse', en: 'Reason' }), value: <span class="text-pre-line">{d.reason}</span> }] : []),
    { label: t({ da: 'Truffet', en: 'Decided' }), value: where },
    { label: t({ da: 'Dato', en: 'Date' }), value: formatDate(d.decidedAt, locale) },
  ];
  return (
    <section class="decision-block" aria-labelledby="afgoerelse">
      <h2 id="afgoerelse">{t({ da: 'Afgørelse', en: 'Decision' })}</h2>
      <StructuredList rows={rows} />
    </section>
  );
}
