import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { applicationCoApplicants, applications } from '../../src/db/schema/applications.js';
import { decisions } from '../../src/db/schema/assessment.js';
import { departments } from '../../src/db/schema/organisations.js';
import { followUpReports } from '../../src/db/schema/projects.js';
import { commitFunds } from '../../src/usecases/ledger/commit-funds.js';
import { demoPool, insertApplication, userId, type DemoPool } from '../support/assessment-factory.js';

export type Org = 'vejle' | 'horsens' | 'aarhus';

/** Application content with two result goals, milestones, a budget and a business case. */
export const projectContent = {
  summary: 'Kort resumé',
  resultGoals: [
    { indicator: 'Beboere, der selv følger dagsplanen', baseline: '4 af 22', target: '14 af 22', method: 'Registrering', deadline: '' },
    { indicator: 'Frigjorte timer pr. måned', baseline: '0', target: '75', method: 'Tidsregistrering', deadline: '' },
  ],
  milestones: [
    { date: '2027-04-01', title: 'Skærme opsat' },
    { date: '2027-09-01', title: 'Afrapportering efter 6 måneder' },
  ],
  budget: [
    { year: 2027, costType: 'equipment', description: 'Skærme', amountOere: 200_000_00 },
    { year: 2027, costType: 'licences', description: 'Licenser', amountOere: 80_000_00 },
  ],
  businessCase: {
    investmentOere: 280_000_00,
    yearlyRunningCostOere: 66_000_00,
    hoursFreedPerYear: 900,
    hourlyRateOere: 340_00,
    kronerSavedPerYearOere: 0,
    horizonYears: 5,
    discountRate: 0.035,
  },
};

export interface ApprovedProject {
  pool: DemoPool;
  applicationId: string;
}

/**
 * An approved application in a demo organisation's pool (inserted directly, with a meeting-less
 * approval decision and, when asked, its money committed in the ledger), ready to be started.
 */
export async function approvedProject(
  db: Db,
  org: Org = 'horsens',
  opts: { title?: string; commitOere?: number; year?: number; coApplicant?: string } = {},
): Promise<ApprovedProject> {
  const pool = await demoPool(db, org);
  const lineId = pool.lines.afproevning ?? pool.lines.ordinaer ?? pool.lines.vtu ?? null;
  const applicationId = await insertApplication(db, {
    pool,
    state: 'approved',
    leadEmail: `ansoeger@${org}.demo`,
    title: opts.title ?? 'Digital dagsstruktur',
    budgetLineId: lineId,
  });
  const [dept] = await db.select({ id: departments.id }).from(departments).where(eq(departments.organisationId, pool.organisationId));
  await db
    .update(applications)
    .set({ content: projectContent, leadDepartmentId: dept?.id ?? null })
    .where(eq(applications.id, applicationId));
  const year = opts.year ?? 2027;
  const amount = opts.commitOere ?? 0;
  await db.insert(decisions).values({
    applicationId,
    route: 'direct',
    outcome: 'approve',
    amountOere: amount,
    budgetLineId: lineId,
    split: amount > 0 ? [{ year, amountOere: amount }] : [],
    conditions: 'Afrapportering efter 6 og 12 måneder.',
    decidedByUserId: await userId(db, `raad@${org}.demo`),
  });
  if (amount > 0 && lineId) {
    await commitFunds(db, null, {
      poolId: pool.poolId,
      budgetLineId: lineId,
      applicationId,
      split: [{ year, amountOere: amount }],
      reference: 'Styregruppen',
      reason: 'Bevilget',
    });
  }
  if (opts.coApplicant) {
    const co = await userId(db, opts.coApplicant);
    await db.insert(applicationCoApplicants).values({ applicationId, userId: co, addedByUserId: co });
  }
  return { pool, applicationId };
}

export async function reportsOf(db: Db, applicationId: string) {
  return db.select().from(followUpReports).where(eq(followUpReports.applicationId, applicationId)).orderBy(followUpReports.dueOn);
}
