import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { isUuid } from '../../domain/ids.js';
import { notFound } from '../../errors.js';
import { rolesIn, type Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { getApplication, type ApplicationView } from './get-application.js';

export const getApplicationByCaseNumberSchema = z.object({
  organisationId: z.string(),
  caseNumber: z.string().trim().min(1, 'Angiv et sagsnummer').max(50),
});

/**
 * An application by its case number ("2026-0007"), which is unique within its organisation: the same
 * view and the same access rules as `getApplication`. Outside the organisation every number is 404
 * (whether it exists or not), so another tenant's case numbers cannot be probed.
 */
export async function getApplicationByCaseNumber(db: Db, actor: Actor, input: unknown): Promise<ApplicationView> {
  const { organisationId, caseNumber } = parseInput(getApplicationByCaseNumberSchema, input);
  if (!isUuid(organisationId) || rolesIn(actor, organisationId).length === 0) throw notFound();
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.organisationId, organisationId), eq(applications.caseNumber, caseNumber)));
  if (!row) throw notFound();
  return getApplication(db, actor, { applicationId: row.id });
}
