import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { users } from '../../../db/schema/accounts.js';
import { userTotp } from '../../../db/schema/two-factor.js';
import { AppError } from '../../../errors.js';
import type { Actor } from '../../shared/actor.js';

/** Two-factor is for local accounts: a user who logs in through the municipality's provider has theirs there. */
export async function requireLocalAccount(db: Db, actor: Actor): Promise<void> {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!user?.passwordHash)
    throw new AppError('CONFLICT', {
      message: {
        da: 'Din konto logger ind via din organisations login-udbyder; to-faktor styres dér.',
        en: "Your account logs in through your organisation's identity provider; two-factor is handled there.",
      },
    });
}

export async function ownTotp(db: Db, actor: Actor) {
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, actor.userId));
  return row;
}
