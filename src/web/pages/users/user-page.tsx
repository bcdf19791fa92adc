import { paths } from '../../../paths.js';
import type { Member } from '../../../usecases/users/members.js';
import { Alert, Badge, BackLink, StructuredList } from '../../components/index.js';
import { ButtonForm, PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';
import { RoleCheckboxes } from './users-list-page.js';

export interface UserPageProps {
  ctx: PageContext;
  organisationId: string;
  member: Member;
  /** The roles as ticked when the form comes back with an error. */
  roles?: string[];
  errors?: Record<string, string>;
  /** A refusal of deactivate/reactivate (e.g. the admin themselves). */
  formError?: string;
}

/** One user: their roles as checkboxes, and deactivate or reactivate the account. */
export function UserPage({ ctx, organisationId, member, roles, errors = {}, formError }: UserPageProps) {
  const { t } = ctx;
  const ids = { organisationId, userId: member.id };
  return (
    <Layout ctx={ctx} title={member.name}>
      <BackLink href={paths.admin.organisationUsers({ organisationId })} text={t({ da: 'Alle brugere', en: 'All users' })} />
      <h1>{member.name}</h1>
      {formError ? (
        <Alert variant="error" heading={t({ da: 'Det kunne ikke lade sig gøre', en: 'That was not possible' })} contentContainer={false}>
          <p>{formError}</p>
        </Alert>
      ) : null}
      <StructuredList
        rows={[
          { label: t({ da: 'E-mail', en: 'E-mail' }), value: member.email },
          {
            label: t({ da: 'Status', en: 'Status' }),
            value: member.disabledAt ? (
              <Badge text={t({ da: 'Deaktiveret', en: 'Deactivated' })} variant="error" />
            ) : (
              <Badge text={t({ da: 'Aktiv', en: 'Active' })} variant="success" />
            ),
          },
        ]}
      />
      <h2>{t({ da: 'Roller', en: 'Roles' })}</h2>
      <PostForm ctx={ctx} action={paths.admin.userRoles(ids)} errors={errors} submit={t({ da: 'Gem roller', en: 'Save roles' })}>
        <RoleCheckboxes ctx={ctx} checked={roles ?? member.roles} error={errors.roles} />
      </PostForm>
      <h2>{t({ da: 'Adgang', en: 'Access' })}</h2>
      {member.disabledAt ? (
        <>
          <p>{t({ da: 'Kontoen er deaktiveret. Brugeren kan ikke logge ind.', en: 'The account is deactivated. The user cannot log in.' })}</p>
          <ButtonForm ctx={ctx} action={paths.admin.reactivateUser(ids)} label={t({ da: 'Genaktivér', en: 'Reactivate' })} />
        </>
      ) : (
        <>
          <p>
            {t({
              da: 'Deaktivering logger brugeren ud med det samme og tilbagekalder brugerens API-nøgler.',
              en: "Deactivating logs the user out at once and revokes the user's API keys.",
            })}
          </p>
          <ButtonForm ctx={ctx} action={paths.admin.deactivateUser(ids)} label={t({ da: 'Deaktivér', en: 'Deactivate' })} variant="warning" />
        </>
      )}
    </Layout>
  );
}
