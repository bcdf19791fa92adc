import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../src/errors.js';
import { checkEligibility } from '../../src/usecases/applications/check-eligibility.js';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { submitApplication } from '../../src/usecases/applications/submit-application.js';
import { updateApplication } from '../../src/usecases/applications/update-application.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildApplicationPatch, buildPool, type Preset, type TestPool } from '../support/factories.js';
import { refusalOf } from '../support/expect-refusal.js';
import { kr } from '../support/kr.js';

let t: TestApp;
const pools = {} as Record<Preset, TestPool>;
const applicants = {} as Record<Preset, Actor>;
beforeAll(async () => {
  t = await createTestApp('demo');
  for (const p of ['horsens', 'aarhus', 'vejle'] as const) {
    pools[p] = await buildPool(t.db, p, p);
    applicants[p] = await t.actor(`ansoeger@${p}.demo`);
  }
});
afterAll(() => t.close());

async function draft(preset: Preset, changes: Record<string, unknown> = {}) {
  const actor = applicants[preset];
  // Vejle's seed pool runs 2021–2024: its drafts are started on a day inside that period (a pool past its period is closed).
  const day = preset === 'vejle' ? new Date('2023-06-01T10:00:00Z') : new Date();
  const { id } = await createApplication(t.db, actor, { poolId: pools[preset].poolId, title: 'Udkast' }, day);
  await updateApplication(t.db, actor, { applicationId: id, ...buildApplicationPatch(pools[preset], preset), ...changes });
  return id;
}

/** The refusal of submitting the application as its preset's applicant. */
const refusal = (preset: Preset, id: string): Promise<AppError> => refusalOf(submitApplication(t.db, applicants[preset], { applicationId: id }));

describe('each pool applies its own rules', () => {
  it('Horsens: value on only one bottom line is refused with the reason', async () => {
    const id = await draft('horsens', { valueEmployees: '', valueEconomy: '' });
    const report = await checkEligibility(t.db, applicants.horsens, { applicationId: id });
    const rule = report.rules.find((r) => r.kind === 'minBottomLines');
    expect(rule).toMatchObject({ met: false, severity: 'hard' });
    expect(rule?.reason.da).toBe(
      'Projektet skal skabe værdi på mindst to af de tre bundlinjer (borgere, medarbejdere, økonomi). Ansøgningen beskriver værdi på én.',
    );
    expect(report.canSubmit).toBe(false);
    const err = await refusal('horsens', id);
    expect(err.code).toBe('NOT_ELIGIBLE');
    expect(err.status).toBe(422);
    expect(Object.values(err.fields ?? {})).toContain(rule?.reason.da);
  });

  it('Aarhus: no private partner is refused', async () => {
    const id = await draft('aarhus', { privatePartners: [] });
    const err = await refusal('aarhus', id);
    expect(err.code).toBe('NOT_ELIGIBLE');
    expect(Object.values(err.fields ?? {}).join(' ')).toContain(
      'Projektet skal have mindst én privat virksomhed med som samarbejdspartner. Ansøgningen har ingen private virksomheder.',
    );
  });

  it('Vejle: the economic criterion not met is refused', async () => {
    const id = await draft('vejle', { valueEconomy: '' });
    const err = await refusal('vejle', id);
    expect(err.code).toBe('NOT_ELIGIBLE');
    expect(Object.values(err.fields ?? {}).join(' ')).toContain('Ansøgningen beskriver ikke en økonomisk gevinst.');
  });

  it('Vejle: Innovation og Test is exempt from the economic criterion, within its 10 % share', async () => {
    const id = await draft('vejle', {
      valueEconomy: '',
      budgetLineId: pools.vejle.lines['innovation-og-test'],
      budget: [{ year: 2023, costType: 'equipment', amountOere: 1_000_000_00 }],
    });
    const report = await checkEligibility(t.db, applicants.vejle, { applicationId: id });
    expect(report.rules.find((r) => r.kind === 'economicBottomLinePlus')).toMatchObject({ applicable: false, met: true });
    expect(report.budget?.met).toBe(true);
    // 10 % of 10 mio. kr. in 2023 is 1 mio. kr.; one krone more does not fit.
    await updateApplication(t.db, applicants.vejle, { applicationId: id, budget: [{ year: 2023, costType: 'equipment', amountOere: 1_000_000_01 }] });
    const over = await checkEligibility(t.db, applicants.vejle, { applicationId: id });
    expect(over.budget?.met).toBe(false);
    expect(over.budget?.reason.da).toContain(kr('I 2023 søges 1.000.000,01 kr., men linjen har 1.000.000 kr. tilbage.'));
  });

  it("Vejle: nothing can be applied for in 2022, when the line's budget is 0 kr.", async () => {
    const id = await draft('vejle', { budget: [{ year: 2022, costType: 'staff', amountOere: 100_00 }] });
    const err = await refusal('vejle', id);
    expect(err.fields?.budget).toContain(kr('I 2022 søges 100 kr., men linjen har 0 kr. tilbage.'));
  });

  it('a soft rule not met warns without blocking', async () => {
    const id = await draft('vejle', { replacesOrPostpones: false });
    const report = await checkEligibility(t.db, applicants.vejle, { applicationId: id });
    expect(report.warnings).toBe(1);
    expect(report.rules.find((r) => r.kind === 'citizenFacingMustReplaceOrPostpone')).toMatchObject({ met: false, severity: 'soft' });
    expect(report.canSubmit).toBe(true);
  });

  it.each(['horsens', 'aarhus', 'vejle'] as const)('%s: a complete application is accepted and freezes version 1', async (preset) => {
    const id = await draft(preset);
    const report = await checkEligibility(t.db, applicants[preset], { applicationId: id });
    expect(report.missing).toEqual([]);
    expect(report.rules.every((r) => r.met)).toBe(true);
    const r = await submitApplication(t.db, applicants[preset], { applicationId: id });
    expect(r).toMatchObject({ state: 'submitted', version: 1 });
  });

  it('lists what is missing and refuses an incomplete application', async () => {
    const { id } = await createApplication(t.db, applicants.horsens, { poolId: pools.horsens.poolId, title: 'Tom' });
    const report = await checkEligibility(t.db, applicants.horsens, { applicationId: id });
    expect(report.missing.map((m) => m.field)).toEqual(expect.arrayContaining(['summary', 'budgetLineId', 'businessCase.investmentOere', 'trainingPlan']));
    expect((await refusal('horsens', id)).code).toBe('NOT_ELIGIBLE');
  });
});
