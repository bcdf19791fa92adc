import { ENTRY_KINDS } from '../../../domain/ledger.js';
import { formatDate } from '../../../domain/dates.js';
import { formatKroner } from '../../../domain/money.js';
import type { PoolLedger } from '../../../usecases/ledger/get-pool-ledger.js';
import { entryKindLabels, kindLabel } from '../../../usecases/ledger/labels.js';
import type { LedgerEntryView } from '../../../usecases/ledger/list-ledger-entries.js';
import type { PoolProject } from '../../../usecases/ledger/list-pool-projects.js';
import { Alert, BackLink, Button, Select, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { backTo } from '../../back-link.js';
import { Layout } from '../layout.js';

export interface EntryFilters {
  budgetLineId: string;
  year: string;
  kind: string;
  applicationId: string;
}

export const PAGE_SIZE = 100;

/** The pool's ledger entries with filters; corrections link for those who may correct the kind. */
export function EntriesPage(props: {
  ctx: PageContext;
  ledger: PoolLedger;
  projects: PoolProject[];
  entries: LedgerEntryView[];
  total: number;
  offset: number;
  filters: EntryFilters;
  canReverse: (e: LedgerEntryView) => boolean;
  filterError?: string | undefined;
}) {
  const { ctx, ledger, filters } = props;
  const { t } = ctx;
  const poolId = { poolId: ledger.pool.id };
  const title = t({ da: `Posteringer: ${ledger.pool.name}`, en: `Entries: ${ledger.pool.name}` });
  const query = (offset: number) => paths.ledger.entries(poolId, { ...filters, offset });
  const seqOf = new Map(props.entries.map((e) => [e.id, e.seq]));
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.ledger.pool(poolId)} text={t({ da: 'Tilbage til økonomien', en: 'Back to finances' })} />
      <h1>{title}</h1>
      <form method="get" action={paths.ledger.entries(poolId)} class="ledger-filters">
        {props.filterError ? <Alert variant="error">{props.filterError}</Alert> : null}
        <Select
          name="budgetLineId"
          label={t({ da: 'Budgetlinje', en: 'Budget line' })}
          options={[{ value: '', label: t({ da: 'Alle', en: 'All' }) }, ...ledger.lines.map((l) => ({ value: l.id, label: l.name }))]}
          value={filters.budgetLineId}
        />
        <Select
          name="year"
          label={t({ da: 'År', en: 'Year' })}
          options={[{ value: '', label: t({ da: 'Alle', en: 'All' }) }, ...ledger.years.map((y) => ({ value: String(y), label: String(y) }))]}
          value={filters.year}
        />
        <Select
          name="kind"
          label={t({ da: 'Type', en: 'Kind' })}
          options={[{ value: '', label: t({ da: 'Alle', en: 'All' }) }, ...ENTRY_KINDS.map((k) => ({ value: k, label: t(entryKindLabels[k]) }))]}
          value={filters.kind}
        />
        <Select
          name="applicationId"
          label={t({ da: 'Projekt', en: 'Project' })}
          options={[{ value: '', label: t({ da: 'Alle', en: 'All' }) }, ...props.projects.map((p) => ({ value: p.id, label: `${p.caseNumber} ${p.title}` }))]}
          value={filters.applicationId}
        />
        <Button variant="secondary">{t({ da: 'Vis', en: 'Show' })}</Button>
      </form>
      <p>
        {t({ da: `${props.total} posteringer`, en: `${props.total} entries` })}
        {props.total > 0
          ? t({
              da: ` – viser ${props.offset + 1}–${props.offset + props.entries.length}`,
              en: ` – showing ${props.offset + 1}–${props.offset + props.entries.length}`,
            })
          : ''}
      </p>
      <Table
        caption={t({ da: 'Posteringer, nyeste først', en: 'Entries, newest first' })}
        captionClass="sr-only"
        density="compact"
        columns={[
          { label: t({ da: 'Nr.', en: 'No.' }), rowHeader: true },
          { label: t({ da: 'Dato', en: 'Date' }), class: 'date' },
          { label: t({ da: 'Budgetlinje og år', en: 'Line and year' }) },
          { label: t({ da: 'Type', en: 'Kind' }) },
          { label: t({ da: 'Beløb', en: 'Amount' }), numeric: true },
          { label: t({ da: 'Projekt', en: 'Project' }) },
          { label: t({ da: 'Reference og begrundelse', en: 'Reference and reason' }) },
          { label: t({ da: 'Registreret af', en: 'Recorded by' }) },
          { label: t({ da: 'Rettelse', en: 'Correction' }) },
        ]}
        rows={props.entries.map((e) => [
          String(e.seq),
          formatDate(e.recordedAt, ctx.locale),
          `${e.budgetLineName} ${e.year}`,
          t(kindLabel(e.kind, e.amountOere, e.reversesEntryId !== null)),
          formatKroner(e.amountOere, ctx.locale),
          e.applicationId ? (
            <a href={paths.ledger.project({ applicationId: e.applicationId }, backTo(ctx.path))}>{`${e.caseNumber ?? ''} ${e.applicationTitle ?? ''}`}</a>
          ) : (
            '–'
          ),
          <>
            {e.reference}
            {e.reason ? <span class="d-block form-hint">{e.reason}</span> : null}
            {e.payeeDepartmentName ? (
              <span class="d-block form-hint">{t({ da: `Til: ${e.payeeDepartmentName}`, en: `To: ${e.payeeDepartmentName}` })}</span>
            ) : null}
          </>,
          e.recordedByName ?? t({ da: 'Systemet', en: 'The system' }),
          e.reversedByEntryId ? (
            t({ da: 'Rettet', en: 'Corrected' })
          ) : e.reversesEntryId ? (
            t({ da: `Retter nr. ${seqOf.get(e.reversesEntryId) ?? ''}`.trim(), en: `Corrects no. ${seqOf.get(e.reversesEntryId) ?? ''}`.trim() })
          ) : props.canReverse(e) ? (
            <a href={paths.ledger.reverseEntry({ ...poolId, entryId: e.id })}>
              {t({ da: 'Ret', en: 'Correct' })}
              <span class="sr-only">{t({ da: ` postering nr. ${e.seq}`, en: ` entry no. ${e.seq}` })}</span>
            </a>
          ) : (
            ''
          ),
        ])}
      />
      <nav aria-label={t({ da: 'Sider', en: 'Pages' })}>
        <ul class="nobullet-list ledger-pager">
          {props.offset > 0 ? (
            <li>
              <a href={query(Math.max(0, props.offset - PAGE_SIZE))}>{t({ da: 'Forrige side', en: 'Previous page' })}</a>
            </li>
          ) : null}
          {props.offset + props.entries.length < props.total ? (
            <li>
              <a href={query(props.offset + PAGE_SIZE)}>{t({ da: 'Næste side', en: 'Next page' })}</a>
            </li>
          ) : null}
        </ul>
      </nav>
    </Layout>
  );
}
