import { COST_TYPES } from '../../../domain/application-content.js';
import { formatKroner } from '../../../domain/money.js';
import { Badge, Radios, Select, Table, TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { ProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { Layout } from '../layout.js';
import { Notice, ProjectHeading, Section, dateText } from './outcome-kit.js';

const kinds = {
  extend_end_date: { da: 'Forlæng slutdatoen', en: 'Extend the end date' },
  move_years: { da: 'Flyt penge mellem år', en: 'Move money between years' },
  move_cost_types: { da: 'Flyt penge mellem udgiftstyper', en: 'Move money between cost types' },
};
const statuses = {
  requested: { label: { da: 'Afventer', en: 'Pending' }, badge: 'warning' },
  approved: { label: { da: 'Godkendt', en: 'Approved' }, badge: 'success' },
  refused: { label: { da: 'Afvist', en: 'Refused' }, badge: 'error' },
} as const;
const costTypes: Record<string, { da: string; en: string }> = {
  equipment: { da: 'Udstyr', en: 'Equipment' },
  licences: { da: 'Licenser', en: 'Licences' },
  staff: { da: 'Personale', en: 'Staff' },
  consultancy: { da: 'Konsulenter', en: 'Consultancy' },
  training: { da: 'Oplæring', en: 'Training' },
  other: { da: 'Andet', en: 'Other' },
};
const notices = {
  anmodet: { da: 'Ændringen er sendt til afgørelse.', en: 'The change has been sent for decision.' },
  afgjort: { da: 'Ændringen er afgjort.', en: 'The change has been decided.' },
};

export interface ChangePageProps {
  ctx: PageContext;
  outcome: ProjectOutcome;
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
  decideErrors?: Record<string, string>;
  notice?: string;
}

/** /projekter/:applicationId/aendringer: the project's change requests, a new one, and approve/refuse for the decider. */
export function ChangePage({ ctx, outcome, values = {}, errors = {}, decideErrors = {}, notice }: ChangePageProps) {
  const { t } = ctx;
  const id = outcome.project.id;
  const v = (n: string) => valueAt(values, n);
  const lines = [...new Map(outcome.commitments.map((c) => [c.budgetLineId, c.budgetLineName])).entries()];
  const describe = (c: ProjectOutcome['changes'][number]) =>
    c.kind === 'extend_end_date'
      ? `${t({ da: 'Ny slutdato', en: 'New end date' })}: ${dateText(c.newEndDate, ctx)}`
      : c.kind === 'move_years'
        ? c.yearMoves.map((m) => `${formatKroner(m.amountOere, ctx.locale)}: ${m.fromYear} → ${m.toYear}`).join('; ')
        : c.costTypeMoves
            .map(
              (m) =>
                `${formatKroner(m.amountOere, ctx.locale)} (${m.year}): ${t(costTypes[m.fromCostType] ?? { da: m.fromCostType, en: m.fromCostType })} → ${t(costTypes[m.toCostType] ?? { da: m.toCostType, en: m.toCostType })}`,
            )
            .join('; ');
  return (
    <Layout ctx={ctx} title={t({ da: 'Ændringer', en: 'Changes' })}>
      <ProjectHeading ctx={ctx} project={outcome.project} title={t({ da: 'Ændringer i projektet', en: 'Changes to the project' })} />
      <Notice ctx={ctx} messages={notices} code={notice} />
      <p>
        {t({ da: 'Slutdato nu', en: 'Current end date' })}: {dateText(outcome.currentEndDate, ctx)}
      </p>
      {outcome.changes.length === 0 ? (
        <p>{t({ da: 'Der er ikke søgt om ændringer.', en: 'No changes have been requested.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Ændringsanmodninger', en: 'Change requests' })}
          columns={[
            { label: t({ da: 'Ændring', en: 'Change' }), rowHeader: true },
            { label: t({ da: 'Detaljer', en: 'Details' }) },
            { label: t({ da: 'Begrundelse', en: 'Reason' }) },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Afgørelse', en: 'Decision' }) },
          ]}
          rows={outcome.changes.map((c) => [
            t(kinds[c.kind]),
            describe(c),
            `${c.reason} (${c.requestedByName})`,
            <Badge text={t(statuses[c.status].label)} variant={statuses[c.status].badge} />,
            c.status === 'requested' && outcome.can.decideChange ? (
              <PostForm
                ctx={ctx}
                action={paths.projects.change({ applicationId: id, changeId: c.id })}
                errors={decideErrors}
                summary={false}
                id={`decide-${c.id}`}
              >
                <TextInput
                  name="reason"
                  id={`reason-${c.id}`}
                  label={t({ da: 'Begrundelse for afgørelsen', en: 'Reason for the decision' })}
                  optional
                  error={decideErrors.reason}
                />
                <button class="button button-primary" type="submit" name="decision" value="approve">
                  {t({ da: 'Godkend', en: 'Approve' })}
                </button>{' '}
                <button class="button button-secondary" type="submit" name="decision" value="refuse">
                  {t({ da: 'Afvis', en: 'Refuse' })}
                </button>
              </PostForm>
            ) : (
              c.decisionReason
            ),
          ])}
        />
      )}
      {outcome.can.requestChange ? (
        <Section title={t({ da: 'Søg om en ændring', en: 'Request a change' })} id="request">
          <PostForm
            ctx={ctx}
            action={paths.projects.changes({ applicationId: id })}
            errors={errors}
            submit={t({ da: 'Send anmodningen', en: 'Send the request' })}
          >
            <Radios
              name="kind"
              legend={t({ da: 'Hvad skal ændres?', en: 'What should change?' })}
              error={errors.kind}
              items={Object.entries(kinds).map(([k, l]) => ({ value: k, label: t(l), checked: v('kind') === k }))}
            />
            <TextInput
              name="newEndDate"
              label={t({ da: 'Ny slutdato (ved forlængelse)', en: 'New end date (extension)' })}
              hint="dd.mm.åååå"
              width="s"
              value={v('newEndDate')}
              error={errors.newEndDate}
            />
            <h3>{t({ da: 'Flyt mellem år', en: 'Move between years' })}</h3>
            <Select
              name="yearMoves[0][budgetLineId]"
              label={t({ da: 'Budgetlinje', en: 'Budget line' })}
              value={v('yearMoves[0][budgetLineId]')}
              error={errors['yearMoves[0][budgetLineId]']}
              options={lines.map(([lineId, name]) => ({ value: lineId, label: name }))}
            />
            <TextInput
              name="yearMoves[0][fromYear]"
              label={t({ da: 'Fra år', en: 'From year' })}
              width="xs"
              inputmode="numeric"
              value={v('yearMoves[0][fromYear]')}
              error={errors['yearMoves[0][fromYear]']}
            />
            <TextInput
              name="yearMoves[0][toYear]"
              label={t({ da: 'Til år', en: 'To year' })}
              width="xs"
              inputmode="numeric"
              value={v('yearMoves[0][toYear]')}
              error={errors['yearMoves[0][toYear]']}
            />
            <TextInput
              name="yearMoves[0][amountOere]"
              label={t({ da: 'Beløb', en: 'Amount' })}
              suffix="kr."
              width="s"
              inputmode="decimal"
              value={v('yearMoves[0][amountOere]')}
              error={errors['yearMoves[0][amountOere]'] ?? errors.yearMoves}
            />
            <h3>{t({ da: 'Flyt mellem udgiftstyper', en: 'Move between cost types' })}</h3>
            <TextInput
              name="costTypeMoves[0][year]"
              label={t({ da: 'År', en: 'Year' })}
              width="xs"
              inputmode="numeric"
              value={v('costTypeMoves[0][year]')}
              error={errors['costTypeMoves[0][year]']}
            />
            {(['fromCostType', 'toCostType'] as const).map((k) => (
              <Select
                name={`costTypeMoves[0][${k}]`}
                label={k === 'fromCostType' ? t({ da: 'Fra udgiftstype', en: 'From cost type' }) : t({ da: 'Til udgiftstype', en: 'To cost type' })}
                value={v(`costTypeMoves[0][${k}]`)}
                error={errors[`costTypeMoves[0][${k}]`]}
                options={COST_TYPES.map((c) => ({ value: c, label: t(costTypes[c] ?? { da: c, en: c }) }))}
              />
            ))}
            <TextInput
              name="costTypeMoves[0][amountOere]"
              label={t({ da: 'Beløb', en: 'Amount' })}
              suffix="kr."
              width="s"
              inputmode="decimal"
              value={v('costTypeMoves[0][amountOere]')}
              error={errors['costTypeMoves[0][amountOere]'] ?? errors.costTypeMoves}
            />
            <TextArea name="reason" label={t({ da: 'Begrundelse', en: 'Reason' })} rows={3} value={v('reason')} error={errors.reason} />
          </PostForm>
        </Section>
      ) : null}
    </Layout>
  );
}
