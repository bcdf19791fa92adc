import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships } from '../../db/schema/accounts.js';
import { departments, organisations } from '../../db/schema/organisations.js';

/**
 * Every organisation of the installation, for its operator (the CLI). Not exposed over HTTP:
 * a user only ever lists their own organisations (listOrganisations).
 */
export async function listAllOrganisations(db: Db) {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      municipalityCode: organisations.municipalityCode,
      // Qualified by hand: drizzle renders columns unqualified in a one-table select.
      departments: sql<number>`(select count(*)::int from ${departments} d where d.organisation_id = organisations.id)`.mapWith(Number),
      members: sql<number>`(select count(distinct m.user_id)::int from ${memberships} m where m.organisation_id = organisations.id)`.mapWith(Number),
    })
    .from(organisations)
    .orderBy(asc(organisations.slug));
}
