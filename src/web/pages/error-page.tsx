import type { Message } from '../../errors.js';
import type { PageContext } from '../page-context.js';
import { paths } from '../../paths.js';
import { Layout } from './layout.js';

export function ErrorPage({ ctx, code, message }: { ctx: PageContext; code: string; message: Message }) {
  const title =
    code === 'NOT_FOUND'
      ? ctx.t({ da: 'Siden findes ikke', en: 'Page not found' })
      : ctx.t({ da: 'Det kunne ikke lade sig gøre', en: 'That could not be done' });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{ctx.t(message)}</p>
      <p>
        <a href={paths.home()}>{ctx.t({ da: 'Gå til forsiden', en: 'Go to the home page' })}</a>
      </p>
    </Layout>
  );
}
