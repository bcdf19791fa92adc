import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { AppError, forbidden } from '../../errors.js';
import { mayCreateAccounts } from '../../policies/accounts.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { hashPassword } from './secrets.js';
import { createUserSchema } from './schemas.js';

/** Create a local account. `actor` is null when run by the installation's operator (CLI, demo seed). */
export async function createUser(db: Db, actor: Actor | null, input: unknown): Promise<{ id: string; email: string }> {
  if (!mayCreateAccounts(actor)) throw forbidden();
  const data = parseInput(createUserSchema, input);
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    if (existing) throw new AppError('ALREADY_EXISTS', { fields: { email: 'Der findes allerede en bruger med den e-mailadresse' } });
    const [user] = await tx.insert(users).values({ email: data.email, name: data.name, passwordHash }).returning({ id: users.id, email: users.email });
    if (!user) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'user.created',
      objectType: 'user',
      objectId: user.id,
      organisationId: null,
      after: { email: data.email, name: data.name },
    });
    return user;
  });
}
