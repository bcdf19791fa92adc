import { formatDateTime } from '../../../../domain/dates.js';
import type { VersionComparison } from '../../../../usecases/applications/compare-versions.js';
import type { ApplicationView } from '../../../../usecases/applications/get-application.js';
import type { VersionInfo } from '../../../../usecases/applications/list-application-versions.js';
import { Alert, BackLink, Button, Table, TextArea, TextInput } from '../../../components/index.js';
import { PostForm } from '../../../form-kit/index.js';
import type { PageContext } from '../../../page-context.js';
import { paths } from '../../../../paths.js';
import { Layout } from '../../layout.js';
import { ApplicationHeading } from './application-page.js';

export function CoApplicantsPage({
  ctx,
  view,
  email,
  errors,
  notice,
}: {
  ctx: PageContext;
  view: ApplicationView;
  email?: string;
  /** By form field name. */
  errors?: Record<string, string>;
  notice?: string;
}) {
  const { t } = ctx;
  const applicationId = view.application.id;
  return (
    <Layout ctx={ctx} title={`${t({ da: 'Medansøgere', en: 'Co-applicants' })} – ${view.application.title}`}>
      <BackLink href={paths.applications.show({ applicationId })} text={t({ da: 'Tilbage til ansøgningen', en: 'Back to the application' })} />
      <ApplicationHeading ctx={ctx} view={view} heading={t({ da: 'Medansøgere', en: 'Co-applicants' })} />
      <p>
        {t({
          da: 'Medansøgere kan udfylde og rette ansøgningen sammen med dig. Kun du som ansvarlig ansøger kan indsende den.',
          en: 'Co-applicants can fill in and change the application with you. Only you, the lead applicant, can submit it.',
        })}
      </p>
      {notice ? <Alert variant="success" heading={notice} headingLevel="h2" /> : null}
      {view.coApplicants.length === 0 ? (
        <p>{t({ da: 'Ingen medansøgere endnu.', en: 'No co-applicants yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Medansøgere', en: 'Co-applicants' })}
          captionClass="sr-only"
          columns={[{ label: t({ da: 'Navn', en: 'Name' }) }, { label: t({ da: 'E-mail', en: 'E-mail' }) }, { label: t({ da: 'Handling', en: 'Action' }) }]}
          rows={view.coApplicants.map((c) => [
            c.name,
            c.email,
            <PostForm ctx={ctx} action={paths.applications.removeCoApplicant({ applicationId, userId: c.userId })} class="inline-form" summary={false}>
              <Button variant="unstyled" class="function-link" srOnly={c.name}>
                {t({ da: 'Fjern', en: 'Remove' })}
              </Button>
            </PostForm>,
          ])}
        />
      )}
      <h2 class="h3">{t({ da: 'Invitér en kollega', en: 'Invite a colleague' })}</h2>
      <PostForm ctx={ctx} action={paths.applications.coApplicants({ applicationId })} errors={errors}>
        <TextInput
          type="email"
          name="email"
          label={t({ da: 'Kollegaens e-mailadresse', en: "The colleague's e-mail address" })}
          hint={t({ da: 'Kollegaen skal have en bruger i jeres organisation.', en: 'The colleague must have an account in your organisation.' })}
          value={email}
          error={errors?.email}
          autocomplete="off"
        />
        <Button icon="person-add">{t({ da: 'Invitér', en: 'Invite' })}</Button>
      </PostForm>
    </Layout>
  );
}

