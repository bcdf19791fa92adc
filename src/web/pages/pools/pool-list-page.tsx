import { formatKroner } from '../../../domain/money.js';
import type { PoolSummary } from '../../../usecases/pools/list-pools.js';
import { ButtonLink, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { PoolStatusBadge } from './pool-status.js';

export function PoolListPage({ ctx, pools, canCreate }: { ctx: PageContext; pools: PoolSummary[]; canCreate: boolean }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Puljer', en: 'Pools' })}>
      <h1>{t({ da: 'Puljer', en: 'Pools' })}</h1>
      {canCreate ? (
        <p>
          <ButtonLink href={paths.pools.create()} variant="primary" icon="plus">
            {t({ da: 'Opret pulje', en: 'Create pool' })}
          </ButtonLink>
        </p>
      ) : null}
      {pools.length === 0 ? (
        <p>{t({ da: 'Der er ingen puljer, du har adgang til.', en: 'There are no pools you have access to.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Puljer, du har adgang til', en: 'Pools you have access to' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Pulje', en: 'Pool' }) },
            { label: t({ da: 'Kommune', en: 'Municipality' }) },
            { label: t({ da: 'Periode', en: 'Period' }) },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Budget i perioden', en: 'Budget for the period' }), numeric: true },
          ]}
          rows={pools.map((p) => [
            <a href={paths.pools.show({ poolId: p.id })}>{p.name}</a>,
            p.organisationName,
            p.periodStartYear === p.periodEndYear ? String(p.periodStartYear) : `${p.periodStartYear}–${p.periodEndYear}`,
            <PoolStatusBadge ctx={ctx} pool={p} />,
            formatKroner(p.totalBudgetOere, locale),
          ])}
        />
      )}
    </Layout>
  );
}
