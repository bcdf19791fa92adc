import { paths } from '../../../paths.js';
import type { IdentityProviderInfo } from '../../../usecases/identity/provider-info.js';
import { Badge, ButtonLink, Table } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';
import { AdminLinks } from './admin-nav.js';

export const KIND_LABELS = {
  oidc: { da: 'OpenID Connect', en: 'OpenID Connect' },
  saml: { da: 'SAML', en: 'SAML' },
} as const;

/** The organisation's login providers: kind, name, on or off, issuer or entity id. */
export function ProvidersPage({ ctx, organisationId, providers }: { ctx: PageContext; organisationId: string; providers: IdentityProviderInfo[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Login-udbydere', en: 'Login providers' })}>
      <AdminLinks ctx={ctx} organisationId={organisationId} />
      <h1>{t({ da: 'Login-udbydere', en: 'Login providers' })}</h1>
      <p>
        {t({
          da: 'Medarbejdere kan logge ind med organisationens eget login (OpenID Connect, fx Entra ID, eller SAML, fx ADFS). Roller gives ud fra gruppe- eller rollekrav.',
          en: "Staff can log in with the organisation's own login (OpenID Connect, e.g. Entra ID, or SAML, e.g. ADFS). Roles are given from group or role claims.",
        })}
      </p>
      <p>
        <ButtonLink href={paths.identityAdmin.newProvider({ organisationId }, { type: 'oidc' })} variant="primary">
          {t({ da: 'Ny OpenID Connect-udbyder', en: 'New OpenID Connect provider' })}
        </ButtonLink>{' '}
        <ButtonLink href={paths.identityAdmin.newProvider({ organisationId }, { type: 'saml' })} variant="secondary">
          {t({ da: 'Ny SAML-udbyder', en: 'New SAML provider' })}
        </ButtonLink>
      </p>
      {providers.length === 0 ? (
        <p>{t({ da: 'Der er ingen login-udbydere endnu.', en: 'There are no login providers yet.' })}</p>
      ) : (
        <Table
          caption={t({ da: 'Organisationens login-udbydere', en: "The organisation's login providers" })}
          columns={[
            { label: t({ da: 'Navn', en: 'Name' }), rowHeader: true },
            { label: t({ da: 'Type', en: 'Kind' }) },
            { label: t({ da: 'Udsteder / entity id', en: 'Issuer / entity id' }) },
            { label: t({ da: 'Status', en: 'Status' }) },
            { label: t({ da: 'Roller', en: 'Roles' }) },
          ]}
          rows={providers.map((p) => [
            <a href={paths.identityAdmin.provider({ organisationId, providerId: p.id })}>{p.displayName}</a>,
            t(KIND_LABELS[p.kind]),
            <span class="word-break">{p.kind === 'oidc' ? p.issuer : p.samlIdpEntityId}</span>,
            p.enabled ? <Badge text={t({ da: 'Slået til', en: 'Enabled' })} variant="success" /> : <Badge text={t({ da: 'Slået fra', en: 'Disabled' })} />,
            <a href={paths.identityAdmin.roleMappings({ organisationId, providerId: p.id })}>
              {t({ da: 'Rolletildeling', en: 'Role mappings' })}
              <span class="sr-only"> {p.displayName}</span>
            </a>,
          ])}
        />
      )}
    </Layout>
  );
}
