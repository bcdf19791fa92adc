import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { catalogueEntries } from '../../db/schema/catalogue.js';
import { guideThemes } from '../../db/schema/guide.js';
import { organisations } from '../../db/schema/organisations.js';
import { notFound } from '../../errors.js';
import { can } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { guideOrganisation, type GuideOrganisation } from './guide-organisation.js';
import { organisationSlugSchema, themeSlugSchema } from './schemas.js';

export const getThemeSchema = z.object({ organisationSlug: organisationSlugSchema, themeSlug: themeSlugSchema });

/** A public catalogue entry as the guide links it: no partner, no money, no contact. */
export interface GuideEntryLink {
  id: string;
  title: string;
  summary: string;
  municipality: string;
}

export interface Theme {
  organisation: GuideOrganisation;
  id: string;
  slug: string;
  title: string;
  problem: string;
  technologies: { name: string; description: string }[];
  whereToTry: string;
  /** The linked entries that are public now (an entry made internal since drops out). */
  entries: GuideEntryLink[];
  /** Every linked id, public or not (the edit form keeps them). */
  entryIds: string[];
  sortOrder: number;
  mayEdit: boolean;
}

/** One theme of an organisation's citizens' guide, with its public catalogue entries. Public, no login. */
export async function getTheme(db: Db, actor: Actor | null, input: unknown): Promise<Theme> {
  const { organisationSlug, themeSlug } = parseInput(getThemeSchema, input);
  const organisation = await guideOrganisation(db, organisationSlug);
  const [theme] = await db
    .select()
    .from(guideThemes)
    .where(and(eq(guideThemes.organisationId, organisation.id), eq(guideThemes.slug, themeSlug)));
  if (!theme) throw notFound();
  return {
    organisation,
    id: theme.id,
    slug: theme.slug,
    title: theme.title,
    problem: theme.problem,
    technologies: theme.technologies,
    whereToTry: theme.whereToTry,
    entries: await publicEntries(db, theme.entryIds),
    entryIds: theme.entryIds,
    sortOrder: theme.sortOrder,
    mayEdit: actor !== null && can(actor, 'guide.edit', organisation.id),
  };
}

/** The public ones of these entries, in the theme's order. */
export async function publicEntries(db: Db, ids: readonly string[]): Promise<GuideEntryLink[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: catalogueEntries.id, title: catalogueEntries.title, summary: catalogueEntries.summary, municipality: organisations.name })
    .from(catalogueEntries)
    .innerJoin(organisations, eq(organisations.id, catalogueEntries.organisationId))
    .where(and(inArray(catalogueEntries.id, [...ids]), eq(catalogueEntries.visibility, 'public')));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
