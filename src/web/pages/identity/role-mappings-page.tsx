import { paths } from '../../../paths.js';
import { ASSIGNABLE_ROLES, ROLE_LABELS } from '../../../policies/users.js';
import type { IdentityProviderInfo } from '../../../usecases/identity/provider-info.js';
import type { RoleMappingInfo } from '../../../usecases/identity/role-mapping-info.js';
import { BackLink, Select, Table, TextInput } from '../../components/index.js';
import { ButtonForm, PostForm, type FormValues } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

export interface RoleMappingsPageProps {
  ctx: PageContext;
  organisationId: string;
  provider: IdentityProviderInfo;
  mappings: RoleMappingInfo[];
  values?: FormValues;
  errors?: Record<string, string>;
}

/** Which claim values (groups, roles, privileges) give which role; add and delete. */
export function RoleMappingsPage({ ctx, organisationId, provider, mappings, values = {}, errors = {} }: RoleMappingsPageProps) {
  const { t } = ctx;
  const ids = { organisationId, providerId: provider.id };
  const title = t({ da: `Rolletildeling: ${provider.displayName}`, en: `Role mappings: ${provider.displayName}` });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.identityAdmin.provider(ids)} text={provider.displayName} />
      <h1>{title}</h1>
      <p>
        {t({
          da: `Når en bruger logger ind, læses kravet "${provider.groupsClaim}". Hver værdi, der står herunder, giver rollen ved siden af. Rollerne sættes på ny ved hvert login.`,
          en: `When a user logs in, the claim "${provider.groupsClaim}" is read. Each value below gives the role beside it. Roles are set afresh at every login.`,
        })}
      </p>
      {mappings.length === 0 ? (
        <p>
          {t({
            da: 'Ingen værdier giver roller endnu: ingen kan logge ind via udbyderen.',
            en: 'No values give roles yet: nobody can log in through the provider.',
          })}
        </p>
      ) : (
        <Table
          caption={t({ da: 'Rolletildelinger', en: 'Role mappings' })}
          columns={[
            { label: t({ da: 'Værdi i kravet', en: 'Claim value' }), rowHeader: true },
            { label: t({ da: 'Rolle', en: 'Role' }) },
            { label: t({ da: 'Handling', en: 'Action' }) },
          ]}
          rows={mappings.map((m) => [
            <span class="word-break">{m.claimValue}</span>,
            t(ROLE_LABELS[m.role]),
            <ButtonForm
              ctx={ctx}
              action={paths.identityAdmin.deleteRoleMapping({ ...ids, mappingId: m.id })}
              label={t({ da: 'Slet', en: 'Delete' })}
              srOnly={`${m.claimValue} → ${t(ROLE_LABELS[m.role])}`}
              variant="secondary"
            />,
          ])}
        />
      )}
      <h2>{t({ da: 'Tilføj en rolletildeling', en: 'Add a role mapping' })}</h2>
      <div class="row">
        <div class="col-12 col-md-8 col-lg-6">
          <PostForm ctx={ctx} action={paths.identityAdmin.roleMappings(ids)} errors={errors} submit={t({ da: 'Tilføj', en: 'Add' })}>
            <TextInput
              name="claimValue"
              label={t({ da: 'Værdi i kravet', en: 'Claim value' })}
              hint={t({
                da: 'Fx gruppens objekt-id eller navn, præcis som udbyderen sender det',
                en: "E.g. the group's object id or name, exactly as the provider sends it",
              })}
              value={typeof values.claimValue === 'string' ? values.claimValue : ''}
              error={errors.claimValue}
            />
            <Select
              name="role"
              label={t({ da: 'Rolle', en: 'Role' })}
              value={typeof values.role === 'string' ? values.role : ''}
              error={errors.role}
              options={[
                { value: '', label: t({ da: 'Vælg en rolle', en: 'Choose a role' }) },
                ...ASSIGNABLE_ROLES.map((r) => ({ value: r, label: t(ROLE_LABELS[r]) })),
              ]}
            />
          </PostForm>
        </div>
      </div>
    </Layout>
  );
}
