import { describe, expect, it } from 'vitest';
import {
  eligibilityRuleSchema,
  eligibilityRulesSchema,
  evaluateEligibility,
  ruleKinds,
  RULE_KINDS,
  type ApplicationFacts,
  type EligibilityRuleInput,
} from './eligibility.js';

const complete: ApplicationFacts = {
  bottomLines: { citizens: true, employees: true, economy: true },
  privatePartnerCount: 1,
  effectGoalCount: 2,
  resultGoalCount: 3,
  hasOperationFinancingPlan: true,
  citizenFacing: true,
  replacesOrPostponesEffort: true,
  isNewSolution: true,
  budgetLineKey: 'ordinary',
};

const parse = (rules: EligibilityRuleInput[]) => eligibilityRulesSchema.parse(rules);

const horsens = parse([
  { id: 'bundlinjer', kind: 'minBottomLines', severity: 'hard', params: { min: 2 } },
  { id: 'ny', kind: 'requireNewSolution', severity: 'hard' },
  { id: 'drift', kind: 'requireOperationFinancingPlan', severity: 'hard' },
]);

const aarhus = parse([
  { id: 'privat', kind: 'requirePrivatePartner', severity: 'hard' },
  { id: 'effekt', kind: 'requireEffectGoal', severity: 'hard' },
  { id: 'ny', kind: 'requireNewSolution', severity: 'hard' },
]);

const ordinary = ['ordinary'];
const vejle = parse([
  { id: 'oekonomi', kind: 'economicBottomLinePlus', severity: 'hard', params: { minOthers: 1 }, appliesToBudgetLines: ordinary },
  { id: 'borgerrettet', kind: 'citizenFacingMustReplaceOrPostpone', severity: 'soft', appliesToBudgetLines: ordinary },
  { id: 'resultatmaal', kind: 'requireResultGoals', severity: 'hard', appliesToBudgetLines: ordinary },
  { id: 'drift', kind: 'requireOperationFinancingPlan', severity: 'hard', appliesToBudgetLines: ordinary },
]);

describe('Horsens: at least two of three bottom lines', () => {
  it('refuses an application with value on one bottom line, with a plain Danish reason', () => {
    // 1 of 3 bottom lines < min 2 → hard rule not met → blocking
    const r = evaluateEligibility(horsens, {
      ...complete,
      bottomLines: { citizens: true, employees: false, economy: false },
    });
    expect(r.blocking).toBe(true);
    expect(r.warnings).toBe(0);
    const res = r.results.find((x) => x.ruleId === 'bundlinjer');
    expect(res?.met).toBe(false);
    expect(res?.reason.da).toBe(
      'Projektet skal skabe værdi på mindst to af de tre bundlinjer (borgere, medarbejdere, økonomi). Ansøgningen beskriver værdi på én.',
    );
    expect(res?.reason.en).toBe(
      'The project must create value on at least two of the three bottom lines (citizens, employees, economy). The application describes value on one.',
    );
    // the other two rules are met
    expect(r.results.filter((x) => !x.met).map((x) => x.ruleId)).toEqual(['bundlinjer']);
  });
  it('accepts two bottom lines (2 ≥ 2)', () => {
    const r = evaluateEligibility(horsens, { ...complete, bottomLines: { citizens: false, employees: true, economy: true } });
    expect(r.blocking).toBe(false);
    expect(r.results.every((x) => x.met && x.applicable)).toBe(true);
  });
  it('describes zero bottom lines', () => {
    const r = evaluateEligibility(horsens, { ...complete, bottomLines: { citizens: false, employees: false, economy: false } });
    expect(r.results[0]?.reason.da).toMatch(/Ansøgningen beskriver ikke værdi på nogen af dem\.$/);
  });
});

describe('Aarhus VTU: private partner and effect goal', () => {
  it('refuses an application without a private partner', () => {
    const r = evaluateEligibility(aarhus, { ...complete, privatePartnerCount: 0 });
    expect(r.blocking).toBe(true);
    const res = r.results.find((x) => x.kind === 'requirePrivatePartner');
    expect(res?.met).toBe(false);
    expect(res?.reason.da).toBe('Projektet skal have mindst én privat virksomhed med som samarbejdspartner. Ansøgningen har ingen private virksomheder.');
  });
  it('refuses an application without effect goals', () => {
    const r = evaluateEligibility(aarhus, { ...complete, effectGoalCount: 0 });
    expect(r.blocking).toBe(true);
    expect(r.results.find((x) => x.ruleId === 'effekt')?.reason.da).toBe('Projektet skal bidrage til mindst ét effektmål. Ansøgningen har ingen effektmål.');
  });
  it('accepts a complete application', () => {
    const r = evaluateEligibility(aarhus, complete);
    expect(r).toMatchObject({ blocking: false, warnings: 0 });
    expect(r.results.map((x) => x.met)).toEqual([true, true, true]);
  });
  it('honours a configured minimum of 2 partners (1 < 2)', () => {
    const rules = parse([{ id: 'p', kind: 'requirePrivatePartner', severity: 'hard', params: { min: 2 } }]);
    const r = evaluateEligibility(rules, complete);
    expect(r.blocking).toBe(true);
    expect(r.results[0]?.reason.da).toBe('Projektet skal have mindst to private virksomheder med som samarbejdspartner. Ansøgningen har én privat virksomhed.');
  });
});

