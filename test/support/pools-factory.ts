import type { CreatePoolInput } from '../../src/usecases/pools/pool-schema.js';

/** A small valid pool setup for tests; override any section. */
export function poolInput(overrides: Partial<CreatePoolInput> = {}): CreatePoolInput {
  return {
    name: 'Testpuljen',
    description: 'En pulje til test.',
    periodStartYear: 2026,
    periodEndYear: 2027,
    status: 'open',
    intake: 'continuous',
    rubric: { criteria: [{ key: 'vaerdi', label: { da: 'Værdi', en: 'Value' }, weight: 1, scaleMin: 1, scaleMax: 5, knockOutBelow: 2 }] },
    followUpMonths: [6, 12],
    decisionBodies: [{ key: 'styregruppen', name: 'Styregruppen', description: '' }],
    budgetLines: [
      {
        key: 'ordinaer',
        name: 'Ordinære projekter',
        decisionMode: 'meeting',
        decisionBodyKey: 'styregruppen',
        amounts: [
          { year: 2026, amountOere: 1_000_000_00 },
          { year: 2027, amountOere: 2_000_000_00 },
        ],
        earmarks: [{ key: 'test', name: 'Test', sharePercent: 10, decisionMode: 'direct', directDeciderLabel: 'Direktøren' }],
      },
    ],
    meetings: [{ decisionBodyKey: 'styregruppen', startsAt: '2026-03-12T15:00', location: 'Rådhuset' }],
    eligibilityRules: [{ id: 'to-bundlinjer', kind: 'minBottomLines', severity: 'hard', params: { min: 2 }, exemptBudgetLines: ['test'] }],
    ...overrides,
  };
}
