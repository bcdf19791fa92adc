import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { budgetLineYears, budgetLines, decisionBodies, meetings } from '../../db/schema/pools.js';
import { formatDate } from '../../domain/dates.js';
import { validationFailed } from '../../errors.js';
import type { PoolSetup } from './pool-schema.js';

/** The pool row's own columns from a validated setup (create and update write the same ones). */
export function poolColumns(setup: PoolSetup) {
  return {
    name: setup.name,
    description: setup.description,
    periodStartYear: setup.periodStartYear,
    periodEndYear: setup.periodEndYear,
    status: setup.status,
    intake: setup.intake,
    allowsCarryOver: setup.allowsCarryOver,
    lists: setup.lists,
    eligibilityRules: setup.eligibilityRules,
    rubric: setup.rubric,
    followUpMonths: setup.followUpMonths,
  };
}

/**
 * Writes a pool's child rows (decision bodies, budget lines with years and earmarks, meetings) to
 * match the setup, inside the caller's transaction. Rows are matched by key (bodies, lines) or id
 * (meetings), so ids other rows point at stay stable. Something still in use cannot be removed: a
 * Danish validation error says why, and the caller's transaction rolls back.
 */
export async function writePoolChildren(tx: Db, poolId: string, setup: PoolSetup): Promise<void> {
  // Decision bodies, by key.
  const existingBodies = await tx.select().from(decisionBodies).where(eq(decisionBodies.poolId, poolId));
  const bodyId = new Map<string, string>();
  for (const [i, b] of setup.decisionBodies.entries()) {
    const found = existingBodies.find((e) => e.key === b.key);
    if (found) {
      await tx.update(decisionBodies).set({ name: b.name, description: b.description, sortOrder: i }).where(eq(decisionBodies.id, found.id));
      bodyId.set(b.key, found.id);
    } else {
      const [row] = await tx
        .insert(decisionBodies)
        .values({ poolId, key: b.key, name: b.name, description: b.description, sortOrder: i })
        .returning({ id: decisionBodies.id });
      if (!row) throw new Error('insert returned no row');
      bodyId.set(b.key, row.id);
    }
  }

  // Budget lines and earmarks, by key.
  const existingLines = await tx.select().from(budgetLines).where(eq(budgetLines.poolId, poolId));
  const lineId = new Map<string, string>();
  let order = 0;
  const upsertLine = async (values: Omit<typeof budgetLines.$inferInsert, 'poolId' | 'sortOrder'>): Promise<string> => {
    const found = existingLines.find((e) => e.key === values.key);
    const row = { ...values, poolId, sortOrder: order++ };
    if (found) {
      await tx.update(budgetLines).set(row).where(eq(budgetLines.id, found.id));
      return found.id;
    }
    const [inserted] = await tx.insert(budgetLines).values(row).returning({ id: budgetLines.id });
    if (!inserted) throw new Error('insert returned no row');
    return inserted.id;
  };
  const routeOf = (r: { decisionMode: 'meeting' | 'direct'; decisionBodyKey?: string | undefined; directDeciderLabel?: string | undefined }) => ({
    decisionMode: r.decisionMode,
    decisionBodyId: r.decisionMode === 'meeting' && r.decisionBodyKey ? (bodyId.get(r.decisionBodyKey) ?? null) : null,
    directDeciderLabel: r.decisionMode === 'direct' ? (r.directDeciderLabel ?? null) : null,
  });
  for (const line of setup.budgetLines) {
    const id = await upsertLine({
      key: line.key,
      name: line.name,
      purpose: line.purpose,
      openForApplications: line.openForApplications,
      parentLineId: null,
      earmarkShareBp: null,
      ...routeOf(line),
    });
    lineId.set(line.key, id);
    await tx.delete(budgetLineYears).where(eq(budgetLineYears.budgetLineId, id));
    if (line.amounts.length > 0) {
      await tx.insert(budgetLineYears).values(line.amounts.map((a) => ({ budgetLineId: id, year: a.year, amountOere: a.amountOere })));
    }
  }
  for (const line of setup.budgetLines) {
    for (const e of line.earmarks) {
      const id = await upsertLine({
        key: e.key,
        name: e.name,
        purpose: line.purpose,
        openForApplications: e.openForApplications,
        parentLineId: lineId.get(line.key) ?? null,
        earmarkShareBp: e.shareBp,
        ...routeOf(e),
      });
      lineId.set(e.key, id);
      await tx.delete(budgetLineYears).where(eq(budgetLineYears.budgetLineId, id));
    }
  }

  // Lines no longer in the setup: earmarks first, then their parents.
  const removed = existingLines.filter((l) => !lineId.has(l.key)).sort((a, b) => Number(b.parentLineId !== null) - Number(a.parentLineId !== null));
  for (const line of removed) {
    const [app] = await tx.select({ id: applications.id }).from(applications).where(eq(applications.budgetLineId, line.id)).limit(1);
    if (app) throw lineInUse(line.name, 'der er ansøgninger på den');
    const [child] = await tx.select({ id: budgetLines.id }).from(budgetLines).where(eq(budgetLines.parentLineId, line.id)).limit(1);
    if (child) throw lineInUse(line.name, 'den har øremærkninger');
    const ok = await deleteIfUnreferenced(tx, async (sp) => {
      await sp.delete(budgetLineYears).where(eq(budgetLineYears.budgetLineId, line.id));
      await sp.delete(budgetLines).where(eq(budgetLines.id, line.id));
    });
    if (!ok) throw lineInUse(line.name, 'der er bogført posteringer på den');
  }

  // Meetings, by id.
  const allBodyIds = existingBodies.map((b) => b.id);
  const existingMeetings = allBodyIds.length ? await tx.select().from(meetings).where(inArray(meetings.decisionBodyId, allBodyIds)) : [];
  const keptMeetings = new Set<string>();
  for (const [i, m] of setup.meetings.entries()) {
    const values = {
      decisionBodyId: bodyId.get(m.decisionBodyKey) ?? '',
      startsAt: m.startsAt,
      location: m.location,
      submissionDeadline: m.submissionDeadline ?? null,
    };
    const found = m.id ? existingMeetings.find((e) => e.id === m.id) : undefined;
    if (m.id && !found) throw validationFailed({ [`meetings.${i}.id`]: 'Mødet findes ikke i puljen' });
    if (found) {
      await tx.update(meetings).set(values).where(eq(meetings.id, found.id));
      keptMeetings.add(found.id);
    } else {
      await tx.insert(meetings).values(values);
    }
  }
  for (const m of existingMeetings.filter((e) => !keptMeetings.has(e.id))) {
    const when = formatDate(m.startsAt);
    if (m.status !== 'planned' && m.status !== 'cancelled') {
      throw validationFailed({ meetings: `Mødet den ${when} kan ikke fjernes, fordi det allerede har en dagsorden eller er afholdt` });
    }
    const ok = await deleteIfUnreferenced(tx, (sp) =>
      sp
        .delete(meetings)
        .where(eq(meetings.id, m.id))
        .then(() => undefined),
    );
    if (!ok) throw validationFailed({ meetings: `Mødet den ${when} kan ikke fjernes, fordi der er sager på dets dagsorden` });
  }

  // Decision bodies no longer in the setup.
  for (const b of existingBodies.filter((e) => !bodyId.has(e.key))) {
    const ok = await deleteIfUnreferenced(tx, (sp) =>
      sp
        .delete(decisionBodies)
        .where(and(eq(decisionBodies.id, b.id), eq(decisionBodies.poolId, poolId)))
        .then(() => undefined),
    );
    if (!ok) throw validationFailed({ decisionBodies: `Beslutningsorganet "${b.name}" kan ikke fjernes, fordi det har møder eller sager` });
  }
}

const lineInUse = (name: string, why: string) =>
  validationFailed({ budgetLines: `Budgetlinjen "${name}" kan ikke fjernes, fordi ${why}. Luk den for ansøgninger i stedet.` });

/**
 * Runs the deletes in a savepoint; false when a foreign key (rows of another area point at the row)
 * stops them. Only that savepoint is rolled back, so the caller's transaction continues.
 */
async function deleteIfUnreferenced(tx: Db, work: (sp: Db) => Promise<void>): Promise<boolean> {
  try {
    await tx.transaction(async (sp) => work(sp as unknown as Db));
    return true;
  } catch (err) {
    if (isForeignKeyViolation(err)) return false;
    throw err;
  }
}

function isForeignKeyViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if (typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === '23503') return true;
    e = typeof e === 'object' && e !== null && 'cause' in e ? (e as { cause: unknown }).cause : undefined;
  }
  return false;
}
