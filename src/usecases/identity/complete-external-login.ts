import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users, type OrgRole } from '../../db/schema/accounts.js';
import { externalIdentities, roleMappings, ssoSessions } from '../../db/schema/identity.js';
import { organisations } from '../../db/schema/organisations.js';
import { AppError } from '../../errors.js';
import { rolesFromClaims } from '../../policies/identity.js';
import { openSession, type LoginResult } from '../accounts/open-session.js';
import { sha256 } from '../accounts/secrets.js';
import { recordAudit } from '../shared/audit.js';
import { loadProvider } from './load-provider.js';

/** What an identity provider vouched for, after its signature, audience, time, state and nonce were checked. */
export interface VerifiedExternalLogin {
  providerId: string;
  /** The stable subject (OIDC `sub` or the configured claim; SAML NameID or the configured attribute). */
  subject: string;
  email: string | null;
  name: string | null;
  /** Group, role or privilege values; mapped to roles by the organisation's role mappings. */
  claimValues: readonly string[];
  /** OIDC: kept for RP-initiated logout. */
  idToken?: string | null;
}

export type ExternalLoginOutcome =
  | { kind: 'session'; session: LoginResult; organisationId: string; roles: OrgRole[] }
  /** The provider knew the person but none of their claims maps to a role here: a Danish page, no session. */
  | { kind: 'no-role'; organisationId: string; organisationName: string };

/**
 * Finish a login through an organisation's identity provider. The user is found by (provider,
 * subject), never by e-mail alone; on the first login one is created (just in time), or an existing
 * account with the same e-mail is linked only when it already belongs to the provider's organisation
 * and to no other (so one organisation's provider cannot take over another's accounts). The roles in
 * the provider's organisation are replaced by those the claims map to, at every login.
 */
export async function completeExternalLogin(db: Db, login: VerifiedExternalLogin, ctx: { now?: Date } = {}): Promise<ExternalLoginOutcome> {
  const now = ctx.now ?? new Date();
  if (login.subject.trim() === '')
    throw new AppError('BAD_REQUEST', { message: { da: 'Identitetsudbyderen sendte ingen bruger-id.', en: 'The identity provider sent no subject.' } });
  return db.transaction(async (tx) => {
    const provider = await loadProvider(tx, login.providerId);
    if (!provider.enabled)
      throw new AppError('FORBIDDEN', {
        message: { da: 'Log ind via denne identitetsudbyder er slået fra.', en: 'Login through this identity provider is disabled.' },
      });
    const [org] = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, provider.organisationId));
    if (!org) throw new AppError('NOT_FOUND');
    const mappings = await tx
      .select({ claimValue: roleMappings.claimValue, role: roleMappings.role })
      .from(roleMappings)
      .where(eq(roleMappings.providerId, provider.id));
    const roles = rolesFromClaims(mappings, login.claimValues);

    let userId = await userBySubject(tx, provider.id, login.subject);
    if (!userId && roles.length === 0) return { kind: 'no-role', organisationId: org.id, organisationName: org.name };
    if (!userId) {
      userId = await linkOrCreateUser(tx, org.id, login);
      await tx.insert(externalIdentities).values({ providerId: provider.id, subject: login.subject, userId });
    }
    const [user] = await tx.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
    if (user?.disabledAt)
      throw new AppError('FORBIDDEN', {
        message: { da: 'Din bruger er deaktiveret. Kontakt din organisations administrator.', en: 'Your account is deactivated. Contact your administrator.' },
      });

    await tx.delete(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, org.id)));
    if (roles.length > 0) await tx.insert(memberships).values(roles.map((role) => ({ userId: userId as string, organisationId: org.id, role })));
    await tx
      .update(externalIdentities)
      .set({ lastLoginAt: now })
      .where(and(eq(externalIdentities.providerId, provider.id), eq(externalIdentities.subject, login.subject)));
    await recordAudit(tx, null, {
      action: 'user.external_login',
      objectType: 'user',
      objectId: userId,
      organisationId: org.id,
      after: { providerId: provider.id, roles },
    });
    if (roles.length === 0) return { kind: 'no-role', organisationId: org.id, organisationName: org.name };

    const session = await openSession(tx, userId, now);
    await tx.insert(ssoSessions).values({ sessionIdHash: sha256(session.sessionId), providerId: provider.id, idToken: login.idToken ?? null });
    return { kind: 'session', session, organisationId: org.id, roles };
  });
}

async function userBySubject(tx: Db, providerId: string, subject: string): Promise<string | null> {
  const [row] = await tx
    .select({ userId: externalIdentities.userId })
    .from(externalIdentities)
    .where(and(eq(externalIdentities.providerId, providerId), eq(externalIdentities.subject, subject)));
  return row?.userId ?? null;
}

async function linkOrCreateUser(tx: Db, organisationId: string, login: VerifiedExternalLogin): Promise<string> {
  const email = (login.email ?? '').trim().toLowerCase();
  const name = (login.name ?? '').trim() || email || login.subject;
  if (email !== '') {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) {
      const orgs = await tx.selectDistinct({ organisationId: memberships.organisationId }).from(memberships).where(eq(memberships.userId, existing.id));
      if (orgs.length === 1 && orgs[0]?.organisationId === organisationId) return existing.id;
      throw new AppError('CONFLICT', {
        message: {
          da: 'Der findes allerede en bruger med denne e-mail i en anden organisation. Kontakt administratoren.',
          en: 'A user with this e-mail exists in another organisation.',
        },
      });
    }
  }
  // Without an e-mail the account gets a placeholder address that cannot receive mail and cannot collide.
  const address = email !== '' ? email : `${sha256(`${login.providerId}|${login.subject}`).slice(0, 24)}@sso.invalid`;
  const [created] = await tx.insert(users).values({ email: address, name, passwordHash: null }).returning({ id: users.id });
  if (!created) throw new Error('user insert returned nothing');
  return created.id;
}
