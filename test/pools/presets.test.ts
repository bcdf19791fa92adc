import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { poolIdByName, rowsContaining, textOf } from './html.js';
import { paths } from '../../src/paths.js';
import { demoYears, VEJLE_POOL_NAME } from '../support/demo-years.js';
import { kr } from '../support/kr.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t.close());

describe('demo presets', () => {
  it('Vejle shows 5, 0, 10 and 5 mio. kr. for the seed years 2021–2024, shifted to the demo period, with 10 % earmarked for Innovation og Test', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const id = await poolIdByName(await s.api('GET', '/pools'), VEJLE_POOL_NAME);
    const html = await (await s.get(paths.pools.show({ poolId: id }))).text();
    expect(rowsContaining(html, 'Budgetlinje')[0]).toEqual(['Budgetlinje', ...demoYears.map(String), 'I alt']);
    const [ordinary] = rowsContaining(html, 'Ordinære projekter');
    expect(ordinary?.slice(1)).toEqual([kr('5.000.000 kr.'), kr('0 kr.'), kr('10.000.000 kr.'), kr('5.000.000 kr.'), kr('20.000.000 kr.')]);
    const [earmark] = rowsContaining(html, 'øremærket');
    expect(earmark?.[0]).toBe('heraf 10 % øremærket Innovation og Test');
    expect(earmark?.slice(1)).toEqual([kr('500.000 kr.'), kr('0 kr.'), kr('1.000.000 kr.'), kr('500.000 kr.'), kr('2.000.000 kr.')]);
    const text = textOf(html);
    expect(text).toContain('Innovation og Test: Besluttes direkte af Direktørerne for Kultur & Sundhed og Velfærd');
    expect(text).toContain('Ordinære projekter: Velfærdsteknologirådet beslutter på sine møder');
    expect(text).toContain('Det økonomiske kriterium (bedre udnyttelse af ressourcerne) skal være opfyldt, og desuden mindst ét af de øvrige');
    expect(text).toContain('Gælder ikke for Innovation og Test.');
    expect(text).toContain('kildematerialets periode 2021–2024');
    // Three council meetings a year over the period.
    expect(rowsContaining(html, 'Velfærdsteknologirådet').filter((r) => /kl\. 15\.00/.test(r[0] ?? ''))).toHaveLength(12);
    for (const phase of ['Start (behovsanalyse)', 'Opfølgning på mål', 'I drift – opskaleres?', 'Gennemføres']) expect(text).toContain(phase);
  });

  it('Vejle’s figures come out of the API in øre', async () => {
    const s = await t.as('raad@vejle.demo');
    const id = await poolIdByName(await s.api('GET', '/pools'), VEJLE_POOL_NAME);
    const pool = (await (await s.api('GET', `/pools/${id}`)).json()) as {
      budgetLines: { amounts: { year: number; amountOere: number }[]; earmarks: { name: string; shareBp: number; decisionMode: string }[] }[];
      eligibilityRules: { kind: string; severity: string; params: Record<string, number>; exemptBudgetLines?: string[] }[];
    };
    expect(pool.budgetLines).toHaveLength(1);
    expect(pool.budgetLines[0]?.amounts).toEqual([500_000_000, 0, 1_000_000_000, 500_000_000].map((amountOere, i) => ({ year: demoYears[i], amountOere })));
    expect(pool.budgetLines[0]?.earmarks).toMatchObject([{ name: 'Innovation og Test', shareBp: 1000, decisionMode: 'direct' }]);
    expect(pool.eligibilityRules.find((r) => r.kind === 'economicBottomLinePlus')).toMatchObject({
      severity: 'hard',
      params: { minOthers: 1 },
      exemptBudgetLines: ['innovation-og-test'],
    });
    expect(pool.eligibilityRules.find((r) => r.kind === 'citizenFacingMustReplaceOrPostpone')?.severity).toBe('soft');
    expect(pool.eligibilityRules.map((r) => r.kind).sort()).toEqual([
      'citizenFacingMustReplaceOrPostpone',
      'economicBottomLinePlus',
      'requireOperationFinancingPlan',
      'requireResultGoals',
    ]);
  });

  it('Horsens shows its two budget lines of 2.000.000 kr. a year', async () => {
    const s = await t.as('ansoeger@horsens.demo');
    const id = await poolIdByName(await s.api('GET', '/pools'), 'Velfærdsteknologipulje');
    const html = await (await s.get(paths.pools.show({ poolId: id }))).text();
    const [trial] = rowsContaining(html, 'Afprøvning og igangsættelse');
    const [telemedicine] = rowsContaining(html, 'Drift af nationale telemedicinske løsninger');
    expect(trial?.slice(1, 5)).toEqual([kr('2.000.000 kr.'), kr('2.000.000 kr.'), kr('2.000.000 kr.'), kr('2.000.000 kr.')]);
    expect(telemedicine?.slice(1, 5)).toEqual([kr('2.000.000 kr.'), kr('2.000.000 kr.'), kr('2.000.000 kr.'), kr('2.000.000 kr.')]);
    expect(trial?.[0]).toContain('Åben for ansøgninger');
    expect(telemedicine?.[0]).toContain('Drift · Ikke åben for ansøgninger');
    const text = textOf(html);
    expect(text).toContain('Projektet skal skabe værdi på mindst to af de tre bundlinjer');
    expect(text).toContain('Afrapportering 6 og 12 måneder efter projektstart');
    expect(text).toContain('Styregruppen beslutter på sine møder');
    // An applicant sees no edit or history links.
    expect(html).not.toContain('/rediger');
    expect(html).not.toContain('/historik');
  });

  it('Aarhus VTU: continuous intake, five project types, the five effect goals, its rules and a labelled illustrative budget', async () => {
    const s = await t.as('sekretariat@aarhus.demo');
    const id = await poolIdByName(await s.api('GET', '/pools'), 'VTU – Velfærdsteknologisk Udviklingspulje');
    const text = textOf(await (await s.get(paths.pools.show({ poolId: id }))).text());
    expect(text).toContain('Løbende ansøgning');
    expect(text).toContain('illustrativt demotal');
    for (const s2 of ['Demonstrationsprojekt', 'Testprojekt', 'Udviklingsprojekt', 'Implementeringsprojekt', 'Strategisk indsats']) expect(text).toContain(s2);
    for (const g of [
      'Tryghed og sikkerhed',
      'Mobilitet og mulighed for at klare daglige gøremål uden for boligen',
      'Selvhjulpenhed og livskvalitet',
      'Frigjorte ressourcer',
      'Læring og trivsel',
    ])
      expect(text).toContain(g);
    expect(text).toContain('Projektet skal have mindst én privat virksomhed med.');
    expect(text).toContain('Projektet skal bidrage til mindst ét af puljens effektmål.');
    expect(text).toContain('Synergi på tværs af magistratsafdelinger');
  });

  it('has real organisation names, departments, people and the VT Syd network', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const me = (await (await s.api('GET', '/me')).json()) as { name: string; memberships: { organisationName: string }[] };
    expect(me.name).toBe('Rasmus Thygesen');
    expect(me.memberships[0]?.organisationName).toBe('Vejle Kommune');
    const coordinator = await t.as('koordinator@vtsyd.demo');
    const coord = (await (await coordinator.api('GET', '/me')).json()) as { memberships: unknown[]; networkMemberships: { role: string }[] };
    expect(coord.memberships).toEqual([]);
    expect(coord.networkMemberships.map((m) => m.role)).toEqual(['coordinator']);
    const { departments, organisations } = await import('../../src/db/schema/organisations.js');
    const { eq } = await import('drizzle-orm');
    const aarhus = await t.db
      .select({ name: departments.name })
      .from(departments)
      .innerJoin(organisations, eq(organisations.id, departments.organisationId))
      .where(eq(organisations.slug, 'aarhus'));
    expect(aarhus.map((d) => d.name).sort()).toEqual(
      ['Borgmesterens Afdeling', 'Børn og Unge', 'Kultur og Borgerservice', 'Sociale Forhold og Beskæftigelse', 'Sundhed og Omsorg', 'Teknik og Miljø'].sort(),
    );
  });
});
