import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import { loadNetworkAccess } from '../../policies/network-platform.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export const networkIdSchema = z.object({ networkId: z.string().trim().min(1) });

export interface NetworkOverview {
  network: { id: string; name: string; description: string };
  isCoordinator: boolean;
  /** Per member municipality: the entries it shares with the network (or publicly), with phase and category. */
  members: {
    organisationId: string;
    organisationName: string;
    entries: { id: string; title: string; phase: string; categoryLabel: string | null; adoptions: number; posts: number }[];
  }[];
  /** Entries by phase and by category across the members (counts). */
  byPhase: { phase: string; count: number }[];
  byCategory: { category: string; count: number }[];
  jointProjects: { id: string; title: string; leadOrganisationName: string; partners: string[]; catalogueEntryId: string | null }[];
}

/**
 * The coordinator's front page of a network (members read it too): what every member municipality
 * is trying — the entries they share beyond themselves — by phase and category, and the joint projects.
 */
export async function getNetworkOverview(db: Db, actor: Actor, input: unknown): Promise<NetworkOverview> {
  const { networkId } = parseInput(networkIdSchema, input);
  const access = await loadNetworkAccess(db, actor, networkId);
  const entries = rowsOf<{
    id: string;
    title: string;
    phase: string;
    category: string | null;
    org_id: string;
    org_name: string;
    adoptions: number;
    posts: number;
  }>(
    await db.execute(sql`
      select e.id, e.title, e.phase, c.label_da as category, o.id as org_id, o.name as org_name,
             (select count(*) from catalogue_adoptions a where a.entry_id = e.id)::int as adoptions,
             (select count(*) from experience_posts p where p.entry_id = e.id)::int as posts
      from catalogue_entries e
      join network_members nm on nm.organisation_id = e.organisation_id and nm.network_id = ${networkId}::uuid
      join organisations o on o.id = e.organisation_id
      left join technology_categories c on c.id = e.technology_category_id
      where e.visibility in ('network', 'public')
      order by o.name, e.title, e.id`),
  );
  const orgs = rowsOf<{ id: string; name: string }>(
    await db.execute(
      sql`select o.id, o.name from organisations o join network_members nm on nm.organisation_id = o.id where nm.network_id = ${networkId}::uuid order by o.name`,
    ),
  );
  const joint = rowsOf<{ id: string; title: string; lead: string; entry_id: string | null; partners: string | null }>(
    await db.execute(sql`
      select j.id, j.title, o.name as lead, j.catalogue_entry_id as entry_id,
             (select string_agg(po.name, ', ' order by po.name) from joint_project_partners p join organisations po on po.id = p.organisation_id where p.joint_project_id = j.id) as partners
      from joint_projects j join organisations o on o.id = j.lead_organisation_id
      where j.network_id = ${networkId}::uuid order by j.title`),
  );
  const count = (key: (e: (typeof entries)[number]) => string) => {
    const m = new Map<string, number>();
    for (const e of entries) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0], 'da'));
  };
  return {
    network: { id: access.network.id, name: access.network.name, description: access.network.description },
    isCoordinator: access.isCoordinator,
    members: orgs.map((o) => ({
      organisationId: o.id,
      organisationName: o.name,
      entries: entries
        .filter((e) => e.org_id === o.id)
        .map((e) => ({ id: e.id, title: e.title, phase: e.phase, categoryLabel: e.category, adoptions: Number(e.adoptions), posts: Number(e.posts) })),
    })),
    byPhase: count((e) => e.phase || 'Ikke angivet').map(([phase, n]) => ({ phase, count: n })),
    byCategory: count((e) => e.category ?? 'Ingen kategori').map(([category, n]) => ({ category, count: n })),
    jointProjects: joint.map((j) => ({
      id: j.id,
      title: j.title,
      leadOrganisationName: j.lead,
      partners: j.partners ? j.partners.split(', ') : [],
      catalogueEntryId: j.entry_id,
    })),
  };
}
