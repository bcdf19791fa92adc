import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { applicationCoApplicants } from '../../db/schema/applications.js';
import { departments } from '../../db/schema/organisations.js';
import { isUuid } from '../../domain/ids.js';
import type { ApplicationRow } from '../applications/apply-transition.js';

/** Who is involved in an application: what a reviewer must see before declaring a conflict of interest. */
export interface CaseParties {
  leadApplicantName: string;
  /** The lead unit (department); empty when none is given. */
  leadDepartment: string;
  partnerDepartments: string[];
  coApplicants: string[];
  privatePartners: { name: string; cvr: string }[];
  publicPartners: string[];
}

const rowsOf = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The lead applicant, units, co-applicants and partners of an application, read from its rows and content. */
export async function caseParties(db: Db, application: ApplicationRow): Promise<CaseParties> {
  const c = application.content;
  const [lead] = await db.select({ name: users.name }).from(users).where(eq(users.id, application.leadUserId));
  const partnerIds = (Array.isArray(c.partnerDepartmentIds) ? c.partnerDepartmentIds : []).filter(isUuid);
  const leadId = application.leadDepartmentId ?? (isUuid(c.leadDepartmentId) ? c.leadDepartmentId : null);
  const deptIds = [...new Set([...(leadId ? [leadId] : []), ...partnerIds])];
  const depts =
    deptIds.length > 0 ? await db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, deptIds)) : [];
  const deptName = (id: string) => depts.find((d) => d.id === id)?.name ?? '';
  const co = await db
    .select({ name: users.name })
    .from(applicationCoApplicants)
    .innerJoin(users, eq(users.id, applicationCoApplicants.userId))
    .where(eq(applicationCoApplicants.applicationId, application.id));
  return {
    leadApplicantName: lead?.name ?? '',
    leadDepartment: leadId ? deptName(leadId) : '',
    partnerDepartments: partnerIds.map(deptName).filter((n) => n !== ''),
    coApplicants: co.map((r) => r.name),
    privatePartners: rowsOf(c.privatePartners)
      .map((p) => ({ name: text(p.name), cvr: text(p.cvr) }))
      .filter((p) => p.name !== ''),
    publicPartners: rowsOf(c.publicPartners)
      .map((p) => text(p.name))
      .filter((n) => n !== ''),
  };
}
