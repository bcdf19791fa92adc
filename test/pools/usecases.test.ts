import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import { auditEvents } from '../../src/db/schema/audit.js';
import { organisations } from '../../src/db/schema/organisations.js';
import { createPool } from '../../src/usecases/pools/create-pool.js';
import { getPoolHistory } from '../../src/usecases/pools/get-pool-history.js';
import { getPool } from '../../src/usecases/pools/get-pool.js';
import { listPools } from '../../src/usecases/pools/list-pools.js';
import { setupOf } from '../../src/usecases/pools/pool-details.js';
import { updatePool } from '../../src/usecases/pools/update-pool.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildPoolInput } from '../support/factories.js';
import { expectRefusal, refusalOf } from '../support/expect-refusal.js';

let t: TestApp;
let vejle: Actor;
beforeAll(async () => {
  t = await createTestApp('demo');
  vejle = await t.actor('sekretariat@vejle.demo');
});
afterAll(() => t.close());

const orgId = async (slug: string) => (await t.db.select().from(organisations).where(eq(organisations.slug, slug)))[0]?.id ?? '';

describe('createPool', () => {
  it('creates the pool in the actor’s organisation with lines, years, earmark, body, meeting and an audit event', async () => {
    const pool = await createPool(t.db, vejle, buildPoolInput());
    expect(pool.organisationId).toBe(await orgId('vejle'));
    expect(pool.version).toBe(1);
    const line = pool.budgetLines[0];
    expect(line?.amounts).toEqual([
      { year: 2026, amountOere: 100_000_000 },
      { year: 2027, amountOere: 200_000_000 },
    ]);
    expect(line?.earmarks[0]).toMatchObject({ key: 'test', shareBp: 1000, decisionMode: 'direct', directDeciderLabel: 'Direktøren' });
    expect(line?.earmarks[0]?.amounts).toEqual([
      { year: 2026, amountOere: 10_000_000 },
      { year: 2027, amountOere: 20_000_000 },
    ]);
    expect(line).toMatchObject({ decisionMode: 'meeting', decisionBodyKey: 'styregruppen', decisionBodyName: 'Styregruppen' });
    // 15.00 Danish winter time is 14.00 UTC.
    expect(pool.meetings[0]?.startsAt).toBe('2026-03-12T14:00:00.000Z');
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.objectId, pool.id));
    const created = events.filter((e) => e.action === 'pool.created');
    expect(created).toHaveLength(1);
    expect(created[0]?.actorUserId).toBe(vejle.userId);
    expect(created[0]?.after).toMatchObject({ name: 'Testpuljen', version: 1, budgetLines: [{ key: 'ordinaer' }] });
  });

  it('refuses an applicant (403) and another organisation (404)', async () => {
    const applicant = await t.actor('ansoeger@vejle.demo');
    await expectRefusal(createPool(t.db, applicant, buildPoolInput()), 'FORBIDDEN');
    await expectRefusal(createPool(t.db, vejle, buildPoolInput({ organisationId: await orgId('aarhus') })), 'NOT_FOUND');
  });

  it('reports cross-field problems in Danish at the field to change', async () => {
    const err = await refusalOf(
      createPool(
        t.db,
        vejle,
        buildPoolInput({
          name: ' ',
          periodStartYear: 2026,
          periodEndYear: 2025,
          budgetLines: [
            {
              key: 'a',
              name: 'A',
              decisionMode: 'meeting',
              amounts: [{ year: 2030, amountOere: 5 }],
              earmarks: [
                { key: 'e1', name: 'E1', sharePercent: 60, decisionMode: 'direct' },
                { key: 'e2', name: 'E2', sharePercent: 50, decisionMode: 'meeting', decisionBodyKey: 'findes-ikke' },
              ],
            },
            { key: 'a', name: 'Dublet', decisionMode: 'direct', directDeciderLabel: 'Direktøren', amounts: [], earmarks: [] },
          ],
          meetings: [{ decisionBodyKey: 'raadet', startsAt: '2026-13-01T10:00', location: '' }],
          eligibilityRules: [{ id: 'r', kind: 'minBottomLines', severity: 'hard', params: { min: 5 }, exemptBudgetLines: ['nope'] }],
        }),
      ),
    );
    expect(err.code).toBe('VALIDATION_FAILED');
    // Field checks first: the checks across fields run once every field can be read.
    expect(err.fields).toEqual({
      name: 'Angiv puljens navn',
      'meetings.0.startsAt': 'Angiv en gyldig dato og et klokkeslæt, fx 12.03.2026 kl. 15.00',
      'eligibilityRules.0.params.min': 'Antal bundlinjer kan højst være 3',
    });
  });

  it('reports decision routes, duplicate keys and the period across fields', async () => {
    const err = await refusalOf(
      createPool(
        t.db,
        vejle,
        buildPoolInput({
          periodStartYear: 2026,
          periodEndYear: 2025,
          budgetLines: [
            {
              key: 'a',
              name: 'A',
              decisionMode: 'meeting',
              amounts: [],
              earmarks: [
                { key: 'e1', name: 'E1', sharePercent: 10, decisionMode: 'direct' },
                { key: 'e2', name: 'E2', sharePercent: 10, decisionMode: 'meeting', decisionBodyKey: 'findes-ikke' },
              ],
            },
            { key: 'a', name: 'Dublet', decisionMode: 'direct', directDeciderLabel: 'Direktøren', amounts: [], earmarks: [] },
          ],
          meetings: [],
          eligibilityRules: [],
        }),
      ),
    );
    expect(err.fields).toEqual({
      periodEndYear: 'Slutåret kan ikke ligge før startåret',
      'budgetLines.0.decisionBodyKey': 'Vælg det beslutningsorgan, der beslutter på møder',
      'budgetLines.0.earmarks.0.directDeciderLabel': 'Angiv, hvem der beslutter direkte, fx "Direktørerne for Kultur & Sundhed og Velfærd"',
      'budgetLines.0.earmarks.1.decisionBodyKey': 'Beslutningsorganet findes ikke i puljen',
      'budgetLines.1.key': 'Der er allerede en budgetlinje eller øremærkning med denne nøgle',
    });
  });

  it('checks years, shares and references once the fields themselves are valid', async () => {
    const err = await refusalOf(
      createPool(
        t.db,
        vejle,
        buildPoolInput({
          budgetLines: [
            {
              key: 'a',
              name: 'A',
              decisionMode: 'meeting',
              decisionBodyKey: 'styregruppen',
              amounts: [{ year: 2030, amountOere: 5 }],
              earmarks: [
                { key: 'e1', name: 'E1', sharePercent: 60, decisionMode: 'direct', directDeciderLabel: 'D' },
                { key: 'e2', name: 'E2', sharePercent: 50, decisionMode: 'direct', directDeciderLabel: 'D' },
              ],
            },
          ],
          meetings: [{ decisionBodyKey: 'raadet', startsAt: '2026-05-01T10:00', location: '' }],
          eligibilityRules: [{ id: 'r', kind: 'requireNewSolution', severity: 'hard', params: {}, exemptBudgetLines: ['nope'] }],
        }),
      ),
    );
    expect(err.fields).toEqual({
      'budgetLines.0.amounts.0.year': 'Året 2030 ligger uden for puljens periode 2026–2027',
      'budgetLines.0.earmarks.1.sharePercent': 'Øremærkningerne må tilsammen højst udgøre 100 % af linjens budget',
      'meetings.0.decisionBodyKey': 'Beslutningsorganet findes ikke i puljen',
      'eligibilityRules.0.exemptBudgetLines.0': 'Budgetlinjen "nope" findes ikke i puljen',
    });
  });

  it('refuses an open pool with no line open for applications', async () => {
    const err = await refusalOf(createPool(t.db, vejle, buildPoolInput({ budgetLines: [], eligibilityRules: [] })));
    expect(err.fields).toEqual({ status: 'En åben pulje skal have mindst én budgetlinje, der er åben for ansøgninger' });
  });
});

