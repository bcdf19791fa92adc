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
import { RECOVERY_CODE_COUNT, newRecoveryCode, recoveryCodeHash } from './totp.js';

/**
 * The first code from the app turns two-factor on; the answer carries 10 recovery codes, shown this
 * once (only their hashes are kept). A wrong code is counted like a wrong password.
 */
export async function confirmTwoFactor(db: Db, actor: Actor, input: unknown, ctx: { now?: Date } = {}): Promise<{ recoveryCodes: string[] }> {
  const { code } = parseInput(twoFactorCodeSchema, input);
  const now = ctx.now ?? new Date();
  const totp = await ownTotp(db, actor);
  if (!totp || totp.confirmedAt)
    throw new AppError('CONFLICT', {
      message: { da: 'Start opsætningen af to-faktor først.', en: 'Start setting up two-factor first.' },
    });
  if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) throw new AppError('VALIDATION_FAILED', { fields: { code: 'Skriv de 6 cifre fra appen' } });
  await requireSecondFactor(db, actor.userId, code, now);
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction(async (tx) => {
    await tx.update(userTotp).set({ confirmedAt: now }).where(eq(userTotp.userId, actor.userId));
    await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, actor.userId));
    await tx.insert(totpRecoveryCodes).values(recoveryCodes.map((c) => ({ userId: actor.userId, codeHash: recoveryCodeHash(c) })));
    await recordAudit(tx, actor, { action: 'two_factor.enabled', objectType: 'user', objectId: actor.userId, organisationId: null });
  });
  return { recoveryCodes };
}
