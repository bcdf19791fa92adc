import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { totpRecoveryCodes, userTotp } from '../../../db/schema/two-factor.js';
import { AppError } from '../../../errors.js';
import type { Actor } from '../../shared/actor.js';
import { recordAudit } from '../../shared/audit.js';
import { parseInput } from '../../shared/validate.js';
import { ownTotp } from './load-own-totp.js';
import { twoFactorCodeSchema } from './schemas.js';
import { requireSecondFactor } from './second-factor.js';

/** Turn two-factor off, proved by a current code or a recovery code (a stolen session alone cannot). */
export async function disableTwoFactor(db: Db, actor: Actor, input: unknown, ctx: { now?: Date } = {}): Promise<void> {
  const { code } = parseInput(twoFactorCodeSchema, input);
  const now = ctx.now ?? new Date();
  const totp = await ownTotp(db, actor);
  if (!totp?.confirmedAt) throw new AppError('CONFLICT', { message: { da: 'To-faktor er ikke slået til.', en: 'Two-factor is not on.' } });
  await requireSecondFactor(db, actor.userId, code, now);
  await db.transaction(async (tx) => {
    await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, actor.userId));
    await tx.delete(userTotp).where(eq(userTotp.userId, actor.userId));
    await recordAudit(tx, actor, { action: 'two_factor.disabled', objectType: 'user', objectId: actor.userId, organisationId: null });
  });
}