describe('Vejle: economy plus one other, on the ordinary line only', () => {
  it('refuses an application without the economic bottom line', () => {
    const r = evaluateEligibility(vejle, { ...complete, bottomLines: { citizens: true, employees: true, economy: false } });
    expect(r.blocking).toBe(true);
    const res = r.results.find((x) => x.ruleId === 'oekonomi');
    expect(res?.met).toBe(false);
    expect(res?.reason.da).toBe(
      'Projektet skal give en bedre udnyttelse af ressourcerne (den økonomiske bundlinje) og desuden skabe værdi for borgerne eller medarbejderne. Ansøgningen beskriver ikke en økonomisk gevinst.',
    );
  });
  it('refuses economy alone (0 others < 1)', () => {
    const r = evaluateEligibility(vejle, { ...complete, bottomLines: { citizens: false, employees: false, economy: true } });
    expect(r.blocking).toBe(true);
  });
  it('accepts economy plus employees', () => {
    const r = evaluateEligibility(vejle, { ...complete, bottomLines: { citizens: false, employees: true, economy: true } });
    expect(r.blocking).toBe(false);
    expect(r.warnings).toBe(0);
  });
  it('is not applicable on the Innovation og Test line', () => {
    const r = evaluateEligibility(vejle, {
      ...complete,
      bottomLines: { citizens: false, employees: false, economy: false },
      resultGoalCount: 0,
      hasOperationFinancingPlan: false,
      replacesOrPostponesEffort: false,
      budgetLineKey: 'innovation-og-test',
    });
    expect(r.blocking).toBe(false);
    expect(r.warnings).toBe(0);
    expect(r.results.every((x) => !x.applicable && x.met)).toBe(true);
  });
  it('applies line-restricted rules when no line is chosen yet', () => {
    const { budgetLineKey: _omit, ...noLine } = complete;
    const r = evaluateEligibility(vejle, { ...noLine, resultGoalCount: 0 });
    expect(r.blocking).toBe(true);
  });
  it('a soft rule not met gives a warning, not a block', () => {
    const r = evaluateEligibility(vejle, { ...complete, citizenFacing: true, replacesOrPostponesEffort: false });
    expect(r.blocking).toBe(false);
    expect(r.warnings).toBe(1);
    const res = r.results.find((x) => x.ruleId === 'borgerrettet');
    expect(res).toMatchObject({ met: false, applicable: true, severity: 'soft' });
  });
  it('the citizen-facing rule is met when the solution is not citizen-facing', () => {
    const r = evaluateEligibility(vejle, { ...complete, citizenFacing: false, replacesOrPostponesEffort: false });
    expect(r.warnings).toBe(0);
  });
  it('missing operation plan and result goals both block, with two failures', () => {
    const r = evaluateEligibility(vejle, { ...complete, resultGoalCount: 0, hasOperationFinancingPlan: false });
    expect(r.results.filter((x) => !x.met).map((x) => x.ruleId)).toEqual(['resultatmaal', 'drift']);
    expect(r.blocking).toBe(true);
  });
});

describe('exemptBudgetLines', () => {
  it('exempts the listed line', () => {
    const rules = parse([{ id: 'ny', kind: 'requireNewSolution', severity: 'hard', exemptBudgetLines: ['innovation-og-test'] }]);
    expect(evaluateEligibility(rules, { ...complete, isNewSolution: false, budgetLineKey: 'innovation-og-test' }).blocking).toBe(false);
    expect(evaluateEligibility(rules, { ...complete, isNewSolution: false, budgetLineKey: 'ordinary' }).blocking).toBe(true);
  });
});

describe('schemas and catalogue', () => {
  it('fills parameter defaults', () => {
    const r = eligibilityRuleSchema.parse({ id: 'x', kind: 'requireResultGoals', severity: 'hard' });
    expect(r).toEqual({ id: 'x', kind: 'requireResultGoals', severity: 'hard', params: { min: 1 } });
  });
  it('rejects out-of-range parameters and unknown kinds', () => {
    expect(eligibilityRuleSchema.safeParse({ id: 'x', kind: 'minBottomLines', severity: 'hard', params: { min: 4 } }).success).toBe(false);
    expect(eligibilityRuleSchema.safeParse({ id: 'x', kind: 'minBottomLines', severity: 'hard' }).success).toBe(false);
    expect(eligibilityRuleSchema.safeParse({ id: 'x', kind: 'nope', severity: 'hard' }).success).toBe(false);
    expect(
      eligibilityRulesSchema.safeParse([
        { id: 'x', kind: 'requireNewSolution', severity: 'hard' },
        { id: 'x', kind: 'requireNewSolution', severity: 'soft' },
      ]).success,
    ).toBe(false);
  });
  it('has a Danish and English label for every kind', () => {
    expect(RULE_KINDS).toHaveLength(8);
    for (const k of RULE_KINDS) {
      expect(ruleKinds[k].kind).toBe(k);
      expect(ruleKinds[k].label.da.length).toBeGreaterThan(0);
      expect(ruleKinds[k].label.en.length).toBeGreaterThan(0);
    }
  });
});
