import type { Db } from '../../db/client.js';
import { appliedByYear, readContent } from '../../domain/application-content.js';
import { applicationFacts, budgetFit, type BudgetFit } from '../../domain/application-facts.js';
import { missingFields, type Missing } from '../../domain/application-sections.js';
import type { Bilingual } from '../../domain/bilingual.js';
import { periodConflicts } from '../../domain/pool-period.js';
import { evaluateEligibility, ruleKinds, type RuleResult } from '../../domain/eligibility.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import type { ApplicationRow } from './apply-transition.js';
import { loadApplicationFor } from './load-application-for.js';
import { availableByYear, loadPoolContext, type PoolContext } from './pool-context.js';
import { applicationIdSchema } from './schemas.js';

export interface RuleReport extends RuleResult {
  label: Bilingual;
}

export interface EligibilityReport {
  /** The pool's rules, each met or not with its reason. */
  rules: RuleReport[];
  /** Whether the amounts fit the chosen line's money per year; null until a line is chosen. */
  budget: BudgetFit | null;
  /** Fields a submission still needs. */
  missing: Missing[];
  /** A hard rule not met, the budget not fitting, or something missing. */
  blocking: boolean;
  /** Soft rules not met. */
  warnings: number;
  canSubmit: boolean;
}

/** Evaluate an application against its pool's rules, the line's money and the form's requirements. */
export async function evaluateApplication(db: Db, application: ApplicationRow, ctx: PoolContext): Promise<EligibilityReport> {
  const content = readContent(application.content);
  const line = ctx.lines.find((l) => l.id === content.budgetLineId);
  const result = evaluateEligibility(ctx.pool.eligibilityRules, applicationFacts(content, line?.key));
  const rules = result.results.map((r) => ({ ...r, label: ruleKinds[r.kind].label }));
  const budget = line ? budgetFit(line.name, appliedByYear(content), await availableByYear(db, ctx, line.id)) : null;
  // What disagrees with the pool's period (the period may have changed since the answers were saved) blocks too.
  const missing = [...missingFields(application.title, content, ctx.offer), ...periodConflicts(content, ctx.pool)];
  const blocking = result.blocking || budget?.met === false || missing.length > 0;
  return { rules, budget, missing, blocking, warnings: result.warnings, canSubmit: !blocking };
}

/** The "check your answers" evaluation, for anyone who may see the application. */
export async function checkEligibility(db: Db, actor: Actor, input: unknown): Promise<EligibilityReport> {
  const { applicationId } = parseInput(applicationIdSchema, input);
  const { application } = await loadApplicationFor(db, actor, applicationId);
  return evaluateApplication(db, application, await loadPoolContext(db, application.poolId));
}
