import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/organisations.js';
import { notFound } from '../../errors.js';

export interface GuideOrganisation {
  id: string;
  slug: string;
  name: string;
}

/** The organisation whose guide is asked for, by its URL name; an unknown one is 404. */
export async function guideOrganisation(db: Db, slug: string): Promise<GuideOrganisation> {
  const [org] = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  if (!org) throw notFound();
  return org;
}
