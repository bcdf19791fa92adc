import { RECOMMENDATIONS, recommendationLabels, type Recommendation } from '../../../domain/evaluation.js';
import { ButtonLink, Checkboxes, Radios, TextArea, TextInput } from '../../components/index.js';
import { PostForm, valueAt } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { ProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { Layout } from '../layout.js';
import { Notice, ProjectHeading, Section } from './outcome-kit.js';
import { OutcomeSummary } from './outcome-summary.js';

const notices = {
  besluttet: { da: 'Beslutningen er registreret.', en: 'The decision is recorded.' },
  overdraget: {
    da: 'Overdragelsen til drift er registreret. Puljen betaler ikke mere til projektet.',
    en: 'The handover is recorded. The pool pays nothing more.',
  },
  afsluttet: {
    da: 'Projektet er afsluttet, og ubrugte midler er ført tilbage til puljen.',
    en: 'The project is closed and unspent money returned to the pool.',
  },
  rettet: { da: 'Rettelsen af bevillingen er registreret.', en: 'The correction of the grant is recorded.' },
};

export interface OutcomePageProps {
  ctx: PageContext;
  outcome: ProjectOutcome;
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
  notice?: string;
}

/** /projekter/:applicationId/beslutning: the outcome so far, and the decision to run, scale up, extend or stop. */
export function OutcomeDecisionPage({ ctx, outcome, values = {}, errors = {}, notice }: OutcomePageProps) {
  const { t } = ctx;
  const id = outcome.project.id;
  const v = (n: string) => valueAt(values, n);
  const allowed: Recommendation[] = outcome.can.decideOutcome ? [...RECOMMENDATIONS] : outcome.can.stop ? ['stop'] : [];
  const chosen = new Set(Array.isArray(values.scaleUpDepartmentIds) ? values.scaleUpDepartmentIds.map(String) : [v('scaleUpDepartmentIds')]);
  return (
    <Layout ctx={ctx} title={t({ da: 'Beslutning om drift', en: 'Decision on operation' })}>
      <ProjectHeading
        ctx={ctx}
        project={outcome.project}
        title={t({ da: 'Beslutning om drift, opskalering eller stop', en: 'Decision: run, scale up or stop' })}
      />
      <Notice ctx={ctx} messages={notices} code={notice} />
      <OutcomeSummary ctx={ctx} outcome={outcome} />
      <p class="d-print-none">
        {outcome.can.handover ? (
          <ButtonLink href={paths.projects.handover({ applicationId: id })}>
            {t({ da: 'Registrér overdragelse til drift', en: 'Record the handover' })}
          </ButtonLink>
        ) : null}{' '}
        {outcome.can.close ? (
          <ButtonLink href={paths.projects.close({ applicationId: id })} variant="secondary">
            {t({ da: 'Afslut projektet', en: 'Close the project' })}
          </ButtonLink>
        ) : null}{' '}
        <a href={paths.projects.changes({ applicationId: id })}>{t({ da: 'Ændringer', en: 'Changes' })}</a>
        {outcome.can.correct ? (
          <>
            {' · '}
            <a href={paths.projects.correctDecision({ applicationId: id })}>{t({ da: 'Ret bevillingen', en: 'Correct the grant' })}</a>
          </>
        ) : null}
      </p>
      {allowed.length > 0 ? (
        <Section title={t({ da: 'Registrér beslutningen', en: 'Record the decision' })} id="decide">
          <PostForm
            ctx={ctx}
            action={paths.projects.outcome({ applicationId: id })}
            errors={errors}
            submit={t({ da: 'Registrér beslutningen', en: 'Record the decision' })}
          >
            <Radios
              name="outcome"
              legend={t({ da: 'Beslutning', en: 'Decision' })}
              error={errors.outcome}
              items={allowed.map((r) => ({ value: r, label: t(recommendationLabels[r]), checked: v('outcome') === r }))}
            />
            <TextInput
              name="decidedOn"
              label={t({ da: 'Dato for beslutningen', en: 'Date of the decision' })}
              hint="dd.mm.åååå"
              width="s"
              value={v('decidedOn')}
              error={errors.decidedOn}
            />
            <TextArea name="reason" label={t({ da: 'Begrundelse', en: 'Reasoning' })} rows={4} value={v('reason')} error={errors.reason} />
            {outcome.can.decideOutcome ? (
              <>
                <Checkboxes
                  name="scaleUpDepartmentIds"
                  legend={t({ da: 'Ved opskalering: til hvilke enheder?', en: 'If scaling up: to which units?' })}
                  error={errors.scaleUpDepartmentIds}
                  items={outcome.departments.map((d) => ({ value: d.id, label: d.name, checked: chosen.has(d.id) }))}
                />
                <TextInput
                  name="newEndDate"
                  label={t({ da: 'Ved forlængelse: ny slutdato', en: 'If extended: new end date' })}
                  optional
                  width="s"
                  value={v('newEndDate')}
                  error={errors.newEndDate}
                />
              </>
            ) : null}
            <p>
              {t({
                da: 'Stoppes projektet, føres de bevilgede, ikke udbetalte midler straks tilbage til puljen.',
                en: 'If the project stops, committed money not yet paid out goes back to the pool at once.',
              })}
            </p>
          </PostForm>
        </Section>
      ) : null}
    </Layout>
  );
}
