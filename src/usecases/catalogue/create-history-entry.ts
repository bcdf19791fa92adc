import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { catalogueEntries } from '../../db/schema/catalogue.js';
import { AppError } from '../../errors.js';
import { authorize, can } from '../../policies/authorize.js';
import { organisationIds, type Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { entryColumns, entryFieldsShape, historyMoneyShape } from './entry-fields.js';

export const createHistoryEntrySchema = z.object({
  /** Left out: the actor's organisation where they may publish (the first, when several). */
  organisationId: z.string().optional(),
  ...entryFieldsShape,
  ...historyMoneyShape,
});

/** The organisation a history entry is written for: the one given, else the actor's first where they may publish. */
export function historyOrganisationOf(actor: Actor, given?: string): string {
  const orgId = given || organisationIds(actor).find((o) => can(actor, 'catalogue.publish', o));
  if (!orgId) throw new AppError('FORBIDDEN');
  return orgId;
}

/**
 * An entry for an older project that never ran through the system (source `history`), owned by
 * the actor's organisation, every field typed in (money in øre; the form parses kroner).
 */
export async function createHistoryEntry(db: Db, actor: Actor, input: unknown): Promise<{ catalogueEntryId: string }> {
  const { organisationId: given, spentOere, budgetOere, ...fields } = parseInput(createHistoryEntrySchema, input);
  const organisationId = historyOrganisationOf(actor, given);
  authorize(actor, 'catalogue.publish', organisationId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(catalogueEntries)
      .values({
        ...entryColumns(fields),
        organisationId,
        source: 'history',
        spentOere: spentOere ?? null,
        budgetOere: budgetOere ?? null,
        publishedByUserId: actor.userId,
      })
      .returning({ id: catalogueEntries.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'catalogue.history_created',
      objectType: 'catalogue_entry',
      objectId: row.id,
      organisationId,
      after: { title: fields.title, visibility: fields.visibility },
    });
    return { catalogueEntryId: row.id };
  });
}
