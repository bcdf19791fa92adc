import { formatDateTime } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import type { Message } from '../../../errors.js';
import type { PoolHistoryEvent } from '../../../usecases/pools/get-pool-history.js';
import type { Primitive, SetupChange } from '../../../usecases/pools/setup-diff.js';
import { Breadcrumbs, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { actionLabels, decisionModeLabels, fieldLabels, intakeLabels, purposeLabels, severityLabels, statusLabels } from './labels.js';

export interface PoolHistoryPageProps {
  ctx: PageContext;
  poolId: string;
  poolName: string;
  lineNames: Record<string, string>;
  events: PoolHistoryEvent[];
}

/** The ledger's budget postings from an event's `after`, if it has any. */
function postings(after: unknown): { budgetLineId: string; year: number; amountOere: number }[] {
  const entries = typeof after === 'object' && after !== null ? (after as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(entries)) return [];
  return entries.filter(
    (e): e is { budgetLineId: string; year: number; amountOere: number } =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as { year?: unknown }).year === 'number' &&
      typeof (e as { amountOere?: unknown }).amountOere === 'number',
  );
}

const enumLabels: Record<string, Record<string, Message>> = {
  status: statusLabels,
  intake: intakeLabels,
  purpose: purposeLabels,
  decisionMode: decisionModeLabels,
  severity: severityLabels,
};

export function PoolHistoryPage({ ctx, poolId, poolName, lineNames, events }: PoolHistoryPageProps) {
  const { t, locale } = ctx;
  const fieldText = (path: string[]) => path.map((seg) => (fieldLabels[seg] ? t(fieldLabels[seg]) : seg)).join(' › ');
  const valueText = (c: SetupChange, v: Primitive | undefined): string => {
    if (v === undefined) return t({ da: '(ingen)', en: '(none)' });
    if (v === null || v === '') return t({ da: '(tom)', en: '(empty)' });
    const last = c.path[c.path.length - 1] ?? '';
    if (typeof v === 'boolean') return v ? t({ da: 'Ja', en: 'Yes' }) : t({ da: 'Nej', en: 'No' });
    if (last === 'amountOere' && typeof v === 'number') return formatKroner(v, locale);
    if (last === 'shareBp' && typeof v === 'number') return `${String(v / 100).replace('.', ',')} %`;
    if (last === 'startsAt' && typeof v === 'string') {
      try {
        return formatDateTime(v, locale);
      } catch {
        return v;
      }
    }
    const labels = enumLabels[last];
    if (labels && typeof v === 'string' && labels[v]) return t(labels[v]);
    return String(v);
  };
  return (
    <Layout ctx={ctx} title={t({ da: `Historik: ${poolName}`, en: `History: ${poolName}` })}>
      <Breadcrumbs
        items={[
          { label: t({ da: 'Forside', en: 'Home' }), href: paths.home() },
          { label: t({ da: 'Puljer', en: 'Pools' }), href: paths.pools.list() },
          { label: poolName, href: paths.pools.show({ poolId }) },
          { label: t({ da: 'Historik', en: 'History' }) },
        ]}
        ariaLabel={t({ da: 'Brødkrumme', en: 'Breadcrumb' })}
      />
      <h1>{t({ da: 'Ændringshistorik', en: 'Change history' })}</h1>
      <p class="font-lead">{poolName}</p>
      {events.length === 0 ? <p>{t({ da: 'Der er ingen hændelser.', en: 'There are no events.' })}</p> : null}
      <ol class="nobullet-list history-list">
        {[...events].reverse().map((e) => (
          <li class="mb-7">
            <h2 class="h3">
              {t(actionLabels[e.action] ?? { da: e.action, en: e.action })} – {formatDateTime(e.at, locale)}
            </h2>
            <p>
              {t({ da: 'Af', en: 'By' })}{' '}
              {e.actorName ? `${e.actorName} (${e.actorEmail ?? ''})` : t({ da: 'systemet (opsætning eller demodata)', en: 'the system (setup or demo data)' })}
            </p>
            {e.action === 'ledger.budgetSynced' ? (
              <ul>
                {postings(e.after).map((p) => (
                  <li>
                    {lineNames[p.budgetLineId] ?? t({ da: 'Budgetlinje', en: 'Budget line' })}, {String(p.year)}: {formatKroner(p.amountOere, locale)}
                  </li>
                ))}
              </ul>
            ) : e.action === 'pool.created' ? (
              <p>{t({ da: 'Puljen blev oprettet med sin første opsætning.', en: 'The pool was created with its first setup.' })}</p>
            ) : e.changes.length === 0 ? (
              <p>{t({ da: 'Gemt uden ændringer.', en: 'Saved without changes.' })}</p>
            ) : (
              <Table
                caption={t({ da: 'Hvad blev ændret', en: 'What changed' })}
                captionClass="sr-only"
                density="compact"
                columns={[{ label: t({ da: 'Felt', en: 'Field' }) }, { label: t({ da: 'Før', en: 'Before' }) }, { label: t({ da: 'Efter', en: 'After' }) }]}
                rows={e.changes.map((c) => [fieldText(c.path), valueText(c, c.before), valueText(c, c.after)])}
              />
            )}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
