import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { projectClosures, projectHandovers } from '../../db/schema/project-outcomes.js';
import { formatDate } from '../../domain/dates.js';
import { AppError } from '../../errors.js';

/**
 * Vejle's rule, on the ledger: once a project is handed over to operation (or closed), the pool pays
 * nothing more for it — no new commitment, no payout. The owner unit's operating budget pays. Called
 * with one line from the ledger's commit and payout paths, inside their transaction. Returns are
 * still possible (closing returns unspent money).
 */
export async function refuseAfterHandover(tx: Db, applicationId: string): Promise<void> {
  const [handover] = await tx
    .select({ goLiveDate: projectHandovers.goLiveDate, operatingBudget: projectHandovers.operatingBudget })
    .from(projectHandovers)
    .where(eq(projectHandovers.applicationId, applicationId));
  if (handover) {
    throw new AppError('TRANSITION_NOT_ALLOWED', {
      message: {
        da: `Projektet er overdraget til drift (i drift fra ${formatDate(handover.goLiveDate)}). Driften betales af ${handover.operatingBudget}; der kan ikke bevilges eller udbetales flere penge fra puljen.`,
        en: `The project has been handed over to operation (live from ${formatDate(handover.goLiveDate, 'en')}). Its operation is paid by ${handover.operatingBudget}; no more money can be committed or paid out from the pool.`,
      },
    });
  }
  const [closure] = await tx.select({ id: projectClosures.id }).from(projectClosures).where(eq(projectClosures.applicationId, applicationId));
  if (closure) {
    throw new AppError('TRANSITION_NOT_ALLOWED', {
      message: {
        da: 'Projektet er afsluttet; der kan ikke bevilges eller udbetales flere penge fra puljen.',
        en: 'The project is closed; no more money can be committed or paid out from the pool.',
      },
    });
  }
}
