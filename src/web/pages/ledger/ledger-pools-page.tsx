import { formatKroner } from '../../../domain/money.js';
import type { LedgerPoolSummary } from '../../../usecases/ledger/list-ledger-pools.js';
import { Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';

/** Økonomi: the pools whose money this person follows, each linking to its economy page. */
export function LedgerPoolsPage({ ctx, pools }: { ctx: PageContext; pools: LedgerPoolSummary[] }) {
  const { t } = ctx;
  const kr = (oere: number) => formatKroner(oere, ctx.locale);
  const title = t({ da: 'Økonomi', en: 'Finances' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {pools.length === 0 ? (
        <p>{t({ da: 'Du følger ikke økonomien i nogen puljer.', en: 'You do not follow the finances of any pool.' })}</p>
      ) : (
        <Table
          caption={t({
            da: 'Puljer med budget, bevilget, udbetalt og rest for hele perioden',
            en: 'Pools with budget, committed, paid and remaining for the whole period',
          })}
          columns={[
            { label: t({ da: 'Pulje', en: 'Pool' }), rowHeader: true },
            { label: t({ da: 'Periode', en: 'Period' }) },
            { label: t({ da: 'Budget', en: 'Budget' }), numeric: true },
            { label: t({ da: 'Bevilget', en: 'Committed' }), numeric: true },
            { label: t({ da: 'Udbetalt', en: 'Paid' }), numeric: true },
            { label: t({ da: 'Rest', en: 'Remaining' }), numeric: true },
          ]}
          rows={pools.map((p) => [
            <a href={paths.ledger.pool({ poolId: p.id })}>{p.name}</a>,
            `${p.periodStartYear}–${p.periodEndYear}`,
            kr(p.budgetOere),
            kr(p.committedOere),
            kr(p.paidOere),
            kr(p.remainingOere),
          ])}
        />
      )}
    </Layout>
  );
}
