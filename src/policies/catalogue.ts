import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { networkMembers } from '../db/schema/organisations.js';
import type { EntryVisibility } from '../domain/catalogue.js';
import type { Actor } from '../usecases/shared/actor.js';
import { organisationIds } from '../usecases/shared/actor.js';
import { can, canAnywhere } from './authorize.js';

/**
 * Who may see a catalogue entry. The owning organisation's members always; members of any network
 * the owner belongs to (and that network's coordinators) when the entry is shared with the
 * network; everyone, logged in or not, when it is public. Partner companies are shown only to the
 * first two — never on a public page.
 */
export interface CatalogueViewer {
  /** Organisations the viewer has a role in (empty for an anonymous visitor). */
  organisationIds: string[];
  /** Networks the viewer reaches: those their organisations are members of, and those they coordinate. */
  networkIds: string[];
}

export const anonymousViewer: CatalogueViewer = { organisationIds: [], networkIds: [] };

/** The viewer of a request; `null` actor is the anonymous public. */
export async function loadCatalogueViewer(db: Db, actor: Actor | null): Promise<CatalogueViewer> {
  if (actor === null) return anonymousViewer;
  const orgIds = organisationIds(actor);
  const coordinated = actor.networkMemberships.map((m) => m.networkId);
  if (orgIds.length === 0) return { organisationIds: [], networkIds: [...new Set(coordinated)] };
  const rows = await db.selectDistinct({ networkId: networkMembers.networkId }).from(networkMembers).where(inArray(networkMembers.organisationId, orgIds));
  return { organisationIds: orgIds, networkIds: [...new Set([...rows.map((r) => r.networkId), ...coordinated])] };
}

/** An entry as the visibility rule needs it, with the networks its organisation is a member of. */
export interface EntryAccessFacts {
  organisationId: string;
  visibility: EntryVisibility;
  ownerNetworkIds: readonly string[];
}

export function mayViewEntry(viewer: CatalogueViewer, entry: EntryAccessFacts): boolean {
  if (entry.visibility === 'public') return true;
  if (viewer.organisationIds.includes(entry.organisationId)) return true;
  return entry.visibility === 'network' && entry.ownerNetworkIds.some((n) => viewer.networkIds.includes(n));
}

/** Whether the viewer may see partner company names on the entry (never the anonymous public). */
export function maySeePartners(viewer: CatalogueViewer, entry: EntryAccessFacts): boolean {
  if (viewer.organisationIds.includes(entry.organisationId)) return true;
  return entry.visibility !== 'organisation' && entry.ownerNetworkIds.some((n) => viewer.networkIds.includes(n));
}

/**
 * The same rule as SQL over a table aliased with `organisation_id` and `visibility` columns
 * (`alias` e.g. `catalogue_entries`), for list, search and similarity queries.
 */
export function visibleEntrySql(viewer: CatalogueViewer, alias: string): SQL {
  const a = sql.raw(alias);
  const orgs =
    viewer.organisationIds.length > 0
      ? sql`${a}.organisation_id in (${sql.join(
          viewer.organisationIds.map((o) => sql`${o}::uuid`),
          sql`, `,
        )})`
      : sql`false`;
  const nets =
    viewer.networkIds.length > 0
      ? sql`(${a}.visibility = 'network' and exists (select 1 from network_members nm where nm.organisation_id = ${a}.organisation_id and nm.network_id in (${sql.join(
          viewer.networkIds.map((n) => sql`${n}::uuid`),
          sql`, `,
        )})))`
      : sql`false`;
  return sql`(${a}.visibility = 'public' or ${orgs} or ${nets})`;
}

/**
 * Publishing from a project and editing an entry: the owning organisation's secretariat (or admin),
 * or the lead applicant of the project the entry comes from.
 */
export function mayPublishEntry(actor: Actor, entry: { organisationId: string }, opts: { isProjectLead: boolean }): boolean {
  return opts.isProjectLead || can(actor, 'catalogue.publish', entry.organisationId);
}

/**
 * The installation-wide vocabulary has no owning organisation, so "installation admin" is an admin
 * of any organisation: every municipality's admin may edit the shared list (changes are audited).
 */
export const mayManageCategories = (actor: Actor): boolean => canAnywhere(actor, 'catalogue.manageCategories');
