import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { catalogueEntries } from '../../db/schema/catalogue.js';
import { guideThemes } from '../../db/schema/guide.js';
import { companyNamesIn } from '../../domain/guide.js';
import { validationFailed, type FieldErrors } from '../../errors.js';
import { assertMayEditGuide } from '../../policies/guide.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { knownCompanies } from './company-names.js';
import { saveThemeSchema, type SaveThemeInput } from './schemas.js';

/**
 * Write a theme of the organisation's citizens' guide (create, or update the one with this slug).
 * Refused, with a message naming it, when any text names a partner company the system knows — the
 * guide describes kinds of technology, never a product or a supplier — and when a linked catalogue
 * entry is not public.
 */
export async function saveTheme(db: Db, actor: Actor, input: unknown): Promise<{ id: string; slug: string }> {
  const data = parseInput(saveThemeSchema, input);
  assertMayEditGuide(actor, data.organisationId);
  return db.transaction(async (tx) => {
    await checkTheme(tx, data);
    return writeTheme(tx, actor, data);
  });
}

/** The checks beyond the schema: no company names, only public entries. */
export async function checkTheme(db: Db, data: SaveThemeInput): Promise<void> {
  const names = (await knownCompanies(db)).map((c) => c.name);
  const errors: FieldErrors = {};
  const check = (field: string, text: string) => {
    const found = companyNamesIn(text, names);
    if (found.length > 0) errors[field] ??= companyMessage(found);
  };
  check('title', data.title);
  check('problem', data.problem);
  data.technologies.forEach((t, i) => {
    check(`technologies.${i}.name`, t.name);
    check(`technologies.${i}.description`, t.description);
  });
  check('whereToTry', data.whereToTry);
  if (data.entryIds.length > 0) {
    const ok = await db
      .select({ id: catalogueEntries.id })
      .from(catalogueEntries)
      .where(and(inArray(catalogueEntries.id, data.entryIds), eq(catalogueEntries.visibility, 'public')));
    const okIds = new Set(ok.map((r) => r.id));
    if (data.entryIds.some((id) => !okIds.has(id))) errors.entryIds = 'Guiden kan kun henvise til offentlige indgange i kataloget';
  }
  if (Object.keys(errors).length > 0)
    throw validationFailed(errors, {
      da: 'Temaet er ikke gemt. Guiden må ikke nævne produkter eller firmaer, og kun henvise til offentlige indgange.',
      en: 'The theme was not saved. The guide may not name products or companies, and may link only public entries.',
    });
}

const companyMessage = (found: string[]) =>
  found.length === 1
    ? `Teksten nævner firmaet «${found[0]}». Beskriv teknologien generelt uden firma- eller produktnavne.`
    : `Teksten nævner firmaerne ${found.map((n) => `«${n}»`).join(', ')}. Beskriv teknologien generelt uden firma- eller produktnavne.`;

/** Insert or update by (organisation, slug), audited. Used by saveTheme and the demo seed (actor null). */
export async function writeTheme(tx: Db, actor: Actor | null, data: SaveThemeInput): Promise<{ id: string; slug: string }> {
  const values = {
    title: data.title,
    problem: data.problem,
    technologies: data.technologies,
    whereToTry: data.whereToTry,
    entryIds: data.entryIds,
    sortOrder: data.sortOrder,
  };
  const [row] = await tx
    .insert(guideThemes)
    .values({ organisationId: data.organisationId, slug: data.slug, ...values })
    .onConflictDoUpdate({ target: [guideThemes.organisationId, guideThemes.slug], set: { ...values, updatedAt: new Date() } })
    .returning({ id: guideThemes.id, slug: guideThemes.slug });
  if (!row) throw new Error('saveTheme: no row');
  await recordAudit(tx, actor, { action: 'guide.themeSaved', objectType: 'guide_theme', objectId: row.id, organisationId: data.organisationId, after: data });
  return row;
}
