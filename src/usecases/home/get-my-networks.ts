import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import { notifications } from '../../db/schema/notifications.js';
import { paths } from '../../paths.js';
import { coordinatedNetworks } from '../../policies/networks.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export const getMyNetworksSchema = z.object({});

/** The notification kind an experience post sends to the entry's publisher (post-experience.ts). */
export const EXPERIENCE_NOTIFICATION_KIND = 'experience.posted';
const POSTS_SHOWN = 5;

export interface CoordinatedMember {
  organisationId: string;
  organisationName: string;
  /** Entries the member shares with the network (or publicly). */
  entries: number;
  /** Joint projects the member leads or is a partner of. */
  jointProjects: number;
  byPhase: { phase: string; count: number }[];
  byCategory: { category: string; count: number }[];
}

export interface MyNetworks {
  /** The networks the actor coordinates: what every member municipality is trying. */
  coordinated: { id: string; name: string; href: string; members: CoordinatedMember[] }[];
  /** Unread experience posts on the actor's own entries (the notifications they were sent). */
  newPosts: { count: number; items: { id: string; title: { da: string; en: string }; href: string; at: Date }[] };
}

const NO_PHASE = 'Ikke angivet';
const NO_CATEGORY = 'Ingen kategori';

function tally(rows: { key: string; n: number }[]): { key: string; n: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.key, (m.get(r.key) ?? 0) + r.n);
  return [...m.entries()].map(([key, n]) => ({ key, n })).sort((a, b) => a.key.localeCompare(b.key, 'da'));
}

/**
 * The front page's network section: for a network coordinator, per member municipality of each
 * network they coordinate, the entries it shares with the network by phase and category and its
 * joint projects (linking to the network overview); for everyone, the unread experience posts on
 * their own entries. Three statements, whatever the number of networks, members or entries.
 */
export async function getMyNetworks(db: Db, actor: Actor, input: unknown = {}): Promise<MyNetworks> {
  parseInput(getMyNetworksSchema, input ?? {});
  const nets = coordinatedNetworks(actor);
  const coordinated: MyNetworks['coordinated'] = [];
  if (nets.length > 0) {
    const ids = sql.join(
      nets.map((n) => sql`${n}::uuid`),
      sql`, `,
    );
    // One row per network, member, phase and category (a member without entries still has a row).
    const rows = rowsOf<{
      network_id: string;
      network_name: string;
      org_id: string;
      org_name: string;
      phase: string | null;
      category: string | null;
      entries: number;
      joint: number;
    }>(
      await db.execute(sql`
        select n.id as network_id, n.name as network_name, o.id as org_id, o.name as org_name,
               nullif(e.phase, '') as phase, c.label_da as category, count(e.id)::int as entries,
               (select count(*) from joint_projects j
                 where j.network_id = n.id
                   and (j.lead_organisation_id = o.id or exists (select 1 from joint_project_partners p where p.joint_project_id = j.id and p.organisation_id = o.id)))::int as joint
        from networks n
        join network_members nm on nm.network_id = n.id
        join organisations o on o.id = nm.organisation_id
        left join catalogue_entries e on e.organisation_id = o.id and e.visibility in ('network', 'public')
        left join technology_categories c on c.id = e.technology_category_id
        where n.id in (${ids})
        group by n.id, n.name, o.id, o.name, nullif(e.phase, ''), c.label_da
        order by n.name, o.name`),
    );
    for (const r of rows) {
      let net = coordinated.find((n) => n.id === r.network_id);
      if (!net) {
        net = { id: r.network_id, name: r.network_name, href: paths.network.overview({ networkId: r.network_id }), members: [] };
        coordinated.push(net);
      }
      let member = net.members.find((m) => m.organisationId === r.org_id);
      if (!member) {
        member = { organisationId: r.org_id, organisationName: r.org_name, entries: 0, jointProjects: Number(r.joint), byPhase: [], byCategory: [] };
        net.members.push(member);
      }
      const n = Number(r.entries);
      if (n === 0) continue;
      member.entries += n;
      member.byPhase = tally([...member.byPhase.map((p) => ({ key: p.phase, n: p.count })), { key: r.phase ?? NO_PHASE, n }]).map((p) => ({
        phase: p.key,
        count: p.n,
      }));
      member.byCategory = tally([...member.byCategory.map((p) => ({ key: p.category, n: p.count })), { key: r.category ?? NO_CATEGORY, n }]).map((p) => ({
        category: p.key,
        count: p.n,
      }));
    }
  }
  const unread = and(eq(notifications.userId, actor.userId), eq(notifications.kind, EXPERIENCE_NOTIFICATION_KIND), isNull(notifications.readAt));
  const posts = await db
    .select({
      id: notifications.id,
      title: notifications.title,
      link: notifications.link,
      at: notifications.createdAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(notifications)
    .where(unread)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(POSTS_SHOWN);
  return {
    coordinated,
    newPosts: {
      count: posts[0]?.total ?? 0,
      items: posts.map((p) => ({ id: p.id, title: p.title, href: p.link ?? paths.notifications.list(), at: p.at })),
    },
  };
}
