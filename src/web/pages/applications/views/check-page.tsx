import { SECTIONS } from '../../../../domain/application-sections.js';
import { applicationWorkflow } from '../../../../domain/application-workflow.js';
import { availableActions } from '../../../../domain/workflow.js';
import type { EligibilityReport } from '../../../../usecases/applications/check-eligibility.js';
import type { ApplicationView } from '../../../../usecases/applications/get-application.js';
import { Alert, BackLink, Badge, Button } from '../../../components/index.js';
import { fieldId } from '../../../components/index.js';
import { fieldName, PostForm } from '../../../form-kit/index.js';
import type { PageContext } from '../../../page-context.js';
import { paths } from '../../../../paths.js';
import { Layout } from '../../layout.js';
import { AnswersSummary, ApplicationHeading } from './application-page.js';

/** The pool's rules, each met or not with its plain Danish reason, and the line's money. */
export function EligibilityResults({ ctx, report }: { ctx: PageContext; report: EligibilityReport }) {
  const { t } = ctx;
  return (
    <ul class="nobullet-list" id="eligibility">
      {report.rules.map((r) => {
        const badge = !r.applicable
          ? { text: t({ da: 'Gælder ikke', en: 'Does not apply' }), variant: 'none' as const }
          : r.met
            ? { text: t({ da: 'Opfyldt', en: 'Met' }), variant: 'success' as const }
            : r.severity === 'hard'
              ? { text: t({ da: 'Ikke opfyldt', en: 'Not met' }), variant: 'error' as const }
              : { text: t({ da: 'Ikke opfyldt – anbefaling', en: 'Not met – recommendation' }), variant: 'warning' as const };
        return (
          <li class="mb-5" id={`rule-${r.ruleId}`}>
            <h3 class="h5 mb-1">
              {t(r.label)} <Badge text={badge.text} variant={badge.variant} />
            </h3>
            <p class="mt-0">{t(r.reason)}</p>
          </li>
        );
      })}
      {report.budget ? (
        <li class="mb-5" id="rule-budget">
          <h3 class="h5 mb-1">
            {t({ da: 'Beløbet kan rummes i budgetlinjen', en: 'The amount fits the budget line' })}{' '}
            <Badge
              text={report.budget.met ? t({ da: 'Opfyldt', en: 'Met' }) : t({ da: 'Ikke opfyldt', en: 'Not met' })}
              variant={report.budget.met ? 'success' : 'error'}
            />
          </h3>
          <p class="mt-0">{t(report.budget.reason)}</p>
        </li>
      ) : null}
    </ul>
  );
}

export interface CheckPageProps {
  ctx: PageContext;
  view: ApplicationView;
  report: EligibilityReport;
  /** Why a submission was just refused, by field (what is missing, `rule:<id>`, `budget`) or on SUBMIT_FIELD. */
  errors?: Record<string, string>;
}

/** Where a refusal of the submission without fields (not possible in this state) is shown. */
export const SUBMIT_FIELD = 'submit';

/** "Tjek dine svar": every answer, what is missing, the pool's rules, and the submit button. */
export function CheckPage({ ctx, view, report, errors }: CheckPageProps) {
  const { t } = ctx;
  const a = view.application;
  const applicationId = a.id;
  const resubmit = availableActions(applicationWorkflow, a.state, view.access.roles, {}).includes('resubmit');
  const sectionTitle = (slug: string) => t(SECTIONS.find((s) => s.slug === slug)?.title ?? { da: slug, en: slug });
  return (
    <Layout ctx={ctx} title={`${t({ da: 'Tjek dine svar', en: 'Check your answers' })} – ${a.title}`}>
      <BackLink href={paths.applications.show({ applicationId })} text={t({ da: 'Tilbage til ansøgningen', en: 'Back to the application' })} />
      <ApplicationHeading
        ctx={ctx}
        view={view}
        heading={view.access.canEdit ? t({ da: 'Tjek dine svar', en: 'Check your answers' }) : t({ da: 'Puljens krav', en: "The pool's requirements" })}
      />
      {errors && Object.keys(errors).length > 0 ? (
        <Alert
          variant="error"
          heading={t({ da: 'Ansøgningen kan ikke indsendes endnu', en: 'The application cannot be submitted yet' })}
          headingLevel="h2"
          id="error-summary"
          tabindex={-1}
        >
          {errors[SUBMIT_FIELD] ??
            t({
              da: 'Den opfylder ikke alle puljens krav. Se nedenfor, hvad der mangler.',
              en: "It does not meet all the pool's requirements. See below what is missing.",
            })}
        </Alert>
      ) : null}
      {report.missing.length > 0 ? (
        <section>
          <h2>{t({ da: 'Det mangler du at udfylde', en: 'Still to fill in' })}</h2>
          <ul id="missing">
            {report.missing.map((m) => (
              <li>
                {view.access.canEdit ? (
                  <a href={`${paths.applications.step({ applicationId, sectionSlug: m.section })}#${fieldId(fieldName(m.field))}`}>{t(m.message)}</a>
                ) : (
                  t(m.message)
                )}{' '}
                ({sectionTitle(m.section)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h2>{t({ da: 'Puljens krav', en: "The pool's requirements" })}</h2>
        {report.rules.length === 0 && !report.budget ? (
          <p>{t({ da: 'Puljen har ingen krav ud over de udfyldte felter.', en: 'The pool has no requirements beyond the fields.' })}</p>
        ) : null}
        <EligibilityResults ctx={ctx} report={report} />
        {report.warnings > 0 ? (
          <Alert variant="warning" headingLevel="h3" heading={t({ da: 'Anbefalinger, der ikke er opfyldt', en: 'Recommendations not met' })}>
            {t({
              da: 'Du kan godt indsende, men sekretariatet vil se på det i vurderingen.',
              en: 'You can still submit, but the secretariat will look at it in the assessment.',
            })}
          </Alert>
        ) : null}
      </section>
      {view.access.canEdit ? (
        <section>
          <h2>{t({ da: 'Dine svar', en: 'Your answers' })}</h2>
          <AnswersSummary ctx={ctx} view={view} headingLevel="h3" />
        </section>
      ) : null}
      {view.access.canEdit ? (
        view.access.isLead ? (
          <PostForm ctx={ctx} action={paths.applications.submit({ applicationId })} class="mt-7" summary={false}>
            {report.canSubmit ? (
              <p>
                {t({
                  da: 'Når du indsender, gemmes ansøgningen som en version, der ikke kan ændres.',
                  en: 'When you submit, the application is saved as a version that cannot be changed.',
                })}
              </p>
            ) : (
              <p>
                {t({
                  da: 'Du kan indsende, når alle krav er opfyldt og intet mangler.',
                  en: 'You can submit when all requirements are met and nothing is missing.',
                })}
              </p>
            )}
            <Button>{resubmit ? t({ da: 'Indsend igen', en: 'Submit again' }) : t({ da: 'Indsend ansøgningen', en: 'Submit the application' })}</Button>
          </PostForm>
        ) : (
          <p class="mt-7">{t({ da: 'Kun den ansvarlige ansøger kan indsende ansøgningen.', en: 'Only the lead applicant can submit the application.' })}</p>
        )
      ) : null}
    </Layout>
  );
}
