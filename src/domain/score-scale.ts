import type { Bilingual } from './bilingual.js';
import type { Criterion } from './scoring.js';

/** One point on a criterion's scale and what it means. */
export interface ScaleLevel {
  score: number;
  meaning: Bilingual;
}

/** The wording of a point by where it lies on the scale (0 = lowest, 1 = highest). */
function defaultMeaning(position: number): Bilingual {
  if (position <= 0) return { da: 'Ikke opfyldt', en: 'Not met' };
  if (position >= 1) return { da: 'Fuldt opfyldt', en: 'Fully met' };
  if (position <= 1 / 3) return { da: 'I ringe grad opfyldt', en: 'Met to a small degree' };
  if (position < 2 / 3) return { da: 'Delvist opfyldt', en: 'Partly met' };
  return { da: 'I høj grad opfyldt', en: 'Met to a large degree' };
}

/**
 * What every point of a criterion's scale means, lowest first: the rubric's own wording of a level
 * where it has one, otherwise a default by the point's place on the scale (1–5: ikke opfyldt, i ringe
 * grad, delvist, i høj grad, fuldt opfyldt).
 */
export function scaleMeanings(c: Pick<Criterion, 'scaleMin' | 'scaleMax' | 'levels'>): ScaleLevel[] {
  const own = new Map((c.levels ?? []).map((l) => [l.score, l.label]));
  const out: ScaleLevel[] = [];
  for (let s = c.scaleMin; s <= c.scaleMax; s++) {
    out.push({ score: s, meaning: own.get(s) ?? defaultMeaning((s - c.scaleMin) / (c.scaleMax - c.scaleMin)) });
  }
  return out;
}
