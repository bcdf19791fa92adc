import { formatDateTime } from '../../../domain/dates.js';
import { paths } from '../../../paths.js';
import { ASSIGNABLE_ROLES, ROLE_LABELS } from '../../../policies/users.js';
import type { UserPage } from '../../../usecases/users/list-users.js';
import { Badge, ButtonLink, Checkboxes, Table, TextInput } from '../../components/index.js';
import { PostForm, type FormValues } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { AdminLinks } from '../identity/admin-nav.js';
import { Layout } from '../layout.js';

const rolesText = (ctx: PageContext, roles: readonly (keyof typeof ROLE_LABELS)[]) => roles.map((r) => ctx.t(ROLE_LABELS[r])).join(', ');

/** The organisation's users: roles, last login, status; a link to each user's page and to the invite form. */
export function UsersListPage({ ctx, organisationId, page }: { ctx: PageContext; organisationId: string; page: UserPage }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Brugere', en: 'Users' })}>
      <AdminLinks ctx={ctx} organisationId={organisationId} />
      <h1>{t({ da: 'Brugere', en: 'Users' })}</h1>
      <p>
        <ButtonLink href={paths.admin.inviteUser({ organisationId })} variant="primary">
          {t({ da: 'Invitér en bruger', en: 'Invite a user' })}
        </ButtonLink>
      </p>
      <Table
        caption={t({ da: 'Organisationens brugere', en: "The organisation's users" })}
        columns={[
          { label: t({ da: 'Navn', en: 'Name' }), rowHeader: true },
          { label: t({ da: 'E-mail', en: 'E-mail' }) },
          { label: t({ da: 'Roller', en: 'Roles' }) },
          { label: t({ da: 'Seneste login', en: 'Last login' }) },
          { label: t({ da: 'Status', en: 'Status' }) },
        ]}
        rows={page.items.map((u) => [
          <a href={paths.admin.userRoles({ organisationId, userId: u.id })}>{u.name}</a>,
          u.email,
          rolesText(ctx, u.roles),
          u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t({ da: 'Aldrig', en: 'Never' }),
          u.disabledAt ? (
            <Badge text={t({ da: 'Deaktiveret', en: 'Deactivated' })} variant="error" />
          ) : u.invitationPending ? (
            <Badge text={t({ da: 'Inviteret', en: 'Invited' })} variant="warning" />
          ) : (
            <Badge text={t({ da: 'Aktiv', en: 'Active' })} variant="success" />
          ),
        ])}
      />
      {page.nextCursor ? (
        <p>
          <a href={paths.admin.organisationUsers({ organisationId }, { after: page.nextCursor })}>{t({ da: 'Næste side', en: 'Next page' })}</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** The role checkboxes (the invite form and the user's page). */
export function RoleCheckboxes({ ctx, checked, error }: { ctx: PageContext; checked: readonly string[]; error?: string }) {
  return (
    <Checkboxes
      name="roles"
      legend={ctx.t({ da: 'Roller', en: 'Roles' })}
      error={error}
      items={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: ctx.t(ROLE_LABELS[r]), checked: checked.includes(r) }))}
    />
  );
}

/** A form's multi-valued field as strings (one checkbox ticked gives a string). */
export const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

export interface InvitePageProps {
  ctx: PageContext;
  organisationId: string;
  values?: FormValues;
  errors?: Record<string, string>;
}

/** Invite someone by e-mail with roles; they get a one-time link to choose a password. */
export function InviteUserPage({ ctx, organisationId, values = {}, errors = {} }: InvitePageProps) {
  const { t } = ctx;
  const text = (k: string) => (typeof values[k] === 'string' ? values[k] : '');
  return (
    <Layout ctx={ctx} title={t({ da: 'Invitér en bruger', en: 'Invite a user' })}>
      <div class="row">
        <div class="col-12 col-md-8 col-lg-6">
          <h1>{t({ da: 'Invitér en bruger', en: 'Invite a user' })}</h1>
          <p>
            {t({
              da: 'Brugeren får en e-mail med et link til at vælge sin adgangskode. Linket virker i 7 dage.',
              en: 'The user gets an e-mail with a link to choose a password. The link works for 7 days.',
            })}
          </p>
          <PostForm
            ctx={ctx}
            action={paths.admin.inviteUser({ organisationId })}
            errors={errors}
            submit={t({ da: 'Send invitation', en: 'Send invitation' })}
            cancelHref={paths.admin.organisationUsers({ organisationId })}
          >
            <TextInput name="name" label={t({ da: 'Navn', en: 'Name' })} value={text('name')} error={errors.name} autocomplete="name" required />
            <TextInput
              name="email"
              type="email"
              label={t({ da: 'E-mail', en: 'E-mail' })}
              value={text('email')}
              error={errors.email}
              autocomplete="email"
              required
            />
            <RoleCheckboxes ctx={ctx} checked={listOf(values.roles)} error={errors.roles} />
          </PostForm>
        </div>
      </div>
    </Layout>
  );
}
