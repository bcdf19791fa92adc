import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { catalogueEntries } from '../../db/schema/catalogue.js';
import { recordAudit } from '../shared/audit.js';
import { projectFacts } from './project-facts.js';

/**
 * Keep a published entry's measured fields in step with its project: effects per result goal,
 * money, phase, the evaluation's recommendation (or the later outcome decision), and the lessons
 * when the entry has none yet. Called inside the transaction of the change (a report accepted, an
 * evaluation or outcome recorded), so the entry never disagrees with the project. A project that is
 * not in the catalogue: nothing happens.
 */
export async function refreshEntryFromProject(tx: Db, applicationId: string): Promise<void> {
  const [entry] = await tx
    .select({
      id: catalogueEntries.id,
      organisationId: catalogueEntries.organisationId,
      lessons: catalogueEntries.lessons,
      evaluationSummary: catalogueEntries.evaluationSummary,
    })
    .from(catalogueEntries)
    .where(eq(catalogueEntries.applicationId, applicationId));
  if (!entry) return;
  const facts = await projectFacts(tx, applicationId);
  if (!facts) return;
  const m = facts.measured;
  await tx
    .update(catalogueEntries)
    .set({
      effects: m.effects,
      spentOere: m.spentOere,
      budgetOere: m.budgetOere,
      businessCaseNetOere: m.businessCaseNetOere,
      phase: m.phase,
      evaluationOutcome: m.evaluationOutcome,
      evaluationSummary: m.evaluationSummary || entry.evaluationSummary,
      lessons: entry.lessons.trim() === '' ? m.lessons : entry.lessons,
      updatedAt: new Date(),
    })
    .where(eq(catalogueEntries.id, entry.id));
  await recordAudit(tx, null, {
    action: 'catalogue.refreshed',
    objectType: 'catalogue_entry',
    objectId: entry.id,
    organisationId: entry.organisationId,
    after: { applicationId, phase: m.phase, evaluationOutcome: m.evaluationOutcome, effects: m.effects.length },
  });
}
