import { paths } from '../../../paths.js';
import type { TwoFactorStatus } from '../../../usecases/accounts/two-factor/get-two-factor-status.js';
import { Alert, BackLink, StructuredList, TextInput } from '../../components/index.js';
import { ButtonForm, PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

const TITLE = { da: 'To-faktor', en: 'Two-factor' };

function CodeField({ ctx, error, hint }: { ctx: PageContext; error?: string; hint?: string }) {
  return (
    <TextInput
      name="code"
      label={ctx.t({ da: 'Kode', en: 'Code' })}
      hint={hint ?? ctx.t({ da: 'De 6 cifre fra godkendelsesappen', en: 'The 6 digits from the authenticator app' })}
      error={error}
      autocomplete="one-time-code"
      inputmode="numeric"
      width="s"
    />
  );
}

export interface TwoFactorPageProps {
  ctx: PageContext;
  status: TwoFactorStatus;
  /** The organisation requires it and the user has none yet: they were sent here. */
  required?: boolean;
  disabled?: boolean;
  errors?: Record<string, string>;
}

/** Set up (secret in groups of four and the otpauth URI, then the first code), or turn off, two-factor for one's own account. */
export function TwoFactorPage({ ctx, status, required, disabled, errors = {} }: TwoFactorPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(TITLE)}>
      <BackLink href={paths.accounts.account()} text={t({ da: 'Min konto', en: 'My account' })} />
      <div class="row">
        <div class="col-12 col-lg-8">
          <h1>{t(TITLE)}</h1>
          {required ? (
            <Alert variant="warning" heading={t({ da: 'Din organisation kræver to-faktor', en: 'Your organisation requires two-factor' })}>
              {t({
                da: 'Som administrator skal du slå to-faktor til, før du kan fortsætte.',
                en: 'As an administrator you must turn on two-factor before you continue.',
              })}
            </Alert>
          ) : null}
          {disabled ? <Alert variant="success" heading={t({ da: 'To-faktor er slået fra', en: 'Two-factor is off' })} /> : null}
          {!status.localAccount ? (
            <p>
              {t({
                da: 'Din konto logger ind via din organisations login-udbyder; to-faktor styres dér.',
                en: "Your account logs in through your organisation's provider; two-factor is handled there.",
              })}
            </p>
          ) : status.state === 'on' ? (
            <>
              <p>
                {t({
                  da: `To-faktor er slået til. Du har ${status.recoveryCodesLeft} ubrugte gendannelseskoder.`,
                  en: `Two-factor is on. You have ${status.recoveryCodesLeft} unused recovery codes.`,
                })}
              </p>
              <h2>{t({ da: 'Slå to-faktor fra', en: 'Turn off two-factor' })}</h2>
              <PostForm
                ctx={ctx}
                action={paths.accounts.twoFactorDisable()}
                errors={errors}
                submit={t({ da: 'Slå to-faktor fra', en: 'Turn off two-factor' })}
                submitVariant="warning"
              >
                <CodeField
                  ctx={ctx}
                  error={errors.code}
                  hint={t({ da: 'En kode fra appen eller en gendannelseskode', en: 'A code from the app or a recovery code' })}
                />
              </PostForm>
            </>
          ) : status.state === 'pending' && status.enrolment ? (
            <>
              <p>
                {t({
                  da: 'Tilføj kontoen i din godkendelsesapp (fx Microsoft Authenticator eller Google Authenticator): skriv nøglen herunder, eller indsæt adressen. Skriv derefter den kode, appen viser.',
                  en: 'Add the account in your authenticator app (e.g. Microsoft Authenticator or Google Authenticator): type the key below, or paste the address. Then type the code the app shows.',
                })}
              </p>
              <StructuredList
                rows={[
                  { label: t({ da: 'Nøgle', en: 'Key' }), value: <code class="totp-secret">{status.enrolment.groupedSecret}</code> },
                  { label: t({ da: 'Adresse (otpauth)', en: 'Address (otpauth)' }), value: <code class="word-break">{status.enrolment.otpauthUri}</code> },
                ]}
              />
              <PostForm
                ctx={ctx}
                action={paths.accounts.twoFactorConfirm()}
                errors={errors}
                submit={t({ da: 'Bekræft og slå til', en: 'Confirm and turn on' })}
              >
                <CodeField ctx={ctx} error={errors.code} />
              </PostForm>
              <ButtonForm
                ctx={ctx}
                action={paths.accounts.twoFactorEnrol()}
                label={t({ da: 'Start forfra med en ny nøgle', en: 'Start again with a new key' })}
              />
            </>
          ) : (
            <>
              <p>
                {t({
                  da: 'Med to-faktor skal du ud over adgangskoden skrive en kode fra en godkendelsesapp på din telefon, når du logger ind.',
                  en: 'With two-factor you type a code from an authenticator app on your phone besides your password when you log in.',
                })}
              </p>
              {errors.code ? (
                <Alert variant="error" heading={t({ da: 'Det kunne ikke lade sig gøre', en: 'That was not possible' })}>
                  {errors.code}
                </Alert>
              ) : null}
              <ButtonForm
                ctx={ctx}
                action={paths.accounts.twoFactorEnrol()}
                label={t({ da: 'Slå to-faktor til', en: 'Turn on two-factor' })}
                variant="primary"
              />
            </>
          )}
        </div>
      </div>
    </Layout>
  );
}

/** The recovery codes, shown this once after two-factor was turned on. */
export function RecoveryCodesPage({ ctx, codes }: { ctx: PageContext; codes: string[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'To-faktor er slået til', en: 'Two-factor is on' })}>
      <h1>{t({ da: 'To-faktor er slået til', en: 'Two-factor is on' })}</h1>
      <Alert variant="warning" heading={t({ da: 'Gem dine gendannelseskoder nu', en: 'Save your recovery codes now' })} contentContainer={false}>
        <p class="alert-text">
          {t({
            da: 'Hvis du mister telefonen, kan du logge ind med en af disse koder i stedet. Hver kode virker én gang. De vises kun denne ene gang.',
            en: 'If you lose your phone you can log in with one of these codes instead. Each works once. They are shown only this once.',
          })}
        </p>
      </Alert>
      <ul class="recovery-codes">
        {codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a href={paths.home()}>{t({ da: 'Fortsæt til forsiden', en: 'Continue to the front page' })}</a>
      </p>
    </Layout>
  );
}

/** The second login step: the code from the app, or a recovery code. */
export function TwoFactorLoginPage({
  ctx,
  back,
  errors = {},
  formError,
}: {
  ctx: PageContext;
  back: string;
  errors?: Record<string, string>;
  formError?: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Log ind: kode', en: 'Log in: code' })}>
      <div class="row">
        <div class="col-12 col-md-8 col-lg-6">
          <h1>{t({ da: 'Skriv koden fra din app', en: 'Type the code from your app' })}</h1>
          <p>{t({ da: 'Din konto er beskyttet med to-faktor.', en: 'Your account is protected with two-factor.' })}</p>
          <PostForm ctx={ctx} action={paths.accounts.twoFactor()} errors={errors} summaryTitle={formError} submit={t({ da: 'Log ind', en: 'Log in' })}>
            <input type="hidden" name="tilbage" value={back} />
            <CodeField
              ctx={ctx}
              error={errors.code}
              hint={t({ da: 'De 6 cifre fra appen, eller en gendannelseskode', en: 'The 6 digits from the app, or a recovery code' })}
            />
          </PostForm>
          <p>
            <a href={paths.accounts.login()}>{t({ da: 'Tilbage til log ind', en: 'Back to log in' })}</a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
