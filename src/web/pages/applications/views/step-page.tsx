import type { Child } from 'hono/jsx';
import { SECTIONS, type SectionDef } from '../../../../domain/application-sections.js';
import type { BusinessCaseResult } from '../../../../domain/business-case.js';
import type { ApplicationView } from '../../../../usecases/applications/get-application.js';
import { Alert, BackLink, Button } from '../../../components/index.js';
import type { PageContext } from '../../../page-context.js';
import { Layout } from '../../layout.js';
import { PostForm, type FormValues } from '../../../form-kit/index.js';
import { paths } from '../../../../paths.js';
import { Item } from '../section-fields.js';
import { BusinessCaseFigures } from './business-case-figures.js';

export interface StepPageProps {
  ctx: PageContext;
  view: ApplicationView;
  section: SectionDef;
  values: FormValues;
  /** By form field name. */
  errors?: Record<string, string>;
  saved?: boolean;
  businessCase?: { result: BusinessCaseResult | null; horizon: number };
  /** Evidence from the catalogue (SimilarEntriesPanel), below the form. */
  evidence?: Child;
}

/** One step of the application form: its fields, saved as a draft whenever a button is pressed. */
export function StepPage({ ctx, view, section, values, errors, saved, businessCase, evidence }: StepPageProps) {
  const { t } = ctx;
  const { application } = view;
  const applicationId = application.id;
  const index = SECTIONS.findIndex((s) => s.slug === section.slug);
  const isBusinessCase = section.slug === 'business-case';
  return (
    <Layout ctx={ctx} title={`${t(section.title)} – ${application.title}`}>
      <BackLink href={paths.applications.show({ applicationId })} text={t({ da: 'Tilbage til ansøgningen', en: 'Back to the application' })} />
      <span class="h5 mb-0 d-block">
        {t({ da: `Ansøgning ${application.caseNumber}`, en: `Application ${application.caseNumber}` })}: {application.title}
      </span>
      <h1 class="mt-2">{t(section.title)}</h1>
      <p class="form-hint">{t({ da: `Trin ${index + 1} af ${SECTIONS.length}`, en: `Step ${index + 1} of ${SECTIONS.length}` })}</p>
      {saved ? (
        <Alert variant="success" heading={t({ da: 'Dine svar er gemt', en: 'Your answers are saved' })} headingLevel="h2">
          {t({
            da: 'Ansøgningen er gemt som kladde. Du kan fortsætte nu eller senere.',
            en: 'The application is saved as a draft. You can continue now or later.',
          })}
        </Alert>
      ) : null}
      {section.intro ? <p class="font-lead">{t(section.intro)}</p> : null}
      <PostForm
        ctx={ctx}
        action={paths.applications.step({ applicationId, sectionSlug: section.slug })}
        errors={errors}
        id="step-form"
        dataAttrs={isBusinessCase ? { 'business-case': paths.applications.businessCaseFigures() } : {}}
      >
        {/* Enter in a field saves and continues (the form's first submit button is the default). */}
        <button type="submit" name="handling" value="fortsaet" class="default-submit" tabindex={-1} aria-hidden="true">
          {t({ da: 'Gem og fortsæt', en: 'Save and continue' })}
        </button>
        {section.items.map((item) => (
          <Item item={item} c={{ ctx, pool: view.pool, values, errors: errors ?? {} }} />
        ))}
        {isBusinessCase && businessCase ? (
          <>
            <Button variant="secondary" name="handling" value="beregn" icon="calculator">
              {t({ da: 'Beregn', en: 'Calculate' })}
            </Button>
            <section class="mt-6" aria-labelledby="business-case-figures-heading">
              <h2 id="business-case-figures-heading" class="h3">
                {t({ da: 'Beregnet', en: 'Computed' })}
              </h2>
              <div id="business-case-figures" aria-live="polite">
                <BusinessCaseFigures ctx={ctx} result={businessCase.result} horizon={businessCase.horizon} />
              </div>
            </section>
          </>
        ) : null}
        <div class="mt-7">
          <Button name="handling" value="fortsaet">
            {t({ da: 'Gem og fortsæt', en: 'Save and continue' })}
          </Button>{' '}
          <Button variant="secondary" name="handling" value="gem">
            {t({ da: 'Gem kladde', en: 'Save draft' })}
          </Button>
        </div>
      </PostForm>
      {evidence}
      {isBusinessCase ? <script src={paths.static.app('business-case.js')} defer></script> : null}
    </Layout>
  );
}
