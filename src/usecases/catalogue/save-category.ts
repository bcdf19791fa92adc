import { asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { catalogueEntries, technologyCategories } from '../../db/schema/catalogue.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { mayManageCategories } from '../../policies/catalogue.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';

export const saveCategorySchema = z.object({
  /** Left out: a new category. */
  categoryId: z.union([z.literal(''), z.uuid({ error: 'Ukendt kategori' })]).optional(),
  key: z
    .string({ error: 'Angiv en nøgle' })
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { error: 'Nøglen må kun indeholde små bogstaver, tal og bindestreg' })
    .optional(),
  labelDa: z.string({ error: 'Angiv et dansk navn' }).trim().min(1, { error: 'Angiv et dansk navn' }).max(200, { error: 'Højst 200 tegn' }),
  labelEn: z.string().trim().max(200, { error: 'Højst 200 tegn' }).default(''),
  description: z.string().trim().max(2000, { error: 'Højst 2000 tegn' }).default(''),
  sortOrder: z.number({ error: 'Angiv rækkefølgen som et helt tal' }).int({ error: 'Angiv rækkefølgen som et helt tal' }).min(0).max(10_000).optional(),
  /** Retire (true) or bring back (false); a retired category stays on the entries that use it but is not offered for new ones. */
  archived: z.boolean({ error: 'Svar ja eller nej' }).default(false),
});

const slugOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'kategori';

export interface CategoryAdminView {
  id: string;
  key: string;
  labelDa: string;
  labelEn: string;
  description: string;
  sortOrder: number;
  archived: boolean;
  entryCount: number;
}

/** Every category, retired ones too, with how many entries use each (the admin page). */
export async function listAllCategories(db: Db, actor: Actor): Promise<CategoryAdminView[]> {
  if (!mayManageCategories(actor)) throw forbidden();
  const used = await db.select({ id: catalogueEntries.technologyCategoryId, n: count() }).from(catalogueEntries).groupBy(catalogueEntries.technologyCategoryId);
  const counts = new Map(used.map((u) => [u.id, u.n]));
  const rows = await db.select().from(technologyCategories).orderBy(asc(technologyCategories.sortOrder), asc(technologyCategories.labelDa));
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    labelDa: r.labelDa,
    labelEn: r.labelEn,
    description: r.description,
    sortOrder: r.sortOrder,
    archived: r.archived,
    entryCount: counts.get(r.id) ?? 0,
  }));
}

/**
 * Add, rename or retire an installation-wide technology category (installation admins). There is no
 * delete: a category in use stays, retired, so no entry ever loses its category; the key is fixed
 * once made (pool mappings and imports refer to it).
 */
export async function saveCategory(db: Db, actor: Actor, input: unknown): Promise<{ categoryId: string }> {
  const data = parseInput(saveCategorySchema, input);
  if (!mayManageCategories(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    if (data.categoryId) {
      const [before] = await tx.select().from(technologyCategories).where(eq(technologyCategories.id, data.categoryId)).for('update');
      if (!before) throw notFound();
      await tx
        .update(technologyCategories)
        .set({
          labelDa: data.labelDa,
          labelEn: data.labelEn || data.labelDa,
          description: data.description,
          sortOrder: data.sortOrder ?? before.sortOrder,
          archived: data.archived,
          updatedAt: new Date(),
        })
        .where(eq(technologyCategories.id, before.id));
      await recordAudit(tx, actor, {
        action: before.archived === data.archived ? 'catalogue.category_renamed' : data.archived ? 'catalogue.category_retired' : 'catalogue.category_restored',
        objectType: 'technology_category',
        objectId: before.id,
        organisationId: null,
        before: { labelDa: before.labelDa, archived: before.archived },
        after: { labelDa: data.labelDa, archived: data.archived },
      });
      return { categoryId: before.id };
    }
    const key = data.key ?? slugOf(data.labelDa);
    const [row] = await tx
      .insert(technologyCategories)
      .values({
        key,
        labelDa: data.labelDa,
        labelEn: data.labelEn || data.labelDa,
        description: data.description,
        sortOrder: data.sortOrder ?? 500,
        archived: data.archived,
      })
      .onConflictDoNothing()
      .returning({ id: technologyCategories.id });
    if (!row) throw new AppError('ALREADY_EXISTS', { fields: { key: `Der findes allerede en kategori med nøglen "${key}"` } });
    await recordAudit(tx, actor, {
      action: 'catalogue.category_added',
      objectType: 'technology_category',
      objectId: row.id,
      organisationId: null,
      after: { key, labelDa: data.labelDa },
    });
    return { categoryId: row.id };
  });
}
