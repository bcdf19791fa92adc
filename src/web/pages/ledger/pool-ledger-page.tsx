import { formatKroner } from '../../../domain/money.js';
import type { Message } from '../../../errors.js';
import type { PoolLedger, PoolLedgerRow } from '../../../usecases/ledger/get-pool-ledger.js';
import { Alert, Breadcrumbs, ButtonLink, Details, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { LedgerChart } from './ledger-chart.js';

export interface PoolLedgerActions {
  commit: boolean;
  adjust: boolean;
  carryOver: boolean;
}

export const notices: Record<string, Message> = {
  bevilling: { da: 'Bevillingen er registreret.', en: 'The commitment has been recorded.' },
  regulering: { da: 'Reguleringen af budgettet er registreret.', en: 'The budget adjustment has been recorded.' },
  overfoersel: { da: 'Overførslen til næste år er registreret.', en: 'The carry-over has been recorded.' },
  rettelse: { da: 'Rettelsen er registreret som en modpostering.', en: 'The correction has been recorded as a reversing entry.' },
};

/** The pool's economy: per budget line a table and a chart of budget, committed, paid, returned and remaining per year. */
export function PoolLedgerPage({
  ctx,
  ledger,
  actions,
  notice,
}: {
  ctx: PageContext;
  ledger: PoolLedger;
  actions: PoolLedgerActions;
  notice?: Message | undefined;
}) {
  const { t } = ctx;
  const kr = (oere: number) => formatKroner(oere, ctx.locale);
  const poolId = { poolId: ledger.pool.id };
  const title = t({ da: `Økonomi: ${ledger.pool.name}`, en: `Finances: ${ledger.pool.name}` });
  const mainColumns = [
    { label: t({ da: 'År', en: 'Year' }), rowHeader: true },
    { label: t({ da: 'Budget', en: 'Budget' }), numeric: true },
    { label: t({ da: 'Bevilget', en: 'Committed' }), numeric: true },
    { label: t({ da: 'Udbetalt', en: 'Paid' }), numeric: true },
    { label: t({ da: 'Tilbageført', en: 'Returned' }), numeric: true },
    { label: t({ da: 'Rest', en: 'Remaining' }), numeric: true },
  ];
  const mainCells = (r: Pick<PoolLedgerRow, 'budgetOere' | 'committedOere' | 'paidOere' | 'returnedOere' | 'remainingOere'>) => [
    kr(r.budgetOere),
    kr(r.committedOere),
    kr(r.paidOere),
    kr(r.returnedOere),
    kr(r.remainingOere),
  ];
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        ariaLabel={t({ da: 'Brødkrumme', en: 'Breadcrumb' })}
        items={[
          { label: t({ da: 'Forside', en: 'Home' }), href: paths.home() },
          { label: t({ da: 'Puljer', en: 'Pools' }), href: paths.pools.list() },
          { label: ledger.pool.name, href: paths.pools.show(poolId) },
          { label: t({ da: 'Økonomi', en: 'Finances' }) },
        ]}
      />
      <h1>{title}</h1>
      {notice ? (
        <Alert variant="success" headingLevel="h2" heading={t({ da: 'Registreret', en: 'Recorded' })}>
          {t(notice)}
        </Alert>
      ) : null}
      <p class="font-lead">
        {t({
          da: `Hele puljen ${ledger.pool.periodStartYear}–${ledger.pool.periodEndYear}: budget ${kr(ledger.totals.budgetOere)}, bevilget ${kr(ledger.totals.committedOere)}, udbetalt ${kr(ledger.totals.paidOere)}, tilbageført ${kr(ledger.totals.returnedOere)}, rest ${kr(ledger.totals.remainingOere)}`,
          en: `The whole pool ${ledger.pool.periodStartYear}–${ledger.pool.periodEndYear}: budget ${kr(ledger.totals.budgetOere)}, committed ${kr(ledger.totals.committedOere)}, paid ${kr(ledger.totals.paidOere)}, returned ${kr(ledger.totals.returnedOere)}, remaining ${kr(ledger.totals.remainingOere)}`,
        })}
      </p>
      <ul class="nobullet-list ledger-actions">
        {actions.commit ? (
          <li>
            <ButtonLink href={paths.ledger.commitment(poolId)}>{t({ da: 'Registrér bevilling', en: 'Record commitment' })}</ButtonLink>
          </li>
        ) : null}
        {actions.adjust ? (
          <li>
            <ButtonLink href={paths.ledger.adjustment(poolId)} variant="secondary">
              {t({ da: 'Regulér budget', en: 'Adjust budget' })}
            </ButtonLink>
          </li>
        ) : null}
        {actions.carryOver ? (
          <li>
            <ButtonLink href={paths.ledger.carryOver(poolId)} variant="secondary">
              {t({ da: 'Overfør til næste år', en: 'Carry over to next year' })}
            </ButtonLink>
          </li>
        ) : null}
        <li>
          <ButtonLink href={paths.ledger.entries(poolId)} variant="secondary">
            {t({ da: 'Se posteringer', en: 'See entries' })}
          </ButtonLink>
        </li>
      </ul>
      <p>
        {t({ da: 'Hent økonomien: ', en: 'Download the ledger: ' })}
        <a href={paths.ledger.summaryCsv(poolId)}>{t({ da: 'CSV (regneark)', en: 'CSV (spreadsheet)' })}</a>
        {' · '}
        <a href={paths.ledger.summaryXlsx(poolId)}>{t({ da: 'Excel (XLSX)', en: 'Excel (XLSX)' })}</a>
        {' · '}
        <a href={paths.ledger.entriesCsv(poolId)}>{t({ da: 'alle posteringer som CSV', en: 'all entries as CSV' })}</a>
      </p>

      {ledger.lines.map((line, li) => {
        const rows = ledger.rows.filter((r) => r.budgetLineId === line.id);
        const total = ledger.lineTotals.find((x) => x.budgetLineId === line.id);
        const parent = line.parentLineId ? ledger.lines.find((l) => l.id === line.parentLineId) : undefined;
        const share = line.earmarkShareBp !== null ? `${(line.earmarkShareBp / 100).toLocaleString('da-DK')} %` : '';
        return (
          <section aria-labelledby={`line-${li}`}>
            <h2 id={`line-${li}`}>{line.name}</h2>
            {parent ? (
              <p>
                {t({
                  da: `Øremærket: ${share} af budgettet for ${parent.name} hvert år. Kan kun bruges af denne linje.`,
                  en: `Earmarked: ${share} of the budget of ${parent.name} each year. Only this line can use it.`,
                })}
              </p>
            ) : null}
            <Table
              caption={t({
                da: `${line.name}: budget, bevilget, udbetalt, tilbageført og rest pr. år`,
                en: `${line.name}: budget, committed, paid, returned and remaining per year`,
              })}
              columns={mainColumns}
              rows={rows.map((r) => [String(r.year), ...mainCells(r)])}
              footerRows={total ? [[t({ da: 'I alt', en: 'Total' }), ...mainCells(total)]] : []}
            />
            <LedgerChart ctx={ctx} id={`chart-${li}`} title={t({ da: `Diagram: ${line.name} pr. år`, en: `Chart: ${line.name} per year` })} years={rows} />
          </section>
        );
      })}

      <section aria-labelledby="pool-total">
        <h2 id="pool-total">{t({ da: 'Hele puljen pr. år', en: 'The whole pool per year' })}</h2>
        <Table
          caption={t({ da: 'Alle budgetlinjer lagt sammen pr. år', en: 'All budget lines added up per year' })}
          columns={mainColumns}
          rows={ledger.yearTotals.map((y) => [String(y.year), ...mainCells(y)])}
          footerRows={[[t({ da: 'I alt', en: 'Total' }), ...mainCells(ledger.totals)]]}
        />
      </section>

      <Details summary={t({ da: 'Sådan er budgettet opgjort', en: 'How the budget is made up' })}>
        <p>
          {t({
            da: 'Budget = budget fra puljens opsætning + reguleringer ± øremærkning + overført fra året før − overført til året efter. Rest = budget − bevilget + tilbageført.',
            en: 'Budget = the setup’s budget + adjustments ± earmarks + carried in − carried out. Remaining = budget − committed + returned.',
          })}
        </p>
        <Table
          caption={t({ da: 'Budgettets dele pr. linje og år', en: 'Parts of the budget per line and year' })}
          columns={[
            { label: t({ da: 'Budgetlinje og år', en: 'Budget line and year' }), rowHeader: true },
            { label: t({ da: 'Opsætning', en: 'Setup' }), numeric: true },
            { label: t({ da: 'Reguleringer', en: 'Adjustments' }), numeric: true },
            { label: t({ da: 'Øremærkning', en: 'Earmarks' }), numeric: true },
            { label: t({ da: 'Overført ind', en: 'Carried in' }), numeric: true },
            { label: t({ da: 'Overført ud', en: 'Carried out' }), numeric: true },
            { label: t({ da: 'Budget', en: 'Budget' }), numeric: true },
          ]}
          rows={ledger.rows.map((r) => [
            `${r.budgetLineName} ${r.year}`,
            kr(r.setupOere),
            kr(r.adjustmentsOere),
            kr(r.earmarkOere),
            kr(r.carriedInOere),
            kr(r.carriedOutOere),
            kr(r.budgetOere),
          ])}
        />
      </Details>
    </Layout>
  );
}
