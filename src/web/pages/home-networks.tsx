import { formatDateTime } from '../../domain/dates.js';
import type { MyNetworks } from '../../usecases/home/get-my-networks.js';
import { Table } from '../components/index.js';
import type { PageContext } from '../page-context.js';
import { paths } from '../../paths.js';

const counts = (list: { label: string; count: number }[]) => list.map((x) => `${x.label} (${x.count})`).join(', ') || '–';

/**
 * The front page's network part: for a coordinator, what every member municipality of their
 * networks is trying (shared entries by phase and category, joint projects), linking to the overview;
 * for an entry's owner, the unread experience posts on their entries.
 */
export function MyNetworksSection({ ctx, networks }: { ctx: PageContext; networks: MyNetworks }) {
  const { t } = ctx;
  return (
    <>
      {networks.coordinated.map((n) => (
        <section class="mb-6" aria-labelledby={`network-${n.id}`} data-network-front={n.id}>
          <h2 id={`network-${n.id}`}>{t({ da: `Det afprøver kommunerne i ${n.name}`, en: `What the municipalities in ${n.name} are trying` })}</h2>
          <Table
            caption={t({
              da: 'Projekter delt med netværket pr. medlemskommune, efter fase og kategori',
              en: 'Projects shared with the network per member municipality, by phase and category',
            })}
            columns={[
              { label: t({ da: 'Kommune', en: 'Municipality' }), rowHeader: true },
              { label: t({ da: 'Delte projekter', en: 'Shared projects' }), numeric: true },
              { label: t({ da: 'Fælles projekter', en: 'Joint projects' }), numeric: true },
              { label: t({ da: 'Faser', en: 'Phases' }) },
              { label: t({ da: 'Kategorier', en: 'Categories' }) },
            ]}
            rows={n.members.map((m) => [
              m.organisationName,
              String(m.entries),
              String(m.jointProjects),
              counts(m.byPhase.map((p) => ({ label: p.phase, count: p.count }))),
              counts(m.byCategory.map((c) => ({ label: c.category, count: c.count }))),
            ])}
          />
          <p>
            <a href={n.href}>{t({ da: `Se netværksoversigten for ${n.name}`, en: `See the network overview of ${n.name}` })}</a>
          </p>
        </section>
      ))}
      {networks.newPosts.count > 0 ? (
        <section class="mb-6" aria-labelledby="network-new-posts">
          <h2 id="network-new-posts">
            {t({ da: 'Nye indlæg om jeres projekter', en: 'New posts on your projects' })} <span class="badge badge-large">{networks.newPosts.count}</span>
          </h2>
          <ul>
            {networks.newPosts.items.map((p) => (
              <li>
                <a href={p.href}>{t(p.title)}</a> <span class="text-small">{formatDateTime(p.at, ctx.locale)}</span>
              </li>
            ))}
          </ul>
          <p>
            <a href={paths.notifications.list()}>{t({ da: 'Alle notifikationer', en: 'All notifications' })}</a>
          </p>
        </section>
      ) : null}
    </>
  );
}
