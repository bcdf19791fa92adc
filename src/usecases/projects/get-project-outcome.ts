import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { departments } from '../../db/schema/organisations.js';
import {
  decisionCorrections,
  projectChangeRequests,
  projectClosures,
  projectEvaluations,
  projectHandovers,
  projectOutcomeDecisions,
} from '../../db/schema/project-outcomes.js';
import { meanScore } from '../../domain/evaluation.js';
import { can } from '../../policies/authorize.js';
import {
  isOutcomeDecider,
  mayCorrectDecision,
  mayDecideChange,
  mayRequestChange,
  mayStopProject,
  mayViewProjectOutcome,
  mayWriteEvaluation,
  requireWithin,
} from '../../policies/project-outcomes.js';
import { findPool, loadLedgerState, projectsOf } from '../ledger/ledger-state.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { CHANGEABLE_STATES } from './change-schema.js';
import { loadOutcomeProject } from './outcome-project.js';

export const getProjectOutcomeSchema = z.object({ applicationId: z.string() });

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];

export interface ProjectOutcome {
  project: { id: string; title: string; caseNumber: string; state: string; organisationId: string; poolId: string; plannedEndDate: string | null };
  /** The end date after approved extensions (change requests and extension decisions). */
  currentEndDate: string | null;
  evaluation: {
    recommendation: Row<typeof projectEvaluations>['recommendation'];
    meanScore: number;
    expectedNpvOere: number | null;
    actualNpvOere: number;
    updatedAt: Date;
  } | null;
  decisions: (Row<typeof projectOutcomeDecisions> & { decidedByName: string })[];
  handover: (Row<typeof projectHandovers> & { ownerDepartmentName: string }) | null;
  closure: Row<typeof projectClosures> | null;
  changes: (Row<typeof projectChangeRequests> & { requestedByName: string })[];
  corrections: Row<typeof decisionCorrections>[];
  money: { committedOere: number; paidOere: number; returnedOere: number; payableOere: number };
  /** Per line and year (for change and correction forms). */
  commitments: { budgetLineId: string; budgetLineName: string; year: number; committedOere: number; payableOere: number }[];
  departments: { id: string; name: string }[];
  can: {
    /** Write (or, while evaluated, correct) the evaluation: the secretariat or an assigned consultant, during the trial. */
    evaluate: boolean;
    decideOutcome: boolean;
    stop: boolean;
    handover: boolean;
    close: boolean;
    requestChange: boolean;
    decideChange: boolean;
    correct: boolean;
  };
}

