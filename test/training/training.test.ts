import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, departments, organisations, pools, projectHandovers, projects, trainingRecords, users } from '../../src/db/schema/index.js';
import { dueTraining } from '../../src/domain/training.js';
import { getTrainingOverview } from '../../src/usecases/training/get-training-overview.js';
import { recordTraining } from '../../src/usecases/training/record-training.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';

let t: TestApp;
let unitId = '';
let otherUnitId = '';
const now = new Date('2026-12-01T10:00:00Z');

beforeAll(async () => {
  t = await createTestApp('demo');
  const [org] = await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'aarhus'));
  const orgId = org?.id ?? '';
  const depts = await t.db.select({ id: departments.id }).from(departments).where(eq(departments.organisationId, orgId)).orderBy(asc(departments.name));
  unitId = depts[0]?.id ?? '';
  otherUnitId = depts[1]?.id ?? '';
  const [pool] = await t.db.select({ id: pools.id }).from(pools).where(eq(pools.organisationId, orgId));
  const [lead] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'ansoeger@aarhus.demo'));
  const app = async (title: string, leadDepartmentId: string, started: boolean, caseNumber: string) => {
    const [a] = await t.db
      .insert(applications)
      .values({
        organisationId: orgId,
        poolId: pool?.id ?? '',
        caseNumber,
        state: 'in_trial',
        leadUserId: lead?.id ?? '',
        leadDepartmentId,
        title,
        content: { trainingPlan: `Oplæring i ${title}` },
      })
      .returning({ id: applications.id });
    if (started)
      await t.db
        .insert(projects)
        .values({ applicationId: a?.id ?? '', organisationId: orgId, poolId: pool?.id ?? '', startedOn: '2026-01-01', startedByUserId: lead?.id ?? '' });
    return a?.id ?? '';
  };
  await app('Skærmbesøg', unitId, true, 'UD-1');
  await app('Ikke startet endnu', unitId, false, 'UD-2');
  // Led by the other unit, handed over to this one for operation.
  const handed = await app('Vasketoiletter', otherUnitId, true, 'UD-3');
  await t.db.insert(projectHandovers).values({
    applicationId: handed,
    ownerDepartmentId: unitId,
    operatingBudget: 'Driftsbudget',
    yearlyOperatingCostOere: 100_000_00,
    trainingPlan: 'Alle plejere får 2 timers oplæring',
    goLiveDate: '2026-06-01',
    recordedByUserId: lead?.id ?? '',
  });
});
afterAll(() => t?.close());

describe('dueTraining', () => {
  it('lists technologies nobody is trained in, and refreshers from 60 days before, overdue after', () => {
    const due = dueTraining(
      ['A', 'B'],
      [
        { technology: 'A', personName: 'Anne', level: 'superbruger', trainedOn: '2025-12-20' }, // due 2026-12-20
        { technology: 'A', personName: 'Bo', level: 'bruger', trainedOn: '2026-01-01' }, // due 2028
        { technology: 'A', personName: 'Carl', level: 'bruger', trainedOn: '2024-06-01' }, // due 2026-06-01: overdue
        { technology: 'A', personName: 'Carl', level: 'superbruger', trainedOn: '2024-06-01' },
      ],
      '2026-12-01',
    );
    expect(due).toEqual([
      { kind: 'planned', technology: 'B' },
      { kind: 'refresh', technology: 'A', personName: 'Carl', level: 'superbruger', trainedOn: '2024-06-01', dueOn: '2025-06-01', overdue: true },
      { kind: 'refresh', technology: 'A', personName: 'Anne', level: 'superbruger', trainedOn: '2025-12-20', dueOn: '2026-12-20', overdue: false },
    ]);
  });
});

