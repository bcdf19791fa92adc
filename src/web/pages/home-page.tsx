import type { PageContext } from '../page-context.js';
import { Layout } from './layout.js';

export interface HomeLink {
  href: string;
  title: string;
  text: string;
}

/** The start page after login: what this person can do, by role. */
export function HomePage({ ctx, links }: { ctx: PageContext; links: HomeLink[] }) {
  const { t, actor } = ctx;
  return (
    <Layout ctx={ctx} title={t({ da: 'Forside', en: 'Home' })}>
      <h1>{t({ da: `Velkommen, ${actor?.name ?? ''}`, en: `Welcome, ${actor?.name ?? ''}` })}</h1>
      <p class="font-lead">
        {t({
          da: 'Her søger, vurderer og følger I projekter i kommunens velfærdsteknologipuljer.',
          en: 'Apply for, assess and follow projects in the welfare technology pools.',
        })}
      </p>
      <ul class="nobullet-list">
        {links.map((l) => (
          <li>
            <h2 class="h3">
              <a href={l.href}>{l.title}</a>
            </h2>
            <p>{l.text}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