/** The evaluation, decision, handover, closing, changes and corrections of one project, for its page and the API. */
export async function getProjectOutcome(db: Db, actor: Actor, input: unknown): Promise<ProjectOutcome> {
  const { applicationId } = parseInput(getProjectOutcomeSchema, input);
  const project = await loadOutcomeProject(db, actor, applicationId);
  const { application, settings } = project;
  requireWithin(actor, application.organisationId, mayViewProjectOutcome(actor, application, project));
  const id = application.id;
  const [evaluation] = await db.select().from(projectEvaluations).where(eq(projectEvaluations.applicationId, id));
  const decisions = await db
    .select({ d: projectOutcomeDecisions, name: users.name })
    .from(projectOutcomeDecisions)
    .innerJoin(users, eq(users.id, projectOutcomeDecisions.decidedByUserId))
    .where(eq(projectOutcomeDecisions.applicationId, id))
    .orderBy(asc(projectOutcomeDecisions.createdAt));
  const [handover] = await db
    .select({ h: projectHandovers, dept: departments.name })
    .from(projectHandovers)
    .innerJoin(departments, eq(departments.id, projectHandovers.ownerDepartmentId))
    .where(eq(projectHandovers.applicationId, id));
  const [closure] = await db.select().from(projectClosures).where(eq(projectClosures.applicationId, id));
  const changes = await db
    .select({ c: projectChangeRequests, name: users.name })
    .from(projectChangeRequests)
    .innerJoin(users, eq(users.id, projectChangeRequests.requestedByUserId))
    .where(eq(projectChangeRequests.applicationId, id))
    .orderBy(desc(projectChangeRequests.createdAt));
  const corrections = await db.select().from(decisionCorrections).where(eq(decisionCorrections.applicationId, id)).orderBy(asc(decisionCorrections.createdAt));

  const pool = await findPool(db, application.poolId);
  const state = await loadLedgerState(db, pool, [id]);
  const names = new Map(state.lines.map((l) => [l.id, l.name]));
  const figures = projectsOf(state).filter((p) => p.applicationId === id);
  const money = { committedOere: 0, paidOere: 0, returnedOere: 0, payableOere: 0 };
  for (const f of figures) {
    money.committedOere += f.committedOere;
    money.paidOere += f.paidOere;
    money.returnedOere += f.returnedOere;
    money.payableOere += f.payableOere;
  }
  const extensions = [
    ...changes.filter((c) => c.c.status === 'approved' && c.c.newEndDate).map((c) => ({ at: c.c.decidedAt ?? c.c.createdAt, date: c.c.newEndDate })),
    ...decisions.filter((d) => d.d.newEndDate).map((d) => ({ at: d.d.createdAt, date: d.d.newEndDate })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const plannedEndDate = project.content.endDate || null;
  const org = application.organisationId;
  const orgDepartments = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.organisationId, org))
    .orderBy(asc(departments.name));
  return {
    project: {
      id,
      title: application.title,
      caseNumber: application.caseNumber,
      state: application.state,
      organisationId: org,
      poolId: application.poolId,
      plannedEndDate,
    },
    currentEndDate: extensions.at(-1)?.date ?? plannedEndDate,
    evaluation: evaluation
      ? {
          recommendation: evaluation.recommendation,
          meanScore: meanScore(evaluation.dimensions),
          expectedNpvOere: evaluation.expectedNpvOere,
          actualNpvOere: evaluation.actualNpvOere,
          updatedAt: evaluation.updatedAt,
        }
      : null,
    decisions: decisions.map((d) => ({ ...d.d, decidedByName: d.name })),
    handover: handover ? { ...handover.h, ownerDepartmentName: handover.dept } : null,
    closure: closure ?? null,
    changes: changes.map((c) => ({ ...c.c, requestedByName: c.name })),
    corrections,
    money,
    commitments: figures
      .filter((f) => f.committedOere > 0)
      .map((f) => ({
        budgetLineId: f.budgetLineId,
        budgetLineName: names.get(f.budgetLineId) ?? '',
        year: f.year,
        committedOere: f.committedOere,
        payableOere: f.payableOere,
      }))
      .sort((a, b) => a.year - b.year),
    departments: orgDepartments,
    can: {
      evaluate:
        ['in_trial', 'extended', 'follow_up', 'evaluated'].includes(application.state) &&
        mayWriteEvaluation(actor, application, { assignedConsultant: project.assignedConsultant }),
      decideOutcome: application.state === 'evaluated' && isOutcomeDecider(actor, application, settings),
      stop: ['approved', 'in_trial', 'extended', 'follow_up', 'evaluated'].includes(application.state) && mayStopProject(actor, application, settings),
      handover: ['in_operation', 'scaled_up'].includes(application.state) && !handover && can(actor, 'project.handover', org),
      close:
        (application.state === 'stopped' || (['in_operation', 'scaled_up'].includes(application.state) && handover !== undefined)) &&
        can(actor, 'project.handover', org),
      requestChange: (CHANGEABLE_STATES as readonly string[]).includes(application.state) && mayRequestChange(actor, application),
      decideChange: mayDecideChange(actor, application, settings),
      correct: mayCorrectDecision(actor, application) && !handover && !closure,
    },
  };
}
