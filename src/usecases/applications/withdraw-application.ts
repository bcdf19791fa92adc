import type { Db } from '../../db/client.js';
import { assertLeadApplicant, ONLY_LEAD_WITHDRAWS } from '../../policies/applications.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { applyTransition } from './apply-transition.js';
import { loadApplicationFor } from './load-application-for.js';
import { withdrawApplicationSchema } from './schemas.js';

/** The lead applicant withdraws the application (from draft up to recommended, as the workflow allows). */
export async function withdrawApplication(db: Db, actor: Actor, input: unknown): Promise<{ id: string; state: string }> {
  const { applicationId, reason } = parseInput(withdrawApplicationSchema, input);
  return db.transaction(async (tx) => {
    const { application, access } = await loadApplicationFor(tx, actor, applicationId, { forUpdate: true });
    assertLeadApplicant(access, ONLY_LEAD_WITHDRAWS);
    const r = await applyTransition(tx, actor, { applicationId: application.id, action: 'withdraw', roles: access.roles, details: reason ? { reason } : {} });
    return { id: application.id, state: r.to };
  });
}
