import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import { listSimilarEntries } from '../../src/usecases/catalogue/list-similar-entries.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildEntry, clearCatalogue, openPool } from '../support/catalogue-factory.js';
import { expectRefusal } from '../support/expect-refusal.js';
import { userId } from '../support/factories.js';

let t: TestApp;
let robots: string;
let aarhusInternal: string;
let applicationId: string;
beforeAll(async () => {
  t = await createTestApp('demo');
  await clearCatalogue(t.db);
  robots = await buildEntry(t.db, 'toender', {
    title: 'Spiserobotter på plejecentre',
    problem: 'Borgere med nedsat funktion i arme kan ikke selv spise og venter på hjælp',
    technologyDescription: 'En robotarm, der fører maden til munden',
    effects: [{ goal: 'Borgere, der spiser selv', unit: 'antal', baseline: 0, target: 10, measured: 12, measuredOn: '2025-06-01', comment: '' }],
  });
  aarhusInternal = await buildEntry(t.db, 'aarhus', { title: 'Spiserobot i Aarhus', problem: 'Borgere kan ikke selv spise', visibility: 'organisation' });
  await buildEntry(t.db, 'haderslev', { title: 'Digitale træningsprogrammer', problem: 'Genoptræning efter en operation' });
  const poolId = await openPool(t.db, 'soenderborg');
  const [row] = await t.db
    .insert(applications)
    .values({
      organisationId: (await t.actor('ansoeger@soenderborg.demo')).memberships[0]?.organisationId ?? '',
      poolId,
      caseNumber: 'SB-1',
      leadUserId: await userId(t.db, 'ansoeger@soenderborg.demo'),
      title: 'Spiserobot til borgere i eget hjem',
      content: { needAnalysis: 'Borgere, der ikke selv kan spise, venter på personalet.', solution: 'Vi afprøver en robot, der hjælper med at spise.' },
    })
    .returning({ id: applications.id });
  applicationId = row?.id ?? '';
});
afterAll(() => t?.close());

describe('similar entries (evidence while applying and assessing)', () => {
  it("a Sønderborg application about meal-assisting robots shows Tønder's spiserobot entry with its effects, never Aarhus's internal one", async () => {
    const list = await listSimilarEntries(t.db, await t.actor('ansoeger@soenderborg.demo'), { applicationId });
    expect(list[0]?.title).toBe('Spiserobotter på plejecentre');
    expect(list[0]?.effects[0]?.measured).toBe(12);
    expect(list[0]?.spentOere).toBe(400_000_00);
    expect(list[0]?.evaluationOutcome).toBe('operation');
    expect(list.map((e) => e.id)).not.toContain(aarhusInternal);
    expect(list.map((e) => e.title)).not.toContain('Digitale træningsprogrammer');
    expect(list.map((e) => e.id)).toContain(robots);
  });

  it("the secretariat sees the same evidence; another municipality's user may not ask about the case", async () => {
    const list = await listSimilarEntries(t.db, await t.actor('sekretariat@soenderborg.demo'), { applicationId });
    expect(list.map((e) => e.id)).toEqual([robots]);
    await expectRefusal(listSimilarEntries(t.db, await t.actor('sekretariat@aarhus.demo'), { applicationId }), 'NOT_FOUND');
  });
});
