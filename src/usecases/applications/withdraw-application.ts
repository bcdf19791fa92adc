import type { Db } from '../../db/client.js';
import { AppError, forbidden } from '../../errors.js';
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
    if (!access.isApplicant) throw forbidden();
    if (!access.isLead)
      throw new AppError('FORBIDDEN', {
        message: { da: 'Kun den ansvarlige ansøger kan trække ansøgningen tilbage.', en: 'Only the lead applicant can withdraw the application.' },
      });
    const r = await applyTransition(tx, actor, { applicationId: application.id, action: 'withdraw', roles: access.roles, details: reason ? { reason } : {} });
    return { id: application.id, state: r.to };
  });
}
