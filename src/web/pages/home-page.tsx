import type { MyWork } from '../../usecases/home/get-my-work.js';
import type { PageContext } from '../page-context.js';
import type { MyNetworks } from '../../usecases/home/get-my-networks.js';
import { MyNetworksSection } from './home-networks.js';
import { MyWorkSections } from './home-work.js';
import { Layout } from './layout.js';

export interface HomeLink {
  href: string;
  title: string;
  text: string;
}

/** The start page after login: what needs this person now (per role they hold), then what they can do. */
export function HomePage({ ctx, links, work, networks }: { ctx: PageContext; links: HomeLink[]; work: MyWork; networks?: MyNetworks }) {
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
      <MyWorkSections ctx={ctx} work={work} />
      {networks ? <MyNetworksSection ctx={ctx} networks={networks} /> : null}
      <h2>{t({ da: 'Genveje', en: 'Shortcuts' })}</h2>
      <ul class="nobullet-list">
        {links.map((l) => (
          <li>
            <h3 class="h4">
              <a href={l.href}>{l.title}</a>
            </h3>
            <p>{l.text}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
