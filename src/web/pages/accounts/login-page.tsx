import { Button, TextInput } from '../../components/index.js';
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
}

export function LoginPage({ ctx, email = '', back = paths.home(), errors = {}, formError }: LoginPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Log ind', en: 'Log in' })}>
      <div class="row">
        <div class="col-12 col-md-8 col-lg-6">
          <h1>{t({ da: 'Log ind', en: 'Log in' })}</h1>
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
