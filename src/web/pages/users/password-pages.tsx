import type { Child } from 'hono/jsx';
import { paths } from '../../../paths.js';
import { Alert, TextInput } from '../../components/index.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

const Narrow = ({ children }: { children?: Child }) => (
  <div class="row">
    <div class="col-12 col-md-8 col-lg-6">{children}</div>
  </div>
);

export interface ForgotPasswordPageProps {
  ctx: PageContext;
  email?: string;
  errors?: Record<string, string>;
  /** After a request: the same answer whether or not the address has an account. */
  sent?: boolean;
}

/** "Glemt adgangskode?": ask for a one-time link by e-mail. */
export function ForgotPasswordPage({ ctx, email = '', errors = {}, sent }: ForgotPasswordPageProps) {
  const { t } = ctx;
  const title = t({ da: 'Glemt adgangskode', en: 'Forgot password' });
  return (
    <Layout ctx={ctx} title={title}>
      <Narrow>
        <h1>{title}</h1>
        {sent ? (
          <Alert variant="success" heading={t({ da: 'Tjek din e-mail', en: 'Check your e-mail' })}>
            {t({
              da: 'Hvis adressen hører til en konto, har vi sendt et link til at vælge en ny adgangskode. Linket virker i en time.',
              en: 'If the address belongs to an account, we have sent a link to choose a new password. The link works for an hour.',
            })}
          </Alert>
        ) : null}
        <p>
          {t({
            da: 'Skriv din e-mailadresse, så sender vi et link til at vælge en ny adgangskode.',
            en: 'Enter your e-mail address and we will send a link to choose a new password.',
          })}
        </p>
        <PostForm ctx={ctx} action={paths.accounts.forgotPassword()} errors={errors} submit={t({ da: 'Send link', en: 'Send link' })}>
          <TextInput name="email" type="email" label={t({ da: 'E-mail', en: 'E-mail' })} value={email} error={errors.email} autocomplete="email" required />
        </PostForm>
        <p>
          <a href={paths.accounts.login()}>{t({ da: 'Tilbage til log ind', en: 'Back to log in' })}</a>
        </p>
      </Narrow>
    </Layout>
  );
}

export interface SetPasswordPageProps {
  ctx: PageContext;
  token: string;
  /** False when the link is invalid, expired or used: no form, a way to ask for a new one. */
  valid: boolean;
  errors?: Record<string, string>;
}

/** The page of the one-time link (invitation or reset): choose a password. */
export function SetPasswordPage({ ctx, token, valid, errors = {} }: SetPasswordPageProps) {
  const { t } = ctx;
  const title = t({ da: 'Vælg adgangskode', en: 'Choose a password' });
  return (
    <Layout ctx={ctx} title={title}>
      <Narrow>
        <h1>{title}</h1>
        {valid ? (
          <PostForm ctx={ctx} action={paths.accounts.setPassword()} errors={errors} submit={t({ da: 'Gem adgangskode', en: 'Save password' })}>
            <input type="hidden" name="token" value={token} />
            <TextInput
              name="password"
              type="password"
              label={t({ da: 'Ny adgangskode', en: 'New password' })}
              error={errors.password}
              autocomplete="new-password"
              required
            />
            <TextInput
              name="passwordAgain"
              type="password"
              label={t({ da: 'Gentag adgangskoden', en: 'Repeat the password' })}
              error={errors.passwordAgain}
              autocomplete="new-password"
              required
            />
          </PostForm>
        ) : (
          <Alert variant="error" heading={t({ da: 'Linket virker ikke', en: 'The link does not work' })}>
            {t({
              da: 'Linket er ugyldigt, udløbet eller allerede brugt.',
              en: 'The link is invalid, has expired or has been used.',
            })}{' '}
            <a href={paths.accounts.forgotPassword()}>{t({ da: 'Bed om et nyt link', en: 'Ask for a new link' })}</a>
          </Alert>
        )}
      </Narrow>
    </Layout>
  );
}
