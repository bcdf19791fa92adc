import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/paths.js';
import { decideProjectOutcome } from '../../src/usecases/projects/decide-project-outcome.js';
import { recordEvaluation } from '../../src/usecases/projects/record-evaluation.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { stateOf, buildEvaluationInput, buildOutcomePool, buildStartedProject, type OutcomeFixture } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** One page test per outcome page: status, key content, and 422 with the typed values kept. */
let t: TestApp;
let fx: OutcomeFixture;
let secretariat: Actor;

beforeAll(async () => {
  t = await createTestApp('demo');
  fx = await buildOutcomePool(t.db);
  secretariat = await t.actor('sekretariat@vejle.demo');
});
afterAll(() => t.close());

const dimensionFields = (score: string) =>
  Object.fromEntries(
    ['citizen', 'organisation', 'technology', 'economy', 'ethicsLaw', 'transferability'].flatMap((d) => [
      [`dimensions[${d}][score]`, score],
      [`dimensions[${d}][argument]`, `Begrundelse for ${d}`],
    ]),
  );
const businessCaseFields = {
  'actualBusinessCase[investmentOere]': '300.000',
  'actualBusinessCase[yearlyRunningCostOere]': '20.000',
  'actualBusinessCase[hoursFreedPerYear]': '1.000',
  'actualBusinessCase[hourlyRateOere]': '350',
  'actualBusinessCase[kronerSavedPerYearOere]': '0',
  'actualBusinessCase[horizonYears]': '5',
  'actualBusinessCase[discountRate]': '3,5',
};

describe('evaluation page', () => {
  it('shows the form prefilled with the goals and the expected business case; a missing score gives 422 with the values kept', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    const s = await t.as('sekretariat@vejle.demo');
    const page = await s.get(paths.projects.evaluation({ applicationId: project }));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Organisation og medarbejdere');
    expect(html).toContain('Antal skærmbesøg pr. uge');
    expect(html).toContain('value="300.000"');
    expect(html).toContain('Hver dimension scores fra 1');

    const res = await s.postForm(paths.projects.evaluation({ applicationId: project }), {
      ...dimensionFields('4'),
      'dimensions[economy][score]': '',
      ...businessCaseFields,
      'actualBusinessCase[investmentOere]': 'tre hundrede',
      recommendation: 'operation',
      recommendationReason: 'Målene er nået i Vejle Midt',
    });
    expect(res.status).toBe(422);
    const again = await res.text();
    expect(again).toContain('Der er problemer');
    expect(again).toContain('Vælg en score fra 1 til 5');
    expect(again).toContain('Skriv beløbet i kroner');
    expect(again).toContain('Målene er nået i Vejle Midt');
    expect(again).toContain('value="tre hundrede"');
  });

  it('saves through the form (303) and shows the actual business case beside the expected one, with print and PDF links', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    const s = await t.as('sekretariat@vejle.demo');
    const res = await s.postForm(paths.projects.evaluation({ applicationId: project }), {
      ...dimensionFields('5'),
      ...businessCaseFields,
      'goals[0][goalIndex]': '0',
      'goals[0][indicator]': 'Antal skærmbesøg pr. uge',
      'goals[0][target]': '200',
      'goals[0][before]': '0',
      'goals[0][mid]': '110',
      'goals[0][after]': '240',
      'goals[0][met]': 'ja',
      recommendation: 'scale_up',
      scaleUpDepartmentIds: fx.pool.departmentIds[1] ?? '',
      recommendationReason: 'Klar gevinst',
    });
    expect(res.status).toBe(303);
    expect(await stateOf(t.db, project)).toBe('evaluated');
    const html = await (await s.get(res.headers.get('location') ?? '')).text();
    expect(html).toContain('Evalueringen er gemt.');
    expect(html).toContain('Business case: forventet og faktisk');
    expect(html).toContain('Opskalering');
    expect(html).toContain(paths.projects.evaluationPdf({ applicationId: project }));
    const print = await s.get(paths.projects.evaluationPrint({ applicationId: project }));
    expect(print.status).toBe(200);
    expect(await print.text()).toContain('240');
    const pdf = await s.get(paths.projects.evaluationPdf({ applicationId: project }));
    expect([200, 503]).toContain(pdf.status);
    if (pdf.status === 200) expect(pdf.headers.get('content-type')).toBe('application/pdf');
    // The evaluation on the council agenda through the form.
    const agenda = await s.postForm(paths.projects.evaluationAgenda({ applicationId: project }), { meetingId: fx.meetingId });
    expect(agenda.status).toBe(303);
    const after = await (await s.get(agenda.headers.get('location') ?? '')).text();
    expect(after).toContain('Evalueringen er sat på mødets dagsorden.');
  });
});

