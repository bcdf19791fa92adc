import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { departments } from '../../db/schema/organisations.js';
import { pools } from '../../db/schema/pools.js';
import { followUpReports, projectConsultants, projectMilestones } from '../../db/schema/projects.js';
import type { ApplicationState } from '../../domain/application-workflow.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { projectPhase, type Phase } from '../../domain/follow-up-phase.js';
import { awaitsProject, reportStatus, type ReportKind, type ReportStatus } from '../../domain/follow-up.js';
import { AppError } from '../../errors.js';
import { mayManageProject, mayRecordMilestone, mayReviewReport, mayStartProject, mayWriteReport } from '../../policies/projects.js';
import { getProjectLedger } from '../ledger/get-project-ledger.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadProjectFor } from './load-project.js';
import { projectDecision, type ProjectDecision } from './project-decision.js';
import { projectHistory, type HistoryEntry } from './project-history.js';
import { reportFactsFor, type GoalSeries } from './report-facts.js';

export const getProjectSchema = z.object({ applicationId: z.string() });

export interface ReportSummary {
  id: string;
  kind: ReportKind;
  monthsAfterStart: number | null;
  title: string;
  dueOn: string;
  status: ReportStatus;
  currentVersion: number;
  skipReason: string;
}

export interface ProjectView {
  application: {
    id: string;
    title: string;
    caseNumber: string;
    state: ApplicationState;
    poolId: string;
    poolName: string;
    leadName: string;
    leadDepartmentName: string | null;
  };
  startedOn: string | null;
  plannedEndOn: string | null;
  phase: { index: number; key: string; label: string; of: Phase[] } | null;
  decision: ProjectDecision | null;
  /** Committed / paid / returned / left from the ledger; null when the actor may not see the money. */
  money: { committedOere: number; paidOere: number; returnedOere: number; leftOere: number } | null;
  nextReport: ReportSummary | null;
  reports: ReportSummary[];
  milestones: { id: string; title: string; plannedOn: string | null; actualOn: string | null; note: string }[];
  goals: GoalSeries[];
  consultants: { userId: string; name: string; email: string }[];
  history: HistoryEntry[];
  can: { start: boolean; manage: boolean; recordMilestone: boolean; writeReport: boolean; reviewReports: boolean };
}

/** The project page: decision, money, phase, next report, milestones, result goals with the latest measured values, history. */
export async function getProject(db: Db, actor: Actor, input: unknown, opts: { today?: string } = {}): Promise<ProjectView> {
  const { applicationId } = parseInput(getProjectSchema, input);
  const { application, project, relation } = await loadProjectFor(db, actor, applicationId);
  const today = opts.today ?? todayInCopenhagen();
  const [pool] = await db.select({ name: pools.name, lists: pools.lists }).from(pools).where(eq(pools.id, application.poolId));
  const [lead] = await db.select({ name: users.name }).from(users).where(eq(users.id, application.leadUserId));
  const [dept] = application.leadDepartmentId
    ? await db.select({ name: departments.name }).from(departments).where(eq(departments.id, application.leadDepartmentId))
    : [];
  const reportRows = await db.select().from(followUpReports).where(eq(followUpReports.applicationId, application.id)).orderBy(asc(followUpReports.dueOn));
  const reports: ReportSummary[] = reportRows.map((r) => ({
    id: r.id,
    kind: r.kind,
    monthsAfterStart: r.monthsAfterStart,
    title: r.title,
    dueOn: r.dueOn,
    status: reportStatus(r.status, r.dueOn, today),
    currentVersion: r.currentVersion,
    skipReason: r.skipReason,
  }));
  const next = reportRows.find((r) => awaitsProject(r.status));
  const nextReport = next ? (reports.find((r) => r.id === next.id) ?? null) : null;
  const working = nextReport && (nextReport.status === 'due' || nextReport.status === 'overdue') ? nextReport.monthsAfterStart : null;
  const phases = pool?.lists.phases ?? [];
  const phase = projectPhase(phases, application.state, working);
  const milestones = await db
    .select({
      id: projectMilestones.id,
      title: projectMilestones.title,
      plannedOn: projectMilestones.plannedOn,
      actualOn: projectMilestones.actualOn,
      note: projectMilestones.note,
    })
    .from(projectMilestones)
    .where(eq(projectMilestones.applicationId, application.id))
    .orderBy(asc(projectMilestones.sortOrder), asc(projectMilestones.plannedOn));
  const consultants = await db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(projectConsultants)
    .innerJoin(users, eq(users.id, projectConsultants.userId))
    .where(eq(projectConsultants.applicationId, application.id))
    .orderBy(asc(users.name));
  const facts = (await reportFactsFor(db, [application.id], today)).get(application.id);
  return {
    application: {
      id: application.id,
      title: application.title,
      caseNumber: application.caseNumber,
      state: application.state,
      poolId: application.poolId,
      poolName: pool?.name ?? '',
      leadName: lead?.name ?? '',
      leadDepartmentName: dept?.name ?? null,
    },
    startedOn: project?.startedOn ?? null,
    plannedEndOn: project?.plannedEndOn ?? null,
    phase: phase ? { index: phase.index, key: phase.phase.key, label: phase.phase.label, of: phases } : null,
    decision: await projectDecision(db, application.id),
    money: await moneyOf(db, actor, application.id),
    nextReport,
    reports,
    milestones,
    goals: facts?.goals ?? [],
    consultants,
    history: await projectHistory(
      db,
      application.id,
      reports.map((r) => r.id),
    ),
    can: {
      start: project === null && application.state === 'approved' && mayStartProject(actor, relation),
      manage: mayManageProject(actor, application.organisationId),
      recordMilestone: project !== null && mayRecordMilestone(actor, relation),
      writeReport: mayWriteReport(actor, relation),
      reviewReports: mayReviewReport(actor, application.organisationId),
    },
  };
}

/** The ledger's figures for the project, when the actor may see them (applicants, the pool's staff and finance). */
async function moneyOf(db: Db, actor: Actor, applicationId: string): Promise<ProjectView['money']> {
  try {
    const ledger = await getProjectLedger(db, actor, { applicationId });
    const t = ledger.totals;
    return { committedOere: t.committedOere, paidOere: t.paidOere, returnedOere: t.returnedOere, leftOere: t.payableOere };
  } catch (err) {
    if (err instanceof AppError && err.code === 'FORBIDDEN') return null;
    throw err;
  }
}
