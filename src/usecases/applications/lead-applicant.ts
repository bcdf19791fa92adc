import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { departments } from '../../db/schema/organisations.js';

/** Who is behind an application, as its case pages show it: the lead applicant and the lead unit. */
export interface LeadApplicant {
  name: string;
  /** The lead unit (department); null when the application names none yet. */
  unit: string | null;
}

/** The lead applicant's name and the lead unit of an application. No authorization: callers authorize. */
export async function leadApplicantOf(db: Db, application: { leadUserId: string; leadDepartmentId: string | null }): Promise<LeadApplicant> {
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, application.leadUserId));
  const [unit] = application.leadDepartmentId
    ? await db.select({ name: departments.name }).from(departments).where(eq(departments.id, application.leadDepartmentId))
    : [];
  return { name: user?.name ?? '', unit: unit?.name ?? null };
}