describe('decision, handover, closing, changes, correction and portfolio pages', () => {
  it('decision: 422 without a reason keeps the chosen outcome; management decides through the form', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    await recordEvaluation(t.db, secretariat, buildEvaluationInput(project, { recommendation: 'operation' }));
    const m = await t.as('raad@vejle.demo');
    const page = await m.get(paths.projects.outcome({ applicationId: project }));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Registrér beslutningen');
    const bad = await m.postForm(paths.projects.outcome({ applicationId: project }), { outcome: 'operation', decidedOn: '20.11.2026', reason: '' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Begrund beslutningen');
    expect(html).toMatch(/value="operation"[^>]*checked/);
    expect(html).toContain('value="20.11.2026"');
    const ok = await m.postForm(paths.projects.outcome({ applicationId: project }), {
      outcome: 'operation',
      decidedOn: '20.11.2026',
      reason: 'Direktionen beslutter drift',
    });
    expect(ok.status).toBe(303);
    expect(await stateOf(t.db, project)).toBe('in_operation');

    const s = await t.as('sekretariat@vejle.demo');
    const handover = await s.get(paths.projects.handover({ applicationId: project }));
    expect(handover.status).toBe(200);
    const badHandover = await s.postForm(paths.projects.handover({ applicationId: project }), {
      ownerDepartmentId: fx.pool.departmentIds[0] ?? '',
      operatingBudget: 'Hjemmeplejens driftsbudget',
      yearlyOperatingCostOere: '20.000',
      trainingPlan: '',
      goLiveDate: '01.01.2027',
    });
    expect(badHandover.status).toBe(422);
    expect(await badHandover.text()).toContain('value="Hjemmeplejens driftsbudget"');
    const okHandover = await s.postForm(paths.projects.handover({ applicationId: project }), {
      ownerDepartmentId: fx.pool.departmentIds[0] ?? '',
      operatingBudget: 'Hjemmeplejens driftsbudget',
      yearlyOperatingCostOere: '20.000',
      trainingPlan: 'Superbrugere',
      goLiveDate: '01.01.2027',
    });
    expect(okHandover.status).toBe(303);
    const summary = await (await s.get(okHandover.headers.get('location') ?? '')).text();
    expect(summary).toContain('Puljen betaler ikke mere til projektet.');
    expect(summary).toContain('Hjemmeplejens driftsbudget');

    const close = await s.get(paths.projects.close({ applicationId: project }));
    expect(close.status).toBe(200);
    const badClose = await s.postForm(paths.projects.close({ applicationId: project }), { reason: '' });
    expect(badClose.status).toBe(422);
    expect((await s.postForm(paths.projects.close({ applicationId: project }), { reason: 'I drift' })).status).toBe(303);
    expect(await stateOf(t.db, project)).toBe('closed');
  });

  it('changes: a request with a missing amount is 422 with what was typed; the secretariat approves on the page', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    const a = await t.as('ansoeger@vejle.demo');
    expect((await a.get(paths.projects.changes({ applicationId: project }))).status).toBe(200);
    const bad = await a.postForm(paths.projects.changes({ applicationId: project }), {
      kind: 'move_years',
      'yearMoves[0][budgetLineId]': fx.pool.lines.ordinaer ?? '',
      'yearMoves[0][fromYear]': '2023',
      'yearMoves[0][toYear]': '2024',
      'yearMoves[0][amountOere]': '',
      reason: 'Forsinket levering',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Angiv beløbet og årene');
    expect(html).toContain('Forsinket levering');
    const ok = await a.postForm(paths.projects.changes({ applicationId: project }), {
      kind: 'move_years',
      'yearMoves[0][budgetLineId]': fx.pool.lines.ordinaer ?? '',
      'yearMoves[0][fromYear]': '2023',
      'yearMoves[0][toYear]': '2024',
      'yearMoves[0][amountOere]': '50.000',
      reason: 'Forsinket levering',
    });
    expect(ok.status).toBe(303);
    const s = await t.as('sekretariat@vejle.demo');
    const list = await (await s.get(paths.projects.changes({ applicationId: project }))).text();
    const changeId = /aendringer\/([0-9a-f-]{36})/.exec(list)?.[1] ?? '';
    expect(changeId).not.toBe('');
    const decided = await s.postForm(paths.projects.change({ applicationId: project, changeId }), { decision: 'approve', reason: 'OK' });
    expect(decided.status).toBe(303);
    expect(await (await s.get(decided.headers.get('location') ?? '')).text()).toContain('Godkendt');
  });

  it('correction: 422 keeps the amount typed; stop through the decision page returns money', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    const s = await t.as('sekretariat@vejle.demo');
    expect((await s.get(paths.projects.correctDecision({ applicationId: project }))).status).toBe(200);
    const bad = await s.postForm(paths.projects.correctDecision({ applicationId: project }), {
      kind: 'release',
      commitment: `${fx.pool.lines.ordinaer}:2023`,
      amountOere: '10.000',
      reference: '',
      reason: 'Fejl',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('value="10.000"');
    const stop = await s.postForm(paths.projects.outcome({ applicationId: project }), { outcome: 'stop', decidedOn: '01.09.2023', reason: 'Stoppet' });
    expect(stop.status).toBe(303);
    expect(await stateOf(t.db, project)).toBe('stopped');
  });

  it('portfolio: per pool and across the organisation, with the chart, the table and the XLSX export', async () => {
    const project = await buildStartedProject(t.db, fx, secretariat);
    await decideProjectOutcome(t.db, secretariat, { applicationId: project, outcome: 'stop', decidedOn: '2023-09-01', reason: 'x' });
    const s = await t.as('sekretariat@vejle.demo');
    const page = await s.get(paths.projects.poolPortfolio({ poolId: fx.pool.poolId }));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Projekter pr. fase');
    expect(html).toContain('role="img"');
    expect(html).toMatch(/Tilbageført: [\d.]+\u00a0kr\./);
    expect(html).toContain(paths.projects.outcome({ applicationId: project }));
    expect(html).toContain('Stoppet');
    const filtered = await (await s.get(paths.projects.portfolio({ organisationId: fx.pool.organisationId, state: 'stopped' }))).text();
    expect(filtered).toContain('Porteføljen på tværs af puljerne');
    expect(filtered).toContain(paths.projects.outcome({ applicationId: project }));
    const xlsx = await s.get(paths.projects.portfolioXlsx({ poolId: fx.pool.poolId }));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
