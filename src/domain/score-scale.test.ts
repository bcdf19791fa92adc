import { describe, expect, it } from 'vitest';
import { scaleMeanings } from './score-scale.js';

describe('scaleMeanings', () => {
  it('words every point of a 1–5 scale in Danish by default', () => {
    expect(scaleMeanings({ scaleMin: 1, scaleMax: 5 }).map((l) => `${l.score}: ${l.meaning.da}`)).toEqual([
      '1: Ikke opfyldt',
      '2: I ringe grad opfyldt',
      '3: Delvist opfyldt',
      '4: I høj grad opfyldt',
      '5: Fuldt opfyldt',
    ]);
  });

  it("uses the rubric's own level descriptions where it has them", () => {
    const levels = scaleMeanings({ scaleMin: 0, scaleMax: 2, levels: [{ score: 2, label: { da: 'Dokumenteret effekt', en: 'Proven effect' } }] });
    expect(levels.map((l) => l.meaning.da)).toEqual(['Ikke opfyldt', 'Delvist opfyldt', 'Dokumenteret effekt']);
  });
});