export function VersionsPage({ ctx, view, versions }: { ctx: PageContext; view: ApplicationView; versions: VersionInfo[] }) {
  const { t } = ctx;
  const applicationId = view.application.id;
  return (
    <Layout ctx={ctx} title={`${t({ da: 'Versioner', en: 'Versions' })} – ${view.application.title}`}>
      <BackLink href={paths.applications.show({ applicationId })} text={t({ da: 'Tilbage til ansøgningen', en: 'Back to the application' })} />
      <ApplicationHeading ctx={ctx} view={view} heading={t({ da: 'Versioner', en: 'Versions' })} />
      <p>{t({ da: 'Hver indsendelse gemmes som en version, der ikke kan ændres.', en: 'Every submission is saved as a version that cannot be changed.' })}</p>
      <Table
        caption={t({ da: 'Indsendte versioner', en: 'Submitted versions' })}
        columns={[
          { label: t({ da: 'Version', en: 'Version' }) },
          { label: t({ da: 'Indsendt', en: 'Submitted' }), class: 'date' },
          { label: t({ da: 'Af', en: 'By' }) },
          { label: t({ da: 'Ændringer', en: 'Changes' }) },
        ]}
        rows={versions.map((v) => [
          String(v.number),
          formatDateTime(v.submittedAt, ctx.locale),
          v.submittedBy,
          v.number > 1 ? (
            <a href={paths.applications.compareVersions({ applicationId }, { fra: v.number - 1, til: v.number })}>
              {t({ da: `Se ændringer fra version ${v.number - 1}`, en: `See changes from version ${v.number - 1}` })}
            </a>
          ) : (
            t({ da: 'Første version', en: 'First version' })
          ),
        ])}
      />
      {view.access.canEdit && versions.length > 0 ? (
        <p>
          <a href={paths.applications.compareVersions({ applicationId }, { fra: versions[versions.length - 1]?.number ?? 1, til: 0 })}>
            {t({ da: 'Se, hvad du har ændret siden sidste version', en: 'See what you have changed since the last version' })}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}

export function DiffPage({ ctx, view, diff }: { ctx: PageContext; view: ApplicationView; diff: VersionComparison }) {
  const { t } = ctx;
  const applicationId = view.application.id;
  const name = (n: number) => (n === 0 ? t({ da: 'nuværende tekst', en: 'current text' }) : t({ da: `version ${n}`, en: `version ${n}` }));
  const heading = t({ da: `Ændringer fra ${name(diff.from)} til ${name(diff.to)}`, en: `Changes from ${name(diff.from)} to ${name(diff.to)}` });
  const changed = diff.fields.filter((f) => f.changed);
  return (
    <Layout ctx={ctx} title={`${heading} – ${view.application.title}`}>
      <BackLink href={paths.applications.versions({ applicationId })} text={t({ da: 'Tilbage til versionerne', en: 'Back to the versions' })} />
      <ApplicationHeading ctx={ctx} view={view} heading={heading} />
      <p>
        {changed.length === 0
          ? t({ da: 'Intet er ændret.', en: 'Nothing has changed.' })
          : t({
              da: `${changed.length} felter er ændret. Fjernet tekst er overstreget, ny tekst fremhævet.`,
              en: `${changed.length} fields changed. Removed text is struck through, new text highlighted.`,
            })}
      </p>
      {changed.length > 0 ? (
        <Table
          caption={t({ da: 'Ændrede felter', en: 'Changed fields' })}
          columns={[{ label: t({ da: 'Felt', en: 'Field' }), rowHeader: true }, { label: name(diff.from) }, { label: name(diff.to) }]}
          rows={changed.map((f) => [
            t(f.label),
            f.before.da === '' ? <em>{t({ da: '(tom)', en: '(empty)' })}</em> : <del class="diff-removed text-pre-line">{t(f.before)}</del>,
            f.after.da === '' ? <em>{t({ da: '(tom)', en: '(empty)' })}</em> : <ins class="diff-added text-pre-line">{t(f.after)}</ins>,
          ])}
        />
      ) : null}
    </Layout>
  );
}

export function WithdrawPage({ ctx, view, reason, errors }: { ctx: PageContext; view: ApplicationView; reason?: string; errors?: Record<string, string> }) {
  const { t } = ctx;
  const applicationId = view.application.id;
  return (
    <Layout ctx={ctx} title={`${t({ da: 'Træk ansøgningen tilbage', en: 'Withdraw the application' })} – ${view.application.title}`}>
      <BackLink href={paths.applications.show({ applicationId })} text={t({ da: 'Tilbage til ansøgningen', en: 'Back to the application' })} />
      <ApplicationHeading ctx={ctx} view={view} heading={t({ da: 'Træk ansøgningen tilbage', en: 'Withdraw the application' })} />
      <p>{t({ da: 'En ansøgning, der er trukket tilbage, kan ikke sendes igen.', en: 'A withdrawn application cannot be sent again.' })}</p>
      <PostForm ctx={ctx} action={paths.applications.withdraw({ applicationId })} errors={errors}>
        <TextArea
          name="reason"
          label={t({ da: 'Begrundelse', en: 'Reason' })}
          optional
          optionalText={t({ da: 'frivilligt', en: 'optional' })}
          value={reason}
          error={errors?.reason}
          rows={3}
        />
        <Button variant="warning">{t({ da: 'Træk tilbage', en: 'Withdraw' })}</Button>
      </PostForm>
    </Layout>
  );
}
