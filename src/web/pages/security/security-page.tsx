import { paths } from '../../../paths.js';
import type { SecuritySettings } from '../../../usecases/accounts/two-factor/security-settings.js';
import { Alert, Checkbox } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { AdminLinks } from '../identity/admin-nav.js';
import { Layout } from '../layout.js';

/** The organisation's security settings: require two-factor for its local administrators. */
export function SecurityPage({
  ctx,
  settings,
  saved,
  errors = {},
}: {
  ctx: PageContext;
  settings: SecuritySettings;
  saved?: boolean;
  errors?: Record<string, string>;
}) {
  const { t } = ctx;
  const { organisationId } = settings;
  return (
    <Layout ctx={ctx} title={t({ da: 'Sikkerhed', en: 'Security' })}>
      <AdminLinks ctx={ctx} organisationId={organisationId} />
      <h1>{t({ da: 'Sikkerhed', en: 'Security' })}</h1>
      {saved ? <Alert variant="success" heading={t({ da: 'Indstillingerne er gemt', en: 'The settings have been saved' })} /> : null}
      <p>
        {t({
          da: 'Lokale konti logger ind med e-mail og adgangskode. To-faktor (en kode fra en godkendelsesapp) beskytter kontoen, hvis adgangskoden slipper ud. Brugere, der logger ind via organisationens login-udbyder, har deres to-faktor dér.',
          en: "Local accounts log in with e-mail and password. Two-factor (a code from an authenticator app) protects the account if the password leaks. Users who log in through the organisation's provider have their two-factor there.",
        })}
      </p>
      <PostForm ctx={ctx} action={paths.admin.security({ organisationId })} errors={errors} submit={t({ da: 'Gem', en: 'Save' })}>
        <Checkbox
          name="requireAdminTwoFactor"
          label={t({ da: 'Kræv to-faktor for lokale administratorer', en: 'Require two-factor for local administrators' })}
          hint={t({
            da: 'En administrator uden to-faktor bliver sendt til at slå det til, før vedkommende kan andet.',
            en: 'An administrator without two-factor is sent to turn it on before anything else.',
          })}
          checked={settings.requireAdminTwoFactor}
        />
      </PostForm>
    </Layout>
  );
}
