import { Alert } from '../../components/index.js';
import type { Message } from '../../../errors.js';
import type { PageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { Layout } from '../layout.js';

/** A refused callback (tampered, replayed or expired) or a provider that did not answer: say so in Danish, offer a fresh start. */
export function LoginRefusedPage({ ctx, message }: { ctx: PageContext; message: Message }) {
  const { t } = ctx;
  const title = t({ da: 'Log ind mislykkedes', en: 'Login failed' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <Alert variant="error">{t(message)}</Alert>
      <p>
        <a href={paths.accounts.login()}>{t({ da: 'Gå til log ind', en: 'Go to log in' })}</a>
      </p>
    </Layout>
  );
}
