import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { projectClosures, projectHandovers } from '../../db/schema/project-outcomes.js';
import { assertMayHandOver } from '../../policies/project-outcomes.js';
import { applyTransition } from '../applications/apply-transition.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { enqueueCaseEvent } from '../webhooks/enqueue.js';
import { parseInput } from '../shared/validate.js';
import { loadOutcomeProject } from './outcome-project.js';
import { returnUnspent, type ReturnedMoney } from './outcome-return-unspent.js';
import { projectWorkflowRolesWith } from '../../policies/projects.js';

export const closeProjectSchema = z.object({
  applicationId: z.string(),
  reason: z.string({ error: 'Skriv en kort begrundelse' }).trim().min(1, { error: 'Skriv en kort begrundelse' }).max(2000, { error: 'Højst 2000 tegn' }),
});

/**
 * Closes a project (the secretariat): a stopped one, or one in operation / scaled up once its handover
 * is recorded (the workflow's guard). Whatever is still committed and not paid out goes back to the
 * line and year it came from through the ledger (`return` entries, audited), in the same transaction.
 */
export async function closeProject(db: Db, actor: Actor, input: unknown): Promise<{ returned: ReturnedMoney }> {
  const data = parseInput(closeProjectSchema, input);
  return db.transaction(async (tx) => {
    const project = await loadOutcomeProject(tx, actor, data.applicationId, { forUpdate: true });
    const { application } = project;
    assertMayHandOver(actor, application);
    const [handover] = await tx.select({ id: projectHandovers.id }).from(projectHandovers).where(eq(projectHandovers.applicationId, application.id));
    await applyTransition(tx, actor, {
      applicationId: application.id,
      action: 'close_project',
      roles: projectWorkflowRolesWith(actor, application, project.settings),
      ctx: { hasHandover: handover !== undefined },
      details: { reason: data.reason },
    });
    const returned = await returnUnspent(tx, actor, application, {
      reference: `Afslutning af ${application.caseNumber}`,
      reason: `Ubrugte midler tilbage til puljen ved afslutning: ${data.reason}`.slice(0, 2000),
    });
    await tx.insert(projectClosures).values({
      applicationId: application.id,
      reason: data.reason,
      returnedOere: returned.returnedOere,
      ledgerEntryIds: returned.entryIds,
      closedByUserId: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'project.closed',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { reason: data.reason, returnedOere: returned.returnedOere, entryIds: returned.entryIds },
    });
    await enqueueCaseEvent(tx, {
      event: 'closed',
      applicationId: application.id,
      document: { kind: 'closure', title: 'Afslutning', body: { reason: data.reason, returnedOere: returned.returnedOere } },
    });
    return { returned };
  });
}
