import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { applicationStates, type ApplicationState } from '../../domain/application-workflow.js';
import type { BudgetYearRules } from '../../domain/budget-years.js';
import type { YearAmount } from '../../domain/money.js';
import { validationFailed, type FieldErrors } from '../../errors.js';
import { checkBudgetYears } from '../assessment/money-split.js';

/**
 * The states in which an application holds a grant that a manual commitment may add to: approved,
 * and its project running (not stopped, closed or handed over to operation).
 */
export const COMMITTABLE_STATES = ['approved', 'in_trial', 'follow_up', 'evaluated', 'extended'] as const satisfies readonly ApplicationState[];

/**
 * The guards of a commitment recorded by hand (recordCommitment): only to an approved application
 * (VALIDATION_FAILED on `applicationId`), and no money for a budget year that has ended by `today`
 * unless the pool's carry-over decides otherwise (on the year's amount field, `split.<i>.amountOere`).
 */
export async function checkManualCommitment(
  db: Db,
  pool: BudgetYearRules,
  input: { applicationId: string; split: readonly YearAmount[] },
  today: string,
): Promise<void> {
  const fields: FieldErrors = checkBudgetYears(pool, input.split, today, 'amountOere');
  const [app] = await db.select({ state: applications.state }).from(applications).where(eq(applications.id, input.applicationId));
  if (app && !(COMMITTABLE_STATES as readonly string[]).includes(app.state)) {
    fields.applicationId = `Der kan kun bevilges til en bevilget ansøgning; denne har status "${applicationStates[app.state].staff.da}".`;
  }
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
}
