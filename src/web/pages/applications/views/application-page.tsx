import type { Child } from 'hono/jsx';
import { coFinancingOere as coFinancingOfContent } from '../../../../domain/application-content.js';
import { SECTIONS } from '../../../../domain/application-sections.js';
import { applicationWorkflow, stateInfo } from '../../../../domain/application-workflow.js';
import { availableActions } from '../../../../domain/workflow.js';
import { formatDate, formatDateTime } from '../../../../domain/dates.js';
import { formatKroner } from '../../../../domain/money.js';
import { applicantActions, mayPrintSubmittedCopy } from '../../../../policies/applications.js';
import { mayViewProjectLedger } from '../../../../policies/ledger.js';
import { mayViewProject } from '../../../../policies/projects.js';
import { isProjectState } from '../../../../usecases/projects/load-project.js';
import { businessCaseOfDraft } from '../../../../usecases/applications/compute-business-case.js';
import { describeContent } from '../../../../usecases/applications/describe-content.js';
import type { ApplicationView } from '../../../../usecases/applications/get-application.js';
import { Alert, BackLink, Badge, ButtonLink, StructuredList, TaskList } from '../../../components/index.js';
import type { PageContext } from '../../../page-context.js';
import { paths } from '../../../../paths.js';
import { Layout } from '../../layout.js';
import { backLinkFor, backTo } from '../../../back-link.js';
import { AttachmentList } from './attachments.js';
import { DecisionBlock } from './decision-block.js';
import { DraftDeadline, SubmittedReceipt } from './what-next.js';

export function statusText(ctx: PageContext, view: ApplicationView): string {
  const info = stateInfo(view.application.state);
  return ctx.t(view.access.isApplicant ? info.applicant : info.staff);
}

/** Title, case number, status and pool, at the top of every application page. */
export function ApplicationHeading({ ctx, view, heading }: { ctx: PageContext; view: ApplicationView; heading?: string }) {
  const { t } = ctx;
  const a = view.application;
  return (
    <>
      <span class="h5 mb-0 d-block">{t({ da: `Ansøgning ${a.caseNumber}`, en: `Application ${a.caseNumber}` })}</span>
      <h1 class="mt-2">{heading ?? a.title}</h1>
      <p>
        <Badge text={statusText(ctx, view)} variant={stateInfo(a.state).badge} />{' '}
        {t({ da: `Pulje: ${view.pool.pool.name}`, en: `Pool: ${view.pool.pool.name}` })}
      </p>
    </>
  );
}

/** Every answer, section by section, with "Ret" links while the applicant can still edit. */
export function AnswersSummary({ ctx, view, headingLevel = 'h2' }: { ctx: PageContext; view: ApplicationView; headingLevel?: 'h2' | 'h3' }) {
  const { t } = ctx;
  const fields = describeContent(view.application.title, view.content, view.pool);
  const edit = view.access.canEdit;
  const step = (sectionSlug: string) => paths.applications.step({ applicationId: view.application.id, sectionSlug });
  const H = ({ children }: { children?: Child }) => (headingLevel === 'h2' ? <h2 class="h3">{children}</h2> : <h3 class="h4">{children}</h3>);
  return (
    <>
      {SECTIONS.filter((s) => s.slug !== 'bilag').map((s) => {
        const rows = fields.filter((f) => f.section === s.slug && f.value.da !== '');
        const figures = s.slug === 'business-case' ? businessCaseOfDraft(view.content.businessCase) : null;
        if (figures) {
          const payback =
            figures.paybackYear === null
              ? { da: 'Tilbagebetales ikke inden for tidshorisonten', en: 'Does not pay back within the horizon' }
              : { da: `År ${figures.paybackYear}`, en: `Year ${figures.paybackYear}` };
          rows.push(
            {
              path: 'businessCase.npv',
              section: s.slug,
              label: { da: 'Nettonutidsværdi (beregnet)', en: 'Net present value (computed)' },
              value: { da: formatKroner(figures.npvOere, 'da'), en: formatKroner(figures.npvOere, 'en') },
            },
            { path: 'businessCase.payback', section: s.slug, label: { da: 'Tilbagebetalingsår (beregnet)', en: 'Payback year (computed)' }, value: payback },
          );
        }
        return (
          <section>
            <H>{t(s.title)}</H>
            {rows.length === 0 ? (
              <p>
                {t({ da: 'Ikke udfyldt.', en: 'Not filled in.' })}{' '}
                {edit ? <a href={step(s.slug)}>{t({ da: `Udfyld ${t(s.title).toLowerCase()}`, en: `Fill in ${t(s.title).toLowerCase()}` })}</a> : null}
              </p>
            ) : (
              <StructuredList
                rows={rows.map((f) => ({
                  label: t(f.label),
                  value: <span class="text-pre-line">{t(f.value)}</span>,
                  href: edit ? `${step(s.slug)}#${f.path.replace(/\./g, '-')}` : undefined,
                }))}
                editText={t({ da: 'Ret', en: 'Change' })}
              />
            )}
          </section>
        );
      })}
      <section>
        <H>{t({ da: 'Bilag', en: 'Attachments' })}</H>
        <AttachmentList ctx={ctx} view={view} canRemove={false} />
      </section>
    </>
  );
}

