import { and, eq } from 'drizzle-orm';
import { paths } from '../../paths.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/accounts.js';
import { projectConsultants } from '../../db/schema/projects.js';
import { forbidden, validationFailed } from '../../errors.js';
import { isConsultantRole, mayManageProject } from '../../policies/projects.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadProjectFor } from './load-project.js';

export const assignConsultantSchema = z.object({
  applicationId: z.string(),
  email: z.string({ error: 'Skriv konsulentens e-mail' }).trim().toLowerCase().min(1, { error: 'Skriv konsulentens e-mail' }).max(300),
  /** true: take the consultant off the project. */
  remove: z.preprocess((v) => v === true || v === 'true', z.boolean()).default(false),
});

/**
 * The secretariat assigns a welfare-technology consultant (a member of the organisation with the
 * consultant role) to a project, or takes them off: assigned consultants see the project, help
 * write its reports and write the evaluation.
 */
export async function assignConsultant(db: Db, actor: Actor, input: unknown): Promise<{ userId: string; assigned: boolean }> {
  const data = parseInput(assignConsultantSchema, input);
  return db.transaction(async (tx) => {
    const { application } = await loadProjectFor(tx, actor, data.applicationId, { forUpdate: true });
    if (!mayManageProject(actor, application.organisationId)) throw forbidden();
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    const roles = user
      ? await tx
          .select({ role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, application.organisationId)))
      : [];
    if (!user || !roles.some((r) => isConsultantRole(r.role))) {
      throw validationFailed({ email: 'Ingen velfærdsteknologisk konsulent i organisationen har denne e-mail' });
    }
    if (data.remove) {
      await tx.delete(projectConsultants).where(and(eq(projectConsultants.applicationId, application.id), eq(projectConsultants.userId, user.id)));
    } else {
      await tx.insert(projectConsultants).values({ applicationId: application.id, userId: user.id, assignedByUserId: actor.userId }).onConflictDoNothing();
      await notify(tx, {
        userIds: [user.id],
        organisationId: application.organisationId,
        applicationId: application.id,
        kind: 'project.consultant_assigned',
        title: { da: `Du er tilknyttet projektet: ${application.title}`, en: `You have been assigned to the project: ${application.title}` },
        body: {
          da: `Du er tilknyttet "${application.title}" som velfærdsteknologisk konsulent.`,
          en: `You have been assigned to "${application.title}" as welfare-technology consultant.`,
        },
        link: paths.projects.show({ applicationId: application.id }),
      });
    }
    await recordAudit(tx, actor, {
      action: data.remove ? 'project.consultant_removed' : 'project.consultant_assigned',
      objectType: 'application',
      objectId: application.id,
      organisationId: application.organisationId,
      after: { userId: user.id, email: data.email },
    });
    return { userId: user.id, assigned: !data.remove };
  });
}
