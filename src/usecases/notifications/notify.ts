import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/accounts.js';
import { notifications, outbox } from '../../db/schema/notifications.js';
import type { Message } from '../../errors.js';
import { rolesWith } from '../../policies/assessment.js';
import type { Permission } from '../../policies/permissions.js';

export interface NotifyInput {
  userIds: readonly string[];
  organisationId: string | null;
  applicationId?: string | null;
  kind: string;
  title: Message;
  body: Message;
  /** Local path, e.g. `/notifikationer` or an application page. */
  link?: string | null;
  /** Also send an e-mail (queued in the outbox, sent after commit). Default true. */
  email?: boolean;
}

/**
 * Tell people about a change: one in-app notification each and, unless `email: false`, an e-mail in
 * the person's language queued in the outbox. Call it with the transaction of the change itself, so
 * nobody is told about something that was rolled back.
 */
export async function notify(tx: Db, input: NotifyInput): Promise<void> {
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return;
  await tx.insert(notifications).values(
    ids.map((userId) => ({
      userId,
      organisationId: input.organisationId,
      applicationId: input.applicationId ?? null,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
    })),
  );
  if (input.email === false) return;
  const recipients = await tx.select({ email: users.email, locale: users.locale, disabledAt: users.disabledAt }).from(users).where(inArray(users.id, ids));
  const rows = recipients
    .filter((r) => r.disabledAt === null)
    .map((r) => {
      const locale = r.locale === 'en' ? 'en' : 'da';
      const footer =
        locale === 'en'
          ? '\n\nSee the case in Velfærdsteknologipuljer under Notifications.\nThis message cannot be answered.'
          : '\n\nSe sagen i Velfærdsteknologipuljer under Notifikationer.\nDenne besked kan ikke besvares.';
      return { toAddress: r.email, subject: input.title[locale], textBody: `${input.body[locale]}${footer}` };
    });
  if (rows.length > 0) await tx.insert(outbox).values(rows);
}

/** User ids of the members holding a permission in an organisation (e.g. `assessment.screen`: its secretariat). */
export async function membersWithPermission(tx: Db, organisationId: string, permission: Permission): Promise<string[]> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.role, [...rolesWith(permission)])));
  return [...new Set(rows.map((r) => r.userId))];
}
