import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { catalogueEntries } from '../../db/schema/catalogue.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadEditableEntry } from './editable-entry.js';
import { entryColumns, entryFieldsShape, historyMoneyShape } from './entry-fields.js';

export const updateCatalogueEntrySchema = z.object({ catalogueEntryId: z.string({ error: 'Angiv indgangen' }), ...entryFieldsShape, ...historyMoneyShape });

/**
 * Edit an entry's editorial fields (all of them are sent, as the form does). The money is editable
 * only on an entry typed in or imported: a project's entry takes it from the project. The audit
 * event records the visibility before and after, so who widened or narrowed it can be found.
 */
export async function updateCatalogueEntry(db: Db, actor: Actor, input: unknown): Promise<{ catalogueEntryId: string }> {
  const { catalogueEntryId, spentOere, budgetOere, ...fields } = parseInput(updateCatalogueEntrySchema, input);
  return db.transaction(async (tx) => {
    const entry = await loadEditableEntry(tx, actor, catalogueEntryId, { forUpdate: true });
    const money = entry.source === 'project' ? {} : { spentOere: spentOere ?? null, budgetOere: budgetOere ?? null };
    await tx
      .update(catalogueEntries)
      .set({ ...entryColumns(fields), ...money, updatedAt: new Date() })
      .where(eq(catalogueEntries.id, entry.id));
    await recordAudit(tx, actor, {
      action: entry.visibility === fields.visibility ? 'catalogue.updated' : 'catalogue.visibility_changed',
      objectType: 'catalogue_entry',
      objectId: entry.id,
      organisationId: entry.organisationId,
      before: { title: entry.title, visibility: entry.visibility },
      after: { title: fields.title, visibility: fields.visibility },
    });
    return { catalogueEntryId: entry.id };
  });
}
