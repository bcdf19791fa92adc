import { formatDateTime } from '../../../domain/dates.js';
import { mayViewMeeting } from '../../../policies/meetings.js';
import { ButtonLink, Select } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import type { EvaluationView } from '../../../usecases/projects/get-evaluation.js';
import { Layout } from '../layout.js';
import { EvaluationForm } from './evaluation-form.js';
import { BusinessCaseComparisonTable, EvaluationSummary } from './evaluation-view.js';
import { Notice, ProjectHeading, Section } from './outcome-kit.js';

const notices = {
  gemt: { da: 'Evalueringen er gemt.', en: 'The evaluation is saved.' },
  dagsorden: { da: 'Evalueringen er sat på mødets dagsorden.', en: 'The evaluation is on the meeting agenda.' },
};

export interface EvaluationPageProps {
  ctx: PageContext;
  view: EvaluationView;
  values: Record<string, unknown>;
  errors?: Record<string, string>;
  agendaErrors?: Record<string, string>;
  agendaValues?: Record<string, unknown>;
  notice?: string;
}

/** /projekter/:applicationId/evaluering: the evaluation (read), the form (who may write it), the agenda and the print links. */
export function EvaluationPage({ ctx, view, values, errors = {}, agendaErrors = {}, agendaValues = {}, notice }: EvaluationPageProps) {
  const { t } = ctx;
  const id = view.project.id;
  return (
    <Layout ctx={ctx} title={t({ da: 'Evaluering', en: 'Evaluation' })}>
      <ProjectHeading ctx={ctx} project={view.project} title={t({ da: 'Evaluering', en: 'Evaluation' })} />
      <Notice ctx={ctx} messages={notices} code={notice} />
      {view.evaluation ? (
        <>
          <EvaluationSummary ctx={ctx} view={view} />
          <p class="d-print-none">
            <ButtonLink href={paths.projects.evaluationPrint({ applicationId: id })} variant="secondary">
              {t({ da: 'Printvenlig udgave', en: 'Printable version' })}
            </ButtonLink>{' '}
            <ButtonLink href={paths.projects.evaluationPdf({ applicationId: id })} variant="secondary">
              {t({ da: 'Hent som PDF', en: 'Download as PDF' })}
            </ButtonLink>
          </p>
        </>
      ) : (
        <>
          <p>{t({ da: 'Projektet er ikke evalueret endnu.', en: 'The project has not been evaluated yet.' })}</p>
          <BusinessCaseComparisonTable ctx={ctx} comparison={view.comparison} />
        </>
      )}
      <Section title={t({ da: 'På dagsordenen', en: 'On the agenda' })} id="agenda">
        {view.agenda.length === 0 ? (
          <p>{t({ da: 'Evalueringen er ikke sat på et møde.', en: 'The evaluation is not on a meeting agenda.' })}</p>
        ) : (
          <ul>
            {view.agenda.map((a) => (
              <li>
                {ctx.actor && mayViewMeeting(ctx.actor, view.project.organisationId) ? (
                  <a href={paths.meetings.show({ meetingId: a.meetingId })}>{`${a.bodyName} ${formatDateTime(a.startsAt, ctx.locale)}`}</a>
                ) : (
                  `${a.bodyName} ${formatDateTime(a.startsAt, ctx.locale)}`
                )}
              </li>
            ))}
          </ul>
        )}
        {view.can.putOnAgenda && view.meetingChoices.length > 0 ? (
          <PostForm
            ctx={ctx}
            action={paths.projects.evaluationAgenda({ applicationId: id })}
            errors={agendaErrors}
            submit={t({ da: 'Sæt på dagsordenen', en: 'Put on the agenda' })}
          >
            <Select
              name="meetingId"
              label={t({ da: 'Møde', en: 'Meeting' })}
              value={typeof agendaValues.meetingId === 'string' ? agendaValues.meetingId : ''}
              error={agendaErrors.meetingId}
              options={[
                { value: '', label: t({ da: 'Vælg et møde', en: 'Choose a meeting' }) },
                ...view.meetingChoices.map((m) => ({ value: m.id, label: `${m.bodyName} ${formatDateTime(m.startsAt, ctx.locale)}` })),
              ]}
            />
          </PostForm>
        ) : null}
      </Section>
      {view.can.write ? (
        <Section
          title={view.evaluation ? t({ da: 'Ret evalueringen', en: 'Correct the evaluation' }) : t({ da: 'Evaluér projektet', en: 'Evaluate the project' })}
          id="form"
        >
          <EvaluationForm ctx={ctx} view={view} values={values} errors={errors} />
        </Section>
      ) : null}
    </Layout>
  );
}