describe("a unit's training", () => {
  it('derives the technologies from started projects and handovers, with both training plans', async () => {
    const o = await getTrainingOverview(t.db, await t.actor('sekretariat@aarhus.demo'), { departmentId: unitId }, now);
    expect(o.technologies.map((x) => [x.name, x.project?.source])).toEqual([
      ['Skærmbesøg', 'project'],
      ['Vasketoiletter', 'handover'],
    ]);
    expect(o.technologies[1]?.project).toMatchObject({ applicationPlan: 'Oplæring i Vasketoiletter', handoverPlan: 'Alle plejere får 2 timers oplæring' });
    expect(o.due.map((d) => d.kind)).toEqual(['planned', 'planned']);
    const other = await getTrainingOverview(t.db, await t.actor('sekretariat@aarhus.demo'), { departmentId: otherUnitId }, now);
    expect(other.technologies.map((x) => x.name)).not.toContain('Vasketoiletter'); // handed over away from it
  });

  it('records a training, linked to the project, counted per level; a hand-added technology joins the list', async () => {
    const actor = await t.actor('ansoeger@aarhus.demo');
    await recordTraining(
      t.db,
      actor,
      { departmentId: unitId, technology: 'skærmbesøg', personName: 'Anne Hansen', level: 'superbruger', trainedOn: '15-03-2026' },
      now,
    );
    await recordTraining(
      t.db,
      actor,
      { departmentId: unitId, technology: 'Digital medicinhåndtering', personName: 'Bo', level: 'bruger', trainedOn: '2026-11-01' },
      now,
    );
    const o = await getTrainingOverview(t.db, actor, { departmentId: unitId }, now);
    const screen = o.technologies.find((x) => x.name === 'Skærmbesøg');
    expect(screen?.counts).toEqual({ bruger: 0, superbruger: 1, teknologiagent: 0, trainer: 0 });
    expect(screen?.due).toEqual([]);
    expect(o.records.find((r) => r.personName === 'Anne Hansen')).toMatchObject({
      technology: 'Skærmbesøg',
      trainedOn: '2026-03-15',
      refreshDueOn: '2027-03-15',
    });
    expect(o.technologies.find((x) => x.name === 'Digital medicinhåndtering')?.project).toBeNull();
    const [rec] = await t.db.select().from(trainingRecords).where(eq(trainingRecords.personName, 'Anne Hansen'));
    expect(rec?.applicationId).not.toBeNull();
  });

  it('refuses bad input with Danish messages by field, a future date, and the wrong people', async () => {
    const actor = await t.actor('sekretariat@aarhus.demo');
    await expectRefusal(
      recordTraining(t.db, actor, { departmentId: unitId, technology: '', personName: '', level: 'chef', trainedOn: '32-01-2026' }, now),
      'VALIDATION_FAILED',
      {
        technology: 'Vælg eller skriv teknologien',
        personName: 'Skriv navnet på den, der er uddannet',
        level: 'Vælg niveauet',
        trainedOn: 'Skriv datoen som dd-mm-åååå, fx 15-03-2026',
      },
    );
    await expectRefusal(
      recordTraining(t.db, actor, { departmentId: unitId, technology: 'X', personName: 'Y', level: 'bruger', trainedOn: '2027-01-01' }, now),
      'VALIDATION_FAILED',
    );
    const valid = { departmentId: unitId, technology: 'X', personName: 'Y', level: 'bruger', trainedOn: '2026-01-01' };
    await expectRefusal(recordTraining(t.db, await t.actor('admin@aarhus.demo'), valid, now), 'FORBIDDEN'); // admin reads only
    await expectRefusal(recordTraining(t.db, await t.actor('sekretariat@vejle.demo'), valid, now), 'NOT_FOUND');
    await expectRefusal(getTrainingOverview(t.db, await t.actor('sekretariat@vejle.demo'), { departmentId: unitId }), 'NOT_FOUND');
    expect((await getTrainingOverview(t.db, await t.actor('admin@aarhus.demo'), { departmentId: unitId })).mayRecord).toBe(false);
  });
});

describe('the training pages, exports and API', () => {
  it('records through the form (422 keeps what was typed) and shows the overview', async () => {
    const client = await t.as('sekretariat@aarhus.demo');
    const bad = await client.postForm(`/uddannelse/${unitId}/registrer`, { technology: 'Skærmbesøg', personName: 'Cecilie Berg', trainedOn: '2026-02-30' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('value="Cecilie Berg"');
    expect(html).toContain('Vælg niveauet');
    const ok = await client.postForm(`/uddannelse/${unitId}/registrer`, {
      technology: 'Skærmbesøg',
      personName: 'Cecilie Berg',
      level: 'trainer',
      trainedOn: '01-02-2026',
    });
    expect(ok.status).toBe(303);
    const page = await (await client.get(`/uddannelse/${unitId}`)).text();
    expect(page).toContain('Cecilie Berg');
    expect(page).toContain('Alle plejere får 2 timers oplæring');
    expect((await client.get('/uddannelse')).status).toBe(200);
  });

  it('exports CSV and XLSX, and serves listTrainingRecords and recordTraining', async () => {
    const client = await t.as('sekretariat@aarhus.demo');
    const csv = await client.get(`/uddannelse/${unitId}/eksport.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('Enhed;Teknologi;Navn;Niveau;Uddannet');
    const xlsx = await client.get(`/uddannelse/${unitId}/eksport.xlsx`);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const created = await client.api('POST', `/departments/${unitId}/training`, {
      technology: 'Vasketoiletter',
      personName: 'Dorte',
      level: 'bruger',
      trainedOn: '2026-10-01',
    });
    expect(created.status).toBe(201);
    const list = await client.api('GET', `/departments/${unitId}/training`);
    expect(((await list.json()) as { records: { personName: string }[] }).records.map((r) => r.personName)).toContain('Dorte');
  });
});
