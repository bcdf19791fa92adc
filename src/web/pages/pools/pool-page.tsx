import { formatDate, formatDateTime } from '../../../domain/dates.js';
import { ruleKinds } from '../../../domain/eligibility.js';
import { formatKroner } from '../../../domain/money.js';
import type { PoolDetails } from '../../../usecases/pools/pool-details.js';
import { Alert, Badge, Breadcrumbs, ButtonLink, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';
import { intakeLabels, listLabels, purposeLabels } from './labels.js';
import { NextDeadline, PoolStatusBadge } from './pool-status.js';
import { ruleSentence } from './rule-text.js';

export interface PoolPageProps {
  ctx: PageContext;
  pool: PoolDetails;
  canEdit: boolean;
  canViewHistory: boolean;
  /** Links to the pool's inbox, scores, meetings and economy, as the actor's roles allow. */
  related: { href: string; label: string }[];
  /** Shown after a successful save. */
  saved?: boolean;
}

const percent = (bp: number) => `${String(bp / 100).replace('.', ',')} %`;

export function PoolPage({ ctx, pool, canEdit, canViewHistory, related, saved }: PoolPageProps) {
  const { t, locale } = ctx;
  const kr = (oere: number) => formatKroner(oere, locale);
  const years = pool.budgetLines[0]?.amounts.map((a) => a.year) ?? rangeYears(pool.periodStartYear, pool.periodEndYear);
  const amountIn = (amounts: { year: number; amountOere: number }[], year: number) => amounts.find((a) => a.year === year)?.amountOere ?? 0;
  const sum = (amounts: { amountOere: number }[]) => amounts.reduce((s, a) => s + a.amountOere, 0);
  const lineName = new Map<string, string>();
  for (const l of pool.budgetLines) {
    lineName.set(l.key, l.name);
    for (const e of l.earmarks) lineName.set(e.key, e.name);
  }
  const routeText = (r: { decisionMode: 'meeting' | 'direct'; decisionBodyName: string | null; directDeciderLabel: string | null }) =>
    r.decisionMode === 'meeting'
      ? t({
          da: `${r.decisionBodyName ?? 'Beslutningsorganet'} beslutter på sine møder`,
          en: `${r.decisionBodyName ?? 'The decision body'} decides at its meetings`,
        })
      : t({ da: `Besluttes direkte af ${r.directDeciderLabel ?? ''}`, en: `Decided directly by ${r.directDeciderLabel ?? ''}` });

  const budgetRows = pool.budgetLines.flatMap((l) => [
    [
      <>
        <strong>{l.name}</strong>
        <br />
        <span class="form-hint">
          {t(purposeLabels[l.purpose])}
          {' · '}
          {l.openForApplications
            ? t({ da: 'Åben for ansøgninger', en: 'Open for applications' })
            : t({ da: 'Ikke åben for ansøgninger', en: 'Not open for applications' })}
        </span>
      </>,
      ...years.map((y) => kr(amountIn(l.amounts, y))),
      kr(sum(l.amounts)),
    ],
    ...l.earmarks.map((e) => [
      <span class="earmark">{t({ da: `heraf ${percent(e.shareBp)} øremærket ${e.name}`, en: `of which ${percent(e.shareBp)} earmarked for ${e.name}` })}</span>,
      ...years.map((y) => kr(amountIn(e.amounts, y))),
      kr(sum(e.amounts)),
    ]),
  ]);
  const totalsRow =
    pool.budgetLines.length > 1
      ? [
          [
            t({ da: 'I alt', en: 'Total' }),
            ...years.map((y) => kr(pool.budgetLines.reduce((s, l) => s + amountIn(l.amounts, y), 0))),
            kr(pool.budgetLines.reduce((s, l) => s + sum(l.amounts), 0)),
          ],
        ]
      : undefined;

  return (
    <Layout ctx={ctx} title={pool.name}>
      <Breadcrumbs
        items={[
          { label: t({ da: 'Forside', en: 'Home' }), href: paths.home() },
          { label: t({ da: 'Puljer', en: 'Pools' }), href: paths.pools.list() },
          { label: pool.name },
        ]}
        ariaLabel={t({ da: 'Brødkrumme', en: 'Breadcrumb' })}
      />
      {saved ? (
        <Alert variant="success" iconLabel={t({ da: 'Gemt', en: 'Saved' })}>
          {t({ da: 'Ændringerne er gemt.', en: 'The changes have been saved.' })}
        </Alert>
      ) : null}
      <p class="mb-0">{pool.organisationName}</p>
      <h1 class="mt-0">{pool.name}</h1>
      <p>
        <PoolStatusBadge ctx={ctx} pool={pool} />
      </p>
      {canEdit || canViewHistory ? (
        <p class="no-print">
          {canEdit ? (
            <ButtonLink href={paths.pools.edit({ poolId: pool.id })} variant="secondary" class="mr-4">
              {t({ da: 'Rediger puljen', en: 'Edit the pool' })}
            </ButtonLink>
          ) : null}
          {canViewHistory ? <a href={paths.pools.history({ poolId: pool.id })}>{t({ da: 'Se ændringshistorik', en: 'See change history' })}</a> : null}
        </p>
      ) : null}
      {pool.description ? <p class="font-lead">{pool.description}</p> : null}
      {related.length > 0 ? (
        <nav aria-label={t({ da: 'Puljens arbejdssider', en: "The pool's work pages" })} class="no-print">
          <ul>
            {related.map((r) => (
              <li>
                <a href={r.href}>{r.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <h2>{t({ da: 'Overblik', en: 'Overview' })}</h2>
      <dl class="pool-facts">
        <dt>{t({ da: 'Periode', en: 'Period' })}</dt>
        <dd>{pool.periodStartYear === pool.periodEndYear ? String(pool.periodStartYear) : `${pool.periodStartYear}–${pool.periodEndYear}`}</dd>
        <dt>{t({ da: 'Ansøgning', en: 'Intake' })}</dt>
        <dd>{t(intakeLabels[pool.intake])}</dd>
        {pool.intake === 'rounds' ? <NextDeadline ctx={ctx} meetings={pool.meetings} /> : null}
        <dt>{t({ da: 'Uforbrugte midler', en: 'Unspent money' })}</dt>
        <dd>
          {pool.allowsCarryOver
            ? t({ da: 'Kan overføres til næste år', en: 'Can be carried over to the next year' })
            : t({ da: 'Overføres ikke til næste år', en: 'Not carried over to the next year' })}
        </dd>
        <dt>{t({ da: 'Opfølgning', en: 'Follow-up' })}</dt>
        <dd>
          {pool.followUpMonths.length === 0
            ? t({ da: 'Ingen faste opfølgninger', en: 'No fixed follow-ups' })
            : t({
                da: `Afrapportering ${joinAnd(pool.followUpMonths.map(String), 'og')} måneder efter projektstart`,
                en: `Reports ${joinAnd(pool.followUpMonths.map(String), 'and')} months after the project starts`,
              })}
        </dd>
      </dl>

      <h2>{t({ da: 'Budget', en: 'Budget' })}</h2>
      {pool.budgetLines.length === 0 ? (
        <p>{t({ da: 'Puljen har endnu ingen budgetlinjer.', en: 'The pool has no budget lines yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Budget pr. budgetlinje og år', en: 'Budget per budget line and year' })}
          columns={[
            { label: t({ da: 'Budgetlinje', en: 'Budget line' }), rowHeader: true },
            ...years.map((y) => ({ label: String(y), numeric: true })),
            { label: t({ da: 'I alt', en: 'Total' }), numeric: true },
          ]}
          rows={budgetRows}
          footerRows={totalsRow}
        />
      )}

      <h2>{t({ da: 'Beslutninger', en: 'Decisions' })}</h2>
      {pool.budgetLines.length > 0 ? (
        <ul>
          {pool.budgetLines.flatMap((l) => [
            <li>
              <strong>{l.name}:</strong> {routeText(l)}
            </li>,
            ...l.earmarks.map((e) => (
              <li>
                <strong>{e.name}:</strong> {routeText(e)}
              </li>
            )),
          ])}
        </ul>
      ) : null}
      {pool.decisionBodies.length === 0 ? (
        <p>{t({ da: 'Ingen beslutningsorganer er oprettet.', en: 'No decision bodies have been set up.' })}</p>
      ) : (
        pool.decisionBodies.map((b) => (
          <>
            <h3>{b.name}</h3>
            {b.description ? <p>{b.description}</p> : null}
          </>
        ))
      )}

      <h2>{t({ da: 'Mødekalender', en: 'Meeting calendar' })}</h2>
      {pool.meetings.length === 0 ? (
        <p>{t({ da: 'Der er ingen møder i kalenderen.', en: 'There are no meetings in the calendar.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Møder', en: 'Meetings' })}
          captionClass="sr-only"
          columns={[
            { label: t({ da: 'Tidspunkt', en: 'Time' }), class: 'date' },
            { label: t({ da: 'Beslutningsorgan', en: 'Decision body' }) },
            { label: t({ da: 'Sted', en: 'Place' }) },
            { label: t({ da: 'Ansøgningsfrist', en: 'Submission deadline' }) },
          ]}
          rows={pool.meetings.map((m) => [
            formatDateTime(m.startsAt, locale),
            m.decisionBodyName,
            m.location || '–',
            m.submissionDeadline ? formatDate(m.submissionDeadline, locale) : '–',
          ])}
        />
      )}

      <h2>{t({ da: 'Adgangskriterier', en: 'Eligibility rules' })}</h2>
      {pool.eligibilityRules.length === 0 ? (
        <p>{t({ da: 'Puljen har ingen adgangskriterier.', en: 'The pool has no eligibility rules.' })}</p>
      ) : (
        <ul class="rule-list">
          {pool.eligibilityRules.map((r) => (
            <li>
              <strong>{t(ruleKinds[r.kind].label)}</strong>{' '}
              <Badge
                text={r.severity === 'hard' ? t({ da: 'Krav', en: 'Requirement' }) : t({ da: 'Anbefaling', en: 'Recommendation' })}
                variant={r.severity === 'hard' ? 'warning' : 'info'}
              />
              <br />
              {t(ruleSentence(r))}
              {r.exemptBudgetLines?.length ? (
                <>
                  {' '}
                  {t({
                    da: `Gælder ikke for ${joinAnd(
                      r.exemptBudgetLines.map((k) => lineName.get(k) ?? k),
                      'og',
                    )}.`,
                    en: `Does not apply to ${joinAnd(
                      r.exemptBudgetLines.map((k) => lineName.get(k) ?? k),
                      'and',
                    )}.`,
                  })}
                </>
              ) : null}
              {r.appliesToBudgetLines?.length ? (
                <>
                  {' '}
                  {t({
                    da: `Gælder kun for ${joinAnd(
                      r.appliesToBudgetLines.map((k) => lineName.get(k) ?? k),
                      'og',
                    )}.`,
                    en: `Applies only to ${joinAnd(
                      r.appliesToBudgetLines.map((k) => lineName.get(k) ?? k),
                      'and',
                    )}.`,
                  })}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h2>{t({ da: 'Bedømmelseskriterier', en: 'Scoring rubric' })}</h2>
      <Table
        caption={t({ da: 'Kriterier, vægt og skala', en: 'Criteria, weight and scale' })}
        captionClass="sr-only"
        columns={[
          { label: t({ da: 'Kriterium', en: 'Criterion' }) },
          { label: t({ da: 'Vægt', en: 'Weight' }), numeric: true },
          { label: t({ da: 'Skala', en: 'Scale' }) },
          { label: t({ da: 'Knock-out', en: 'Knock-out' }) },
        ]}
        rows={pool.rubric.criteria.map((c) => [
          t(c.label),
          String(c.weight).replace('.', locale === 'da' ? ',' : '.'),
          `${c.scaleMin}–${c.scaleMax}`,
          c.knockOutBelow === undefined ? '–' : t({ da: `En score under ${c.knockOutBelow} markeres`, en: `A score below ${c.knockOutBelow} is flagged` }),
        ])}
      />

      {(Object.keys(listLabels) as (keyof typeof listLabels)[])
        .filter((k) => k !== 'phases')
        .map((k) => (
          <>
            <h2>{t(listLabels[k].plural)}</h2>
            {pool.lists[k].length === 0 ? (
              <p>{t({ da: 'Ingen angivet.', en: 'None given.' })}</p>
            ) : (
              <ul>
                {pool.lists[k].map((c) => (
                  <li>{c.label}</li>
                ))}
              </ul>
            )}
          </>
        ))}

      <h2>{t({ da: 'Faser', en: 'Phases' })}</h2>
      {pool.lists.phases.length === 0 ? (
        <p>{t({ da: 'Ingen faser angivet.', en: 'No phases given.' })}</p>
      ) : (
        <ol>
          {pool.lists.phases.map((p) => (
            <li>{p.label}</li>
          ))}
        </ol>
      )}
      <p class="form-hint">
        {t({
          da: `Version ${pool.version}, senest ændret ${formatDateTime(pool.updatedAt, locale)}.`,
          en: `Version ${pool.version}, last changed ${formatDateTime(pool.updatedAt, locale)}.`,
        })}
      </p>
    </Layout>
  );
}

function rangeYears(a: number, b: number): number[] {
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

function joinAnd(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
