import type { Db } from '../../../db/client.js';
import { userTotp } from '../../../db/schema/two-factor.js';
import { AppError } from '../../../errors.js';
import type { Actor } from '../../shared/actor.js';
import { recordAudit } from '../../shared/audit.js';
import { ownTotp, requireLocalAccount } from './load-own-totp.js';
import { groupedSecret, newTotpSecret, otpauthUri } from './totp.js';

export interface TwoFactorEnrolment {
  secret: string;
  groupedSecret: string;
  otpauthUri: string;
}

/** Start (or restart) setting up two-factor: a new secret, active only once a code from the app is confirmed. */
export async function enrolTwoFactor(db: Db, actor: Actor): Promise<TwoFactorEnrolment> {
  await requireLocalAccount(db, actor);
  const existing = await ownTotp(db, actor);
  if (existing?.confirmedAt)
    throw new AppError('CONFLICT', {
      message: {
        da: 'To-faktor er allerede slået til. Slå det fra først for at skifte app.',
        en: 'Two-factor is already on. Turn it off first to change app.',
      },
    });
  const secret = newTotpSecret();
  await db.transaction(async (tx) => {
    await tx
      .insert(userTotp)
      .values({ userId: actor.userId, secret })
      .onConflictDoUpdate({ target: userTotp.userId, set: { secret, createdAt: new Date(), lastUsedStep: null } });
    await recordAudit(tx, actor, { action: 'two_factor.enrolment_started', objectType: 'user', objectId: actor.userId, organisationId: null });
  });
  return { secret, groupedSecret: groupedSecret(secret), otpauthUri: otpauthUri(secret, actor.email) };
}