export function ApplicationPage({ ctx, view, notice, evidence }: { ctx: PageContext; view: ApplicationView; notice?: string; evidence?: Child }) {
  const { t } = ctx;
  const a = view.application;
  const applicationId = a.id;
  const actions = availableActions(applicationWorkflow, a.state, view.access.roles, {});
  const coFinancingOere = coFinancingOfContent(view.content);
  // Reached from my applications, a case, a review, a meeting or a project: back to where the user came from.
  const back = backLinkFor(ctx, { href: paths.applications.list(), text: { da: 'Mine ansøgninger', en: 'My applications' } });
  // Approved, started or closed: the case has a project page, for whoever may see the project
  // (its applicants and the organisation's project staff; an assigned reviewer is not among them).
  const showProject =
    isProjectState(a.state) &&
    ctx.actor !== null &&
    mayViewProject(ctx.actor, {
      organisationId: a.organisationId,
      isLead: view.access.isLead,
      isCoApplicant: view.access.isCoApplicant,
      isAssignedConsultant: false,
    });
  const statusLabels = {
    'not-started': t({ da: 'Ikke startet', en: 'Not started' }),
    'in-progress': t({ da: 'I gang', en: 'In progress' }),
    completed: t({ da: 'Udfyldt', en: 'Completed' }),
    error: t({ da: 'Indeholder fejl', en: 'Has errors' }),
    'cannot-start': t({ da: 'Kan ikke startes endnu', en: 'Cannot start yet' }),
  };
  return (
    <Layout ctx={ctx} title={a.title}>
      <BackLink href={back.href} text={t(back.text)} />
      <ApplicationHeading ctx={ctx} view={view} />
      {notice ? <SubmittedReceipt ctx={ctx} view={view} heading={notice} /> : null}
      {view.decision ? <DecisionBlock ctx={ctx} decision={view.decision} organisationId={a.organisationId} /> : null}
      {view.access.isApplicant && applicantActions(a.state).includes('resubmit') ? (
        <Alert
          variant="warning"
          heading={t({ da: 'Sekretariatet har bedt om flere oplysninger', en: 'The secretariat has asked for more information' })}
          headingLevel="h2"
        >
          {t({
            da: 'Ret ansøgningen, og indsend den igen. Den nye udgave gemmes som en ny version, så alle kan se, hvad der er ændret.',
            en: 'Change the application and submit it again. It is saved as a new version, so everyone can see what changed.',
          })}
          {view.openQuestions.map((q) => (
            <blockquote>
              <p>{q.question}</p>
              <footer>{t({ da: `Spurgt ${formatDate(q.askedAt, 'da')}`, en: `Asked ${formatDate(q.askedAt, 'en')}` })}</footer>
            </blockquote>
          ))}
        </Alert>
      ) : null}
      <ul class="nobullet-list">
        <li>
          {t({ da: 'Ansvarlig ansøger', en: 'Lead applicant' })}: {view.lead.name}
        </li>
        {view.leadUnit ? (
          <li>
            {t({ da: 'Ansvarlig enhed', en: 'Lead unit' })}: {view.leadUnit}
          </li>
        ) : null}
        {view.coApplicants.length > 0 ? (
          <li>
            {t({ da: 'Medansøgere', en: 'Co-applicants' })}: {view.coApplicants.map((c) => c.name).join(', ')}
          </li>
        ) : null}
        <li>
          {t({ da: 'Søgt beløb', en: 'Amount applied for' })}: {formatKroner(a.amountAppliedOere, ctx.locale)}
        </li>
        {view.access.canEdit ? (
          <li>
            {t({ da: 'Ansøgningsfrist', en: 'Deadline' })}: <DraftDeadline ctx={ctx} view={view} />
          </li>
        ) : null}
        {coFinancingOere > 0 ? (
          <li>
            {t({ da: 'Medfinansiering (ud over det søgte beløb)', en: 'Co-financing (on top of the amount applied for)' })}:{' '}
            {formatKroner(coFinancingOere, ctx.locale)}
          </li>
        ) : null}
        {a.submittedAt ? (
          <li>
            {t({ da: 'Indsendt', en: 'Submitted' })}: {formatDateTime(a.submittedAt, ctx.locale)}
          </li>
        ) : null}
      </ul>
      {view.access.canEdit ? (
        <>
          <h2>{t({ da: 'Udfyld ansøgningen', en: 'Fill in the application' })}</h2>
          <p>
            {t({
              da: 'Du kan udfylde afsnittene i den rækkefølge, du vil. Alt gemmes som kladde, til du indsender.',
              en: 'Fill in the sections in any order. Everything is saved as a draft until you submit.',
            })}
          </p>
          <TaskList
            idPrefix="afsnit"
            statusLabels={statusLabels}
            items={SECTIONS.map((s) => ({
              id: s.slug,
              label: t(s.title),
              href: paths.applications.step({ applicationId, sectionSlug: s.slug }),
              status: view.sections[s.slug] ?? 'not-started',
              hint: s.optional ? t({ da: 'Frivilligt', en: 'Optional' }) : undefined,
            }))}
          />
          <ButtonLink href={paths.applications.check({ applicationId })} class="mt-6">
            {t({ da: 'Tjek dine svar og indsend', en: 'Check your answers and submit' })}
          </ButtonLink>
        </>
      ) : (
        <AnswersSummary ctx={ctx} view={view} />
      )}
      {evidence}
      <h2 class="h3">{t({ da: 'Mere om ansøgningen', en: 'More about the application' })}</h2>
      <ul>
        {view.access.isLead ? (
          <li>
            <a href={paths.applications.coApplicants({ applicationId })}>{t({ da: 'Medansøgere', en: 'Co-applicants' })}</a>
          </li>
        ) : null}
        {a.currentVersion > 0 ? (
          <li>
            <a href={paths.applications.versions({ applicationId })}>{t({ da: 'Versioner og ændringer', en: 'Versions and changes' })}</a>
          </li>
        ) : null}
        {a.currentVersion > 0 && ctx.actor && mayPrintSubmittedCopy(ctx.actor, a, view.access) ? (
          <li>
            <a href={paths.applications.print({ applicationId })}>{t({ da: 'Udskriv den indsendte ansøgning', en: 'Print the submitted application' })}</a>
          </li>
        ) : null}
        {showProject ? (
          <li>
            <a href={paths.projects.show({ applicationId })}>
              {t({ da: 'Projektet: igangsættelse, opfølgning og evaluering', en: 'The project: start, follow-up and evaluation' })}
            </a>
          </li>
        ) : null}
        {isProjectState(a.state) && ctx.actor && mayViewProjectLedger(ctx.actor, { organisationId: a.organisationId, isApplicant: view.access.isApplicant }) ? (
          <li>
            <a href={paths.ledger.project({ applicationId }, backTo(ctx.path))}>
              {t({ da: 'Projektets økonomi: bevilget og udbetalt', en: "The project's economy: granted and paid" })}
            </a>
          </li>
        ) : null}
        {!view.access.canEdit || view.access.isStaff ? (
          <li>
            <a href={paths.applications.check({ applicationId })}>{t({ da: 'Puljens krav: opfyldt eller ej', en: "The pool's requirements: met or not" })}</a>
          </li>
        ) : null}
        {actions.includes('withdraw') ? (
          <li>
            <a href={paths.applications.withdraw({ applicationId })}>{t({ da: 'Træk ansøgningen tilbage', en: 'Withdraw the application' })}</a>
          </li>
        ) : null}
      </ul>
    </Layout>
  );
}