describe('updatePool', () => {
  it('replaces a section, keeps line ids by key, bumps the version and records before/after', async () => {
    const pool = await createPool(t.db, vejle, buildPoolInput());
    const lineId = pool.budgetLines[0]?.id;
    const earmarkId = pool.budgetLines[0]?.earmarks[0]?.id;
    const meetingId = pool.meetings[0]?.id;
    const current = setupOf(pool);
    const updated = await updatePool(t.db, vejle, {
      poolId: pool.id,
      expectedVersion: 1,
      name: 'Testpuljen (ny)',
      budgetLines: current.budgetLines?.map((l) => ({
        ...l,
        amounts: [
          { year: 2026, amountOere: 100_000_000 },
          { year: 2027, amountOere: 300_000_000 },
        ],
      })),
    });
    expect(updated.version).toBe(2);
    expect(updated.name).toBe('Testpuljen (ny)');
    expect(updated.budgetLines[0]?.id).toBe(lineId);
    expect(updated.budgetLines[0]?.earmarks[0]?.id).toBe(earmarkId);
    expect(updated.meetings[0]?.id).toBe(meetingId);
    expect(updated.budgetLines[0]?.amounts[1]).toEqual({ year: 2027, amountOere: 300_000_000 });
    // Sections not sent are kept.
    expect(updated.eligibilityRules).toEqual(pool.eligibilityRules);

    const history = await getPoolHistory(t.db, vejle, { poolId: pool.id });
    const poolEvents = history.events.filter((e) => e.action.startsWith('pool.'));
    expect(poolEvents.map((e) => e.action)).toEqual(['pool.created', 'pool.updated']);
    const change = poolEvents[1];
    expect(change?.actorEmail).toBe('sekretariat@vejle.demo');
    expect(change?.before).toMatchObject({ version: 1, name: 'Testpuljen' });
    expect(change?.after).toMatchObject({ version: 2, name: 'Testpuljen (ny)' });
    expect(change?.changes).toEqual([
      { path: ['name'], before: 'Testpuljen', after: 'Testpuljen (ny)' },
      { path: ['budgetLines', 'ordinaer', 'amounts', '2027', 'amountOere'], before: 200_000_000, after: 300_000_000 },
    ]);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const pool = await createPool(t.db, vejle, buildPoolInput());
    await updatePool(t.db, vejle, { poolId: pool.id, expectedVersion: 1, name: 'Først' });
    const err = await refusalOf(updatePool(t.db, vejle, { poolId: pool.id, expectedVersion: 1, name: 'Forældet' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.status).toBe(409);
    const now = await getPool(t.db, vejle, { poolId: pool.id });
    expect(now.name).toBe('Først');
    expect(now.version).toBe(2);
  });

  it('requires expectedVersion and validates the merged setup', async () => {
    const pool = await createPool(t.db, vejle, buildPoolInput());
    const missing = await refusalOf(updatePool(t.db, vejle, { poolId: pool.id, periodEndYear: 2026 }));
    expect(missing.fields).toEqual({ expectedVersion: 'Angiv den version, ændringen bygger på' });
    const outside = await refusalOf(updatePool(t.db, vejle, { poolId: pool.id, expectedVersion: 1, periodEndYear: 2026 }));
    expect(outside.fields).toEqual({ 'budgetLines.0.amounts.1.year': 'Året 2027 ligger uden for puljens periode 2026–2026' });
  });

  it('will not remove a budget line that has applications, with a Danish reason', async () => {
    const pool = await createPool(t.db, vejle, buildPoolInput());
    const line = pool.budgetLines[0];
    await t.db.insert(applications).values({
      organisationId: pool.organisationId,
      poolId: pool.id,
      caseNumber: 'T-0001',
      leadUserId: vejle.userId,
      title: 'Skærmbesøg',
      budgetLineId: line?.id ?? null,
      content: {},
    });
    const err = await refusalOf(
      updatePool(t.db, vejle, {
        poolId: pool.id,
        expectedVersion: 1,
        status: 'draft',
        budgetLines: [],
        eligibilityRules: [],
      }),
    );
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields?.budgetLines).toMatch(/Budgetlinjen "(Ordinære projekter|Test)" kan ikke fjernes/);
    expect((await getPool(t.db, vejle, { poolId: pool.id })).budgetLines).toHaveLength(1);
  });

  it('will not remove a line the ledger has budget postings on, but removes an unused one', async () => {
    const pool = await createPool(
      t.db,
      vejle,
      buildPoolInput({
        budgetLines: [
          ...(buildPoolInput().budgetLines ?? []),
          { key: 'tom', name: 'Tom linje', decisionMode: 'meeting', decisionBodyKey: 'styregruppen', amounts: [{ year: 2026, amountOere: 0 }], earmarks: [] },
        ],
      }),
    );
    const [ordinary, empty] = pool.budgetLines;
    const keepOnlyEmpty = await refusalOf(
      updatePool(t.db, vejle, {
        poolId: pool.id,
        expectedVersion: 1,
        budgetLines: setupOf(pool).budgetLines?.filter((l) => l.key === 'tom'),
        eligibilityRules: [],
      }),
    );
    expect(keepOnlyEmpty.fields?.budgetLines).toBe(
      'Budgetlinjen "Ordinære projekter" kan ikke fjernes, fordi der er bogført posteringer på den. Luk den for ansøgninger i stedet.',
    );
    const kept = await updatePool(t.db, vejle, {
      poolId: pool.id,
      expectedVersion: 1,
      budgetLines: setupOf(pool).budgetLines?.filter((l) => l.key === 'ordinaer'),
    });
    expect(kept.budgetLines.map((l) => l.id)).toEqual([ordinary?.id]);
    expect(empty?.id).toBeDefined();
  });

  it('removes a meeting left out and adds a new one', async () => {
    const pool = await createPool(t.db, vejle, buildPoolInput());
    const updated = await updatePool(t.db, vejle, {
      poolId: pool.id,
      expectedVersion: 1,
      meetings: [{ decisionBodyKey: 'styregruppen', startsAt: '2026-08-20T10:00', location: 'Byrådssalen', submissionDeadline: '2026-07-30' }],
    });
    expect(updated.meetings).toHaveLength(1);
    expect(updated.meetings[0]?.id).not.toBe(pool.meetings[0]?.id);
    expect(updated.meetings[0]).toMatchObject({ startsAt: '2026-08-20T08:00:00.000Z', submissionDeadline: '2026-07-30' });
  });

  it('is refused for an applicant (403) and for another organisation (404)', async () => {
    const pool = await createPool(t.db, vejle, buildPoolInput());
    const applicant = await t.actor('ansoeger@vejle.demo');
    await expectRefusal(updatePool(t.db, applicant, { poolId: pool.id, expectedVersion: 1, name: 'X' }), 'FORBIDDEN');
    const aarhus = await t.actor('sekretariat@aarhus.demo');
    await expectRefusal(updatePool(t.db, aarhus, { poolId: pool.id, expectedVersion: 1, name: 'X' }), 'NOT_FOUND');
  });
});

describe('reading pools', () => {
  it('lists the actor’s organisations’ pools only', async () => {
    const aarhus = await listPools(t.db, await t.actor('ansoeger@aarhus.demo'));
    expect(aarhus.map((p) => p.name)).toEqual(['VTU – Velfærdsteknologisk Udviklingspulje']);
    expect(aarhus[0]?.canEdit).toBe(false);
  });

  it('lets the VT Syd coordinator see and read the pools of the network’s municipalities, not others', async () => {
    const admin = await t.actor('admin@soenderborg.demo');
    const pool = await createPool(t.db, admin, buildPoolInput({ name: 'Sønderborgs pulje' }));
    const coordinator = await t.actor('koordinator@vtsyd.demo');
    const listed = await listPools(t.db, coordinator);
    expect(listed.map((p) => p.name)).toEqual(['Sønderborgs pulje']);
    expect((await getPool(t.db, coordinator, { poolId: pool.id })).name).toBe('Sønderborgs pulje');
    const vejlePool = (await listPools(t.db, vejle))[0];
    await expectRefusal(getPool(t.db, coordinator, { poolId: vejlePool?.id ?? '' }), 'NOT_FOUND');
    await expectRefusal(updatePool(t.db, coordinator, { poolId: pool.id, expectedVersion: 1, name: 'X' }), 'NOT_FOUND');
  });

  it('shows the history only to the secretariat and admins', async () => {
    const pool = (await listPools(t.db, vejle))[0];
    const reviewer = await t.actor('bedoemmer@vejle.demo');
    await expectRefusal(getPoolHistory(t.db, reviewer, { poolId: pool?.id ?? '' }), 'FORBIDDEN');
    const admin = await t.actor('admin@vejle.demo');
    expect((await getPoolHistory(t.db, admin, { poolId: pool?.id ?? '' })).events.map((e) => e.action)).toContain('pool.created');
    await expectRefusal(getPoolHistory(t.db, await t.actor('sekretariat@aarhus.demo'), { poolId: pool?.id ?? '' }), 'NOT_FOUND');
  });
});
