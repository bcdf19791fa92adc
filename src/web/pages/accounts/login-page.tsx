import { Button, ButtonLink, TextInput } from '../../components/index.js';
import type { LoginChoice } from '../../../usecases/identity/list-login-choices.js';
import { PostForm } from '../../form-kit/index.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';

export interface LoginPageProps {
  ctx: PageContext;
  email?: string;
  back?: string;
  /** Errors by field name. */
  errors?: Record<string, string>;
  formError?: string;
  /** "Log ind med <organisation>": one per enabled identity provider. */
  choices?: LoginChoice[];
}

export function LoginPage({ ctx, email = '', back = paths.home(), errors = {}, formError, choices = [] }: LoginPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Log ind', en: 'Log in' })}>
      <div class="row">
        <div class="col-12 col-md-8 col-lg-6">
          <h1>{t({ da: 'Log ind', en: 'Log in' })}</h1>
          <ProviderChoices ctx={ctx} choices={choices} back={back} />
          <PostForm ctx={ctx} action={paths.accounts.login()} errors={errors} summaryTitle={formError ?? t({ da: 'Der er en fejl', en: 'There is a problem' })}>
            <input type="hidden" name="tilbage" value={back} />
            <TextInput
              name="email"
              type="email"
              label={t({ da: 'E-mail', en: 'E-mail' })}
              value={email}
              error={errors.email}
              autocomplete="username"
              required
            />
            <TextInput
              name="password"
              type="password"
              label={t({ da: 'Adgangskode', en: 'Password' })}
              error={errors.password}
              autocomplete="current-password"
              required
            />
            <Button type="submit" variant="primary">
              {t({ da: 'Log ind', en: 'Log in' })}
            </Button>
          </PostForm>
          <p>
            <a href={paths.accounts.forgotPassword()}>{t({ da: 'Glemt adgangskode?', en: 'Forgot password?' })}</a>
          </p>
        </div>
      </div>
    </Layout>
  );
}

/** Staff of an organisation with its own identity provider log in there; the password form stays for everyone else. */
function ProviderChoices({ ctx, choices, back }: { ctx: PageContext; choices: LoginChoice[]; back: string }) {
  const { t } = ctx;
  if (choices.length === 0) return null;
  const perOrganisation = new Map<string, number>();
  for (const c of choices) perOrganisation.set(c.organisationName, (perOrganisation.get(c.organisationName) ?? 0) + 1);
  const query = back === paths.home() ? undefined : { tilbage: back };
  return (
    <section aria-labelledby="login-sso-heading">
      <h2 id="login-sso-heading" class="h3">
        {t({ da: 'Medarbejder i en organisation', en: 'Staff of an organisation' })}
      </h2>
      <ul class="nobullet-list">
        {choices.map((c) => (
          <li class="mb-4">
            <ButtonLink href={paths.sso.start({ providerId: c.providerId }, query)} variant="secondary">
              {t({ da: `Log ind med ${c.organisationName}`, en: `Log in with ${c.organisationName}` })}
              {(perOrganisation.get(c.organisationName) ?? 0) > 1 ? ` (${c.displayName})` : ''}
            </ButtonLink>
          </li>
        ))}
      </ul>
      <h2 class="h3">{t({ da: 'Log ind med e-mail og adgangskode', en: 'Log in with e-mail and password' })}</h2>
    </section>
  );
}
