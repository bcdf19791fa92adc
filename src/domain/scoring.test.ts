import { describe, expect, it } from 'vitest';
import { rank, reviewTotal, rubricSchema, summarise, ScoreValidationError, type Rubric } from './scoring.js';

// A: weight 2, scale 1..5; B: weight 1, scale 0..10; C: weight 1, scale 1..5, knock-out below 2
const rubric: Rubric = rubricSchema.parse({
  criteria: [
    { key: 'a', label: { da: 'Gevinst', en: 'Gain' }, weight: 2, scaleMin: 1, scaleMax: 5 },
    { key: 'b', label: { da: 'Nyhedsværdi', en: 'Novelty' }, weight: 1, scaleMin: 0, scaleMax: 10 },
    { key: 'c', label: { da: 'Skalerbarhed', en: 'Scalability' }, weight: 1, scaleMin: 1, scaleMax: 5, knockOutBelow: 2 },
  ],
});

describe('reviewTotal', () => {
  it('weights normalised scores', () => {
    // a: (4−1)/4 = 75; b: 5/10 = 50; c: (5−1)/4 = 100
    // (2·75 + 1·50 + 1·100) / (2+1+1) = 300/4 = 75
    const r = reviewTotal(rubric, { a: 4, b: 5, c: 5 });
    expect(r.total).toBe(75);
    expect(r.knockOuts).toEqual([]);
    expect(r.scoredCount).toBe(3);
  });
  it('leaves n/a out of numerator and denominator', () => {
    // (2·75 + 1·50) / 3 = 200/3 = 66,67 — counting c as 0 would give (150 + 50 + 0)/4 = 50
    const r = reviewTotal(rubric, { a: 4, b: 5, c: 'na' });
    expect(r.total).toBeCloseTo(200 / 3, 10);
    expect(r.scoredCount).toBe(2);
  });
  it('total is null when everything is n/a', () => {
    expect(reviewTotal(rubric, { a: 'na', b: 'na', c: 'na' }).total).toBeNull();
  });
  it('flags knock-outs below the threshold (strictly below)', () => {
    // c = 1 < 2 → knock-out; total = (2·100 + 1·100 + 1·0)/4 = 75
    const r = reviewTotal(rubric, { a: 5, b: 10, c: 1 });
    expect(r.knockOuts).toEqual(['c']);
    expect(r.total).toBe(75);
    expect(reviewTotal(rubric, { a: 5, b: 10, c: 2 }).knockOuts).toEqual([]);
  });
  it('validates scores against the scale', () => {
    expect(() => reviewTotal(rubric, { a: 6, b: 5, c: 3 })).toThrow(ScoreValidationError);
    expect(() => reviewTotal(rubric, { a: 0, b: 5, c: 3 })).toThrow(/between 1 and 5/);
    expect(() => reviewTotal(rubric, { a: 3, b: -1, c: 3 })).toThrow(ScoreValidationError);
    expect(() => reviewTotal(rubric, { a: 3, x: 1 })).toThrow(/Unknown criterion/);
  });
});

describe('summarise', () => {
  it('computes mean, min, max, population sd and the weighted total from means', () => {
    const s = summarise(rubric, [
      { reviewerId: 'r1', scores: { a: 2, b: 4, c: 'na' } },
      { reviewerId: 'r2', scores: { a: 4, b: 8, c: 3 } },
      { reviewerId: 'r3', scores: { a: 3, b: 'na', c: 1 } },
    ]);
    const [a, b, c] = s.criteria;
    // a: 2,4,3 → mean 3, var ((1+1+0)/3) = 2/3, sd = 0,8165
    expect(a).toMatchObject({ key: 'a', count: 3, naCount: 0, mean: 3, min: 2, max: 4 });
    expect(a?.stdDev).toBeCloseTo(Math.sqrt(2 / 3), 12);
    // b: 4,8 (n/a left out) → mean 6, sd = 2
    expect(b).toMatchObject({ count: 2, naCount: 1, mean: 6, min: 4, max: 8, stdDev: 2, knockOut: false });
    // c: 3,1 → mean 2, sd 1; r3 scored 1 < 2 → knock-out
    expect(c).toMatchObject({ count: 2, mean: 2, stdDev: 1, knockOut: true });
    expect(s.knockOuts).toEqual(['c']);
    // normalised means: a (3−1)/4 = 50; b 6/10 = 60; c (2−1)/4 = 25
    // (2·50 + 60 + 25)/4 = 185/4 = 46,25
    expect(s.total).toBeCloseTo(46.25, 10);
    expect(s.reviewCount).toBe(3);
  });
  it('leaves criteria with no scores out of the total', () => {
    // c only n/a → (2·(3−1)/4·100 + 1·50)/3 = (100 + 50)/3 = 50
    const s = summarise(rubric, [{ reviewerId: 'r1', scores: { a: 3, b: 5, c: 'na' } }]);
    expect(s.criteria[2]).toMatchObject({ count: 0, mean: null, stdDev: null, knockOut: false });
    expect(s.total).toBe(50);
  });
  it('no reviews → null total', () => {
    expect(summarise(rubric, []).total).toBeNull();
  });
  it('validates every review', () => {
    expect(() =>
      summarise(rubric, [
        { reviewerId: 'r1', scores: { a: 3 } },
        { reviewerId: 'r2', scores: { b: 11 } },
      ]),
    ).toThrow(ScoreValidationError);
  });
});

describe('rank', () => {
  it('sorts descending with shared ranks 1,2,2,4 and null totals last', () => {
    const ranked = rank([
      { id: 'x', total: 50 },
      { id: 'none', total: null },
      { id: 'y', total: 80 },
      { id: 'z', total: 50 },
      { id: 'w', total: 10 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['y', 1],
      ['x', 2],
      ['z', 2],
      ['w', 4],
      ['none', null],
    ]);
  });
  it('treats totals equal up to floating-point noise as ties', () => {
    const ranked = rank([{ total: 0.1 + 0.2 }, { total: 0.3 }, { total: 0.29 }]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
  });
});

describe('rubricSchema', () => {
  it('rejects non-positive weights, inverted scales, duplicate keys, bad knock-outs', () => {
    const c = { key: 'a', label: { da: 'A', en: 'A' }, weight: 1, scaleMin: 1, scaleMax: 5 };
    expect(rubricSchema.safeParse({ criteria: [{ ...c, weight: 0 }] }).success).toBe(false);
    expect(rubricSchema.safeParse({ criteria: [{ ...c, scaleMax: 1 }] }).success).toBe(false);
    expect(rubricSchema.safeParse({ criteria: [c, c] }).success).toBe(false);
    expect(rubricSchema.safeParse({ criteria: [{ ...c, knockOutBelow: 6 }] }).success).toBe(false);
    expect(rubricSchema.safeParse({ criteria: [] }).success).toBe(false);
    expect(rubricSchema.safeParse({ criteria: [c] }).success).toBe(true);
  });
});
