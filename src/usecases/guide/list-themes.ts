import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { guideThemes } from '../../db/schema/guide.js';
import { organisations } from '../../db/schema/organisations.js';
import { can } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { guideOrganisation, type GuideOrganisation } from './guide-organisation.js';
import { organisationSlugSchema } from './schemas.js';

export const listThemesSchema = z.object({ organisationSlug: organisationSlugSchema });

export interface ThemeSummary {
  slug: string;
  title: string;
  problem: string;
}

export interface ThemeList {
  organisation: GuideOrganisation;
  themes: ThemeSummary[];
  /** Whether the viewer may write themes (shows the edit links; never for the anonymous public). */
  mayEdit: boolean;
}

/** The citizens' guide of one organisation: its themes by problem. Public, no login. */
export async function listThemes(db: Db, actor: Actor | null, input: unknown): Promise<ThemeList> {
  const { organisationSlug } = parseInput(listThemesSchema, input);
  const organisation = await guideOrganisation(db, organisationSlug);
  const themes = await db
    .select({ slug: guideThemes.slug, title: guideThemes.title, problem: guideThemes.problem })
    .from(guideThemes)
    .where(eq(guideThemes.organisationId, organisation.id))
    .orderBy(asc(guideThemes.sortOrder), asc(guideThemes.title));
  return { organisation, themes, mayEdit: actor !== null && can(actor, 'guide.edit', organisation.id) };
}

/** The organisations that have a guide (at least one theme), for the guide's front page. */
export async function listGuides(db: Db): Promise<{ slug: string; name: string; themeCount: number }[]> {
  return db
    .select({ slug: organisations.slug, name: organisations.name, themeCount: sql<number>`count(*)::int` })
    .from(guideThemes)
    .innerJoin(organisations, eq(organisations.id, guideThemes.organisationId))
    .groupBy(organisations.slug, organisations.name)
    .orderBy(asc(organisations.name));
}
