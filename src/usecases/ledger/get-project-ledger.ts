import { eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { departments } from '../../db/schema/organisations.js';
import { pools } from '../../db/schema/pools.js';
import type { ProjectFigures } from '../../domain/ledger.js';
import { forbidden, notFound } from '../../errors.js';
import { mayPay, mayViewLedger, mayViewProjectLedger } from '../../policies/ledger.js';
import { loadApplicationFor } from '../applications/load-application-for.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { findPool, loadLedgerState, projectsOf } from './ledger-state.js';
import { queryEntries, type LedgerEntryView } from './list-ledger-entries.js';
import { spentToDateFromReports } from './spent-to-date.js';

export const getProjectLedgerSchema = z.object({ applicationId: z.string() });

export interface ProjectLedger {
  application: {
    id: string;
    title: string;
    caseNumber: string;
    state: string;
    poolId: string;
    poolName: string;
    organisationId: string;
    leadDepartmentName: string | null;
  };
  /** Per line and year the project has entries on. */
  lines: (ProjectFigures & { budgetLineName: string })[];
  totals: { committedOere: number; paidOere: number; returnedOere: number; payableOere: number };
  /** From the latest accepted follow-up report; null until one is accepted. */
  spentToDateOere: number | null;
  entries: LedgerEntryView[];
  /** What the actor may do here. */
  can: { pay: boolean; seePool: boolean };
}

/**
 * A project's economy: granted (committed), paid, returned and what is left to pay, per line and
 * year. The project's own applicants see it, as do the pool's finance, secretariat and decision body.
 */
export async function getProjectLedger(db: Db, actor: Actor, input: unknown): Promise<ProjectLedger> {
  const { applicationId } = parseInput(getProjectLedgerSchema, input);
  if (!isUuid(applicationId)) throw notFound();
  const { application, access } = await loadApplicationFor(db, actor, applicationId);
  if (!mayViewProjectLedger(actor, { organisationId: application.organisationId, isApplicant: access.isApplicant })) throw forbidden();
  const seePool = mayViewLedger(actor, application.organisationId);
  const pay = mayPay(actor, application.organisationId);
  const pool = await findPool(db, application.poolId);
  const state = await loadLedgerState(db, pool, [application.id]);
  const names = new Map(state.lines.map((l) => [l.id, l.name]));
  const order = new Map(state.lines.map((l, i) => [l.id, i]));
  const lines = projectsOf(state)
    .map((p) => ({ ...p, budgetLineName: names.get(p.budgetLineId) ?? '' }))
    .sort((a, b) => (order.get(a.budgetLineId) ?? 0) - (order.get(b.budgetLineId) ?? 0) || a.year - b.year);
  const totals = { committedOere: 0, paidOere: 0, returnedOere: 0, payableOere: 0 };
  for (const l of lines) {
    totals.committedOere += l.committedOere;
    totals.paidOere += l.paidOere;
    totals.returnedOere += l.returnedOere;
    totals.payableOere += l.payableOere;
  }
  const [poolRow] = await db.select({ name: pools.name }).from(pools).where(eq(pools.id, pool.id));
  const [dept] = application.leadDepartmentId
    ? await db.select({ name: departments.name }).from(departments).where(eq(departments.id, application.leadDepartmentId))
    : [];
  const { entries } = await queryEntries(db, pool.id, { applicationId: application.id, limit: 1000, offset: 0, order: 'oldest' });
  return {
    application: {
      id: application.id,
      title: application.title,
      caseNumber: application.caseNumber,
      state: application.state,
      poolId: pool.id,
      poolName: poolRow?.name ?? '',
      organisationId: application.organisationId,
      leadDepartmentName: dept?.name ?? null,
    },
    lines,
    totals,
    spentToDateOere: await spentToDateFromReports(db, application.id),
    entries,
    can: { pay, seePool },
  };
}
