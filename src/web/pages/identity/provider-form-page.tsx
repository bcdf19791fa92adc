import { paths } from '../../../paths.js';
import type { IdentityProviderInfo } from '../../../usecases/identity/provider-info.js';
import { Alert, BackLink, Checkbox, Fieldset, StructuredList, TextArea, TextInput } from '../../components/index.js';
import { PostForm, type FormValues } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';
import { KIND_LABELS } from './providers-page.js';

export type ProviderKind = keyof typeof KIND_LABELS;
export const providerKind = (v: unknown): ProviderKind => (v === 'saml' ? 'saml' : 'oidc');

export interface ProviderFormPageProps {
  ctx: PageContext;
  organisationId: string;
  kind: ProviderKind;
  /** The saved provider (editing); absent when creating. */
  provider?: IdentityProviderInfo;
  /** This host's address, for the redirect URI and the metadata URL the admin copies. */
  publicUrl: string;
  saved?: boolean;
  values?: FormValues;
  errors?: Record<string, string>;
}

/** The provider's fields as the form shows them: what was typed, else what is saved. Secrets are never filled in. */
function initialValues(p: IdentityProviderInfo | undefined): Record<string, string> {
  if (!p) return { enabled: 'true' };
  return {
    displayName: p.displayName,
    enabled: p.enabled ? 'true' : '',
    issuer: p.issuer ?? '',
    clientId: p.clientId ?? '',
    samlIdpEntityId: p.samlIdpEntityId ?? '',
    samlSsoUrl: p.samlSsoUrl ?? '',
    samlIdpCertificate: p.samlIdpCertificate ?? '',
    spCertificate: p.spCertificate ?? '',
    subjectClaim: p.subjectClaim,
    groupsClaim: p.groupsClaim,
    emailClaim: p.emailClaim,
    nameClaim: p.nameClaim,
  };
}

