import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { applications } from '../../db/schema/applications.js';
import { poolCategoryMappings } from '../../db/schema/catalogue.js';
import { departments } from '../../db/schema/organisations.js';
import { pools } from '../../db/schema/pools.js';
import { projectEvaluations, projectOutcomeDecisions } from '../../db/schema/project-outcomes.js';
import { projects } from '../../db/schema/projects.js';
import { readContent } from '../../domain/application-content.js';
import { stateInfo } from '../../domain/application-workflow.js';
import type { EntryEffect, Maturity } from '../../domain/catalogue.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import type { Recommendation } from '../../domain/evaluation.js';
import { projectPhase } from '../../domain/follow-up-phase.js';
import { projectDecision } from '../projects/project-decision.js';
import { reportFactsFor } from '../projects/report-facts.js';
import type { EntryFields } from './entry-fields.js';

/** "75", "75 timer", "12,5" → 75 / 12.5; text without a number → null. */
function numberIn(text: string | undefined | null): number | null {
  const m = (text ?? '').replace(/\./g, '').match(/-?\d+(?:,\d+)?/);
  return m ? Number(m[0].replace(',', '.')) : null;
}

/** What the project has measured and decided: the fields a published entry keeps up to date. */
export interface MeasuredFields {
  effects: EntryEffect[];
  spentOere: number | null;
  budgetOere: number | null;
  businessCaseNetOere: number | null;
  phase: string;
  evaluationOutcome: Recommendation | null;
  evaluationSummary: string;
  /** The evaluation's reasoning: the entry's lessons when none were written. */
  lessons: string;
}

export interface ProjectFacts {
  application: typeof applications.$inferSelect;
  started: boolean;
  prefill: EntryFields;
  departmentId: string | null;
  measured: MeasuredFields;
}

const maturityOf = (outcome: Recommendation | null): Maturity =>
  outcome === 'operation' || outcome === 'scale_up' ? 'klar' : outcome === 'stop' ? 'afvent' : 'afproev';

/**
 * Everything a catalogue entry can take from its project: the application's texts (problem from
 * the need analysis, the technology from the solution), the pool's labels and category mapping,
 * the lead's unit, the project's period and phase, the effects per result goal from the accepted
 * reports and the evaluation, the money and the latest recommendation or outcome. Null when there is
 * no such application.
 */
export async function projectFacts(db: Db, applicationId: string, today: string = todayInCopenhagen()): Promise<ProjectFacts | null> {
  const [application] = await db.select().from(applications).where(eq(applications.id, applicationId));
  if (!application) return null;
  const content = readContent(application.content);
  const [pool] = await db.select({ lists: pools.lists }).from(pools).where(eq(pools.id, application.poolId));
  const lists = pool?.lists;
  const labelOf = (list: { key: string; label: string }[] | undefined, key: string | undefined) =>
    key ? (list?.find((c) => c.key === key)?.label ?? key) : '';
  const [mapping] = content.category
    ? await db
        .select({ id: poolCategoryMappings.technologyCategoryId })
        .from(poolCategoryMappings)
        .where(and(eq(poolCategoryMappings.poolId, application.poolId), eq(poolCategoryMappings.poolCategoryKey, content.category)))
    : [];
  const departmentId = application.leadDepartmentId ?? (content.leadDepartmentId || null);
  const [dept] = departmentId ? await db.select({ name: departments.name }).from(departments).where(eq(departments.id, departmentId)) : [];
  const [lead] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, application.leadUserId));
  const [project] = await db.select().from(projects).where(eq(projects.applicationId, application.id));
  const [evaluation] = await db.select().from(projectEvaluations).where(eq(projectEvaluations.applicationId, application.id));
  const [outcome] = await db
    .select({ outcome: projectOutcomeDecisions.outcome, reason: projectOutcomeDecisions.reason })
    .from(projectOutcomeDecisions)
    .where(eq(projectOutcomeDecisions.applicationId, application.id))
    .orderBy(desc(projectOutcomeDecisions.createdAt))
    .limit(1);
  const facts = (await reportFactsFor(db, [application.id], today)).get(application.id);
  const decision = await projectDecision(db, application.id);

  const effects: EntryEffect[] = (content.resultGoals ?? []).map((g, i) => {
    const measuredInReports = facts?.goals[i]?.values.at(-1);
    const evaluated = evaluation?.goals.find((e) => e.goalIndex === i);
    const after = evaluated && evaluated.after !== '' ? evaluated.after : null;
    return {
      goal: g.indicator,
      unit: '',
      baseline: numberIn(evaluated?.before || g.baseline),
      target: numberIn(g.target),
      measured: numberIn(after ?? measuredInReports?.value),
      measuredOn:
        after !== null ? (evaluation?.updatedAt.toISOString().slice(0, 10) ?? null) : (measuredInReports?.measuredOn ?? measuredInReports?.dueDate ?? null),
      comment: evaluated?.comment ?? '',
    };
  });
  const phases = lists?.phases ?? [];
  const phase = projectPhase(phases, application.state, null)?.phase.label ?? stateInfo(application.state).staff.da;
  const recommendation = outcome?.outcome ?? evaluation?.recommendation ?? null;
  const measured: MeasuredFields = {
    effects,
    spentOere: facts?.spentToDateOere ?? null,
    budgetOere: decision?.amountOere ?? null,
    businessCaseNetOere: evaluation ? evaluation.actualNpvOere : null,
    phase,
    evaluationOutcome: recommendation,
    evaluationSummary: evaluation?.summary ?? '',
    lessons: evaluation?.recommendationReason ?? '',
  };
  const partners = (content.privatePartners ?? []).map((p) => ({ name: p.name, cvr: p.cvr || null }));
  const prefill: EntryFields = {
    title: application.title,
    summary: content.summary ?? '',
    problem: content.needAnalysis ?? '',
    technologyDescription: content.solution ?? '',
    technologyCategoryId: mapping?.id ?? null,
    projectType: labelOf(lists?.projectTypes, content.projectType),
    targetGroups: (content.targetGroups ?? []).map((k) => labelOf(lists?.targetGroups, k)),
    unitName: dept?.name ?? '',
    periodStart: project?.startedOn ?? (content.startDate || null),
    periodEnd: project?.plannedEndOn ?? (content.endDate || null),
    phase,
    maturity: maturityOf(recommendation),
    lessons: measured.lessons,
    evaluationOutcome: recommendation,
    evaluationSummary: measured.evaluationSummary,
    adoptionPrerequisites: '',
    adoptionCosts: content.operationFinancingPlan ?? '',
    adoptionTraining: content.trainingPlan ?? '',
    contactName: lead?.name ?? '',
    contactEmail: lead?.email ?? '',
    visibility: 'organisation',
    partnerCompanies: partners,
  };
  return { application, started: project !== undefined, prefill, departmentId, measured };
}
