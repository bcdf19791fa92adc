import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/accounts.js';
import { outbox } from '../../db/schema/notifications.js';
import { organisations } from '../../db/schema/organisations.js';
import { AppError } from '../../errors.js';
import { authorizeUserAdmin } from '../../policies/users.js';
import { issuePasswordToken, passwordLink } from '../accounts/password-reset-tokens.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { inviteUserSchema } from './schemas.js';

export interface InvitedUser {
  id: string;
  email: string;
  /** False when the address already had an account (it was given roles here). */
  created: boolean;
}

/**
 * Invite someone by e-mail: the account is created (or, when the address already has one in
 * another organisation, given roles here) and an e-mail with a one-time link to choose a password
 * (7 days) is queued in the outbox in the same transaction. A member already here is 409.
 */
export async function inviteUser(db: Db, actor: Actor, input: unknown, ctx: { publicUrl: string; now?: Date }): Promise<InvitedUser> {
  const data = parseInput(inviteUserSchema, input);
  authorizeUserAdmin(actor, data.organisationId);
  const now = ctx.now ?? new Date();
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, data.organisationId));
    const [existing] = await tx.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, data.email));
    if (existing) {
      const [member] = await tx
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.userId, existing.id), eq(memberships.organisationId, data.organisationId)));
      if (member) throw new AppError('ALREADY_EXISTS', { fields: { email: 'Brugeren er allerede oprettet i organisationen' } });
    }
    const userId =
      existing?.id ?? (await tx.insert(users).values({ email: data.email, name: data.name, passwordHash: null }).returning({ id: users.id }))[0]?.id;
    if (!userId) throw new Error('insert returned no row');
    await tx.insert(memberships).values(data.roles.map((role) => ({ userId, organisationId: data.organisationId, role })));
    // A new account (or one that never chose a password) gets the one-time link; an existing one only the news.
    const needsPassword = !existing || existing.passwordHash === null;
    const link = needsPassword ? passwordLink(ctx.publicUrl, await issuePasswordToken(tx, userId, 'invitation', now)) : ctx.publicUrl;
    await tx.insert(outbox).values({
      toAddress: data.email,
      subject: `Du er inviteret til Velfærdsteknologipuljer (${org?.name ?? ''})`,
      textBody: needsPassword
        ? `${actor.name} har oprettet dig som bruger hos ${org?.name ?? ''} i Velfærdsteknologipuljer.\n\nVælg din adgangskode her inden for 7 dage:\n${link}\n\nLinket virker én gang.\n\n(English: you have been invited; follow the link to choose your password.)`
        : `${actor.name} har givet dig adgang til ${org?.name ?? ''} i Velfærdsteknologipuljer. Log ind som du plejer:\n${link}`,
    });
    await recordAudit(tx, actor, {
      action: 'user.invited',
      objectType: 'user',
      objectId: userId,
      organisationId: data.organisationId,
      after: { email: data.email, name: data.name, roles: data.roles, accountCreated: !existing },
    });
    return { id: userId, email: data.email, created: !existing };
  });
}