/** Create or edit an OIDC or SAML login provider; secrets are write-only ("Gemt — vises ikke igen"). */
export function ProviderFormPage({ ctx, organisationId, kind, provider, publicUrl, saved, values, errors = {} }: ProviderFormPageProps) {
  const { t } = ctx;
  const shown = values ?? initialValues(provider);
  const text = (k: string) => (typeof shown[k] === 'string' ? shown[k] : '');
  const action = provider
    ? paths.identityAdmin.provider({ organisationId, providerId: provider.id })
    : paths.identityAdmin.newProvider({ organisationId }, { type: kind });
  const title = provider
    ? provider.displayName
    : kind === 'oidc'
      ? t({ da: 'Ny OpenID Connect-udbyder', en: 'New OpenID Connect provider' })
      : t({ da: 'Ny SAML-udbyder', en: 'New SAML provider' });
  const secretSaved = provider ? (kind === 'oidc' ? provider.clientSecretSaved : provider.spPrivateKeySaved) : false;
  const secretHint = secretSaved
    ? t({ da: 'Gemt — vises ikke igen. Lad feltet stå tomt for at beholde den gemte.', en: 'Saved — not shown again. Leave empty to keep the saved one.' })
    : t({ da: 'Vises ikke igen, når den er gemt.', en: 'Not shown again once saved.' });
  const field = (name: string, label: string, hint?: string) => <TextInput name={name} label={label} hint={hint} value={text(name)} error={errors[name]} />;
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={paths.identityAdmin.providers({ organisationId })} text={t({ da: 'Alle login-udbydere', en: 'All login providers' })} />
      <div class="row">
        <div class="col-12 col-lg-8">
          <h1>{title}</h1>
          {saved ? (
            <Alert variant="success" heading={t({ da: 'Udbyderen er gemt', en: 'The provider has been saved' })}>
              {t({ da: 'Hemmeligheder vises ikke igen.', en: 'Secrets are not shown again.' })}
            </Alert>
          ) : null}
          {provider ? (
            <>
              <h2>{t({ da: 'Til identitetsudbyderen', en: 'For the identity provider' })}</h2>
              <p>
                {kind === 'oidc'
                  ? t({ da: 'Registrér denne redirect URI hos udbyderen:', en: 'Register this redirect URI with the provider:' })
                  : t({ da: 'Giv udbyderen denne metadata-adresse:', en: 'Give the provider this metadata address:' })}
              </p>
              <StructuredList
                rows={[
                  kind === 'oidc'
                    ? {
                        label: t({ da: 'Redirect URI', en: 'Redirect URI' }),
                        value: <code class="word-break">{publicUrl + paths.identityAdmin.oidcCallback()}</code>,
                      }
                    : {
                        label: t({ da: 'SAML-metadata', en: 'SAML metadata' }),
                        value: <code class="word-break">{publicUrl + paths.identityAdmin.samlMetadata({ providerId: provider.id })}</code>,
                      },
                ]}
              />
              <p>
                <a href={paths.identityAdmin.roleMappings({ organisationId, providerId: provider.id })}>
                  {t({ da: 'Rolletildeling: hvilke grupper giver hvilke roller', en: 'Role mappings: which groups give which roles' })}
                </a>
              </p>
              <h2>{t({ da: 'Indstillinger', en: 'Settings' })}</h2>
            </>
          ) : (
            <p>
              {kind === 'oidc'
                ? t({
                    da: `Redirect URI til udbyderen: ${publicUrl + paths.identityAdmin.oidcCallback()}`,
                    en: `Redirect URI for the provider: ${publicUrl + paths.identityAdmin.oidcCallback()}`,
                  })
                : t({ da: 'Metadata-adressen vises, når udbyderen er gemt.', en: 'The metadata address is shown once the provider is saved.' })}
            </p>
          )}
          <PostForm ctx={ctx} action={action} errors={errors} submit={t({ da: 'Gem udbyder', en: 'Save provider' })}>
            <input type="hidden" name="kind" value={kind} />
            {field(
              'displayName',
              t({ da: 'Navn på knappen "Log ind med …"', en: 'Name on the "Log in with …" button' }),
              t({ da: 'Fx Vejle Kommune (Entra ID)', en: 'E.g. Vejle Kommune (Entra ID)' }),
            )}
            <Checkbox
              name="enabled"
              label={t({ da: 'Slået til (vises på login-siden)', en: 'Enabled (shown on the login page)' })}
              checked={text('enabled') === 'true' || text('enabled') === 'on'}
            />
            {kind === 'oidc' ? (
              <Fieldset legend={t({ da: 'OpenID Connect', en: 'OpenID Connect' })}>
                {field('issuer', t({ da: 'Udsteder (issuer)', en: 'Issuer' }), 'https://login.microsoftonline.com/<tenant>/v2.0')}
                {field('clientId', t({ da: 'Klient-id (client id)', en: 'Client id' }))}
                <TextInput
                  name="clientSecret"
                  type="password"
                  label={t({ da: 'Klienthemmelighed (client secret)', en: 'Client secret' })}
                  hint={secretHint}
                  error={errors.clientSecret}
                  autocomplete="off"
                />
              </Fieldset>
            ) : (
              <Fieldset legend={t({ da: 'SAML', en: 'SAML' })}>
                {field('samlIdpEntityId', t({ da: 'Identitetsudbyderens entity id', en: 'IdP entity id' }))}
                {field('samlSsoUrl', t({ da: 'Adresse til single sign-on (SSO URL)', en: 'Single sign-on URL' }))}
                <TextArea
                  name="samlIdpCertificate"
                  label={t({ da: 'Identitetsudbyderens signeringscertifikat (PEM)', en: 'IdP signing certificate (PEM)' })}
                  value={text('samlIdpCertificate')}
                  error={errors.samlIdpCertificate}
                  rows={5}
                />
                <TextArea
                  name="spCertificate"
                  label={t({ da: 'Tjenestens (SP) certifikat (PEM)', en: 'Service provider certificate (PEM)' })}
                  value={text('spCertificate')}
                  error={errors.spCertificate}
                  rows={5}
                />
                <TextArea
                  name="spPrivateKey"
                  label={t({ da: 'Tjenestens (SP) private nøgle (PEM)', en: 'Service provider private key (PEM)' })}
                  hint={secretHint}
                  error={errors.spPrivateKey}
                  rows={5}
                />
              </Fieldset>
            )}
            <Fieldset legend={t({ da: 'Navne på krav (claims)', en: 'Claim names' })}>
              {field(
                'subjectClaim',
                t({ da: 'Bruger-id', en: 'Subject' }),
                t({ da: 'Tom: sub (OIDC) eller NameID (SAML)', en: 'Empty: sub (OIDC) or NameID (SAML)' }),
              )}
              {field('groupsClaim', t({ da: 'Grupper eller roller', en: 'Groups or roles' }), t({ da: 'Tom: groups', en: 'Empty: groups' }))}
              {field('emailClaim', t({ da: 'E-mail', en: 'E-mail' }), t({ da: 'Tom: email', en: 'Empty: email' }))}
              {field('nameClaim', t({ da: 'Navn', en: 'Name' }), t({ da: 'Tom: name', en: 'Empty: name' }))}
            </Fieldset>
          </PostForm>
        </div>
      </div>
    </Layout>
  );
}
