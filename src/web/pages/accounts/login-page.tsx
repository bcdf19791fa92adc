import type { FieldErrors } from '../../../errors.js';
import { Button, ErrorSummary, TextInput } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { Layout } from '../layout.js';

export interface LoginPageProps {
  ctx: PageContext;
  email?: string;
  back?: string;
  errors?: FieldErrors;
  formError?: string;
}

export function LoginPage({ ctx, email = '', back = '/', errors = {}, formError }: LoginPageProps) {
  const { t } = ctx;
  const summary = Object.entries(errors).map(([field, message]) => ({ field, message }));
  return (
    <Layout ctx={ctx} title={t({ da: 'Log ind', en: 'Log in' })}>
      <div class="row">
        <div class="col-12 col-md-8 col-lg-6">
          <h1>{t({ da: 'Log ind', en: 'Log in' })}</h1>
          <ErrorSummary errors={summary} title={formError ?? t({ da: 'Der er en fejl', en: 'There is a problem' })} />
          <form method="post" action="/login" novalidate>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
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
          </form>
        </div>
      </div>
    </Layout>
  );
}
