import type { Bilingual } from './bilingual.js';

/** Staff training per technology: the levels a person can be trained to, lowest first. */
export const TRAINING_LEVELS = ['bruger', 'superbruger', 'teknologiagent', 'trainer'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];
export const trainingLevelLabels: Record<TrainingLevel, Bilingual> = {
  bruger: { da: 'Bruger', en: 'User' },
  superbruger: { da: 'Superbruger', en: 'Super user' },
  teknologiagent: { da: 'Teknologiagent', en: 'Technology agent' },
  trainer: { da: 'Underviser', en: 'Trainer' },
};

/** A training is due again this many months after it was given (a refresher), per level. */
export const REFRESH_MONTHS: Record<TrainingLevel, number> = { bruger: 24, superbruger: 12, teknologiagent: 12, trainer: 24 };

/** `YYYY-MM-DD` plus whole months (the day is clamped to the month's last day). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** When a training given on `trainedOn` at `level` is due again. */
export const refreshDueOn = (trainedOn: string, level: TrainingLevel): string => addMonths(trainedOn, REFRESH_MONTHS[level]);

/** Refreshers show as due this many days before their date, so the unit can plan them. */
export const REFRESH_NOTICE_DAYS = 60;

export interface TrainingFact {
  technology: string;
  personName: string;
  level: TrainingLevel;
  trainedOn: string;
}

export type DueItem =
  | { kind: 'planned'; technology: string }
  | { kind: 'refresh'; technology: string; personName: string; level: TrainingLevel; trainedOn: string; dueOn: string; overdue: boolean };

/**
 * What is due in a unit, kept simple on purpose:
 * - `planned`: a technology in use whose training plan (application or handover) names a training,
 *   or that is simply in use, with nobody recorded as trained in it yet;
 * - `refresh`: per person and technology, their latest training (at whatever level) falls due again
 *   `REFRESH_MONTHS[level]` after it was given; shown from `REFRESH_NOTICE_DAYS` before, overdue after.
 * Names are compared case-insensitively (the same person typed twice is one person).
 */
export function dueTraining(technologiesInUse: string[], records: TrainingFact[], today: string): DueItem[] {
  const key = (s: string) => s.trim().toLowerCase();
  const trained = new Set(records.map((r) => key(r.technology)));
  const planned: DueItem[] = technologiesInUse.filter((t) => !trained.has(key(t))).map((technology) => ({ kind: 'planned', technology }));
  const latest = new Map<string, TrainingFact>();
  for (const r of records) {
    const k = `${key(r.technology)}\u0000${key(r.personName)}`;
    const seen = latest.get(k);
    if (!seen || r.trainedOn > seen.trainedOn || (r.trainedOn === seen.trainedOn && TRAINING_LEVELS.indexOf(r.level) > TRAINING_LEVELS.indexOf(seen.level)))
      latest.set(k, r);
  }
  const horizon = addDays(today, REFRESH_NOTICE_DAYS);
  const refresh: DueItem[] = [...latest.values()]
    .map((r) => ({ ...r, dueOn: refreshDueOn(r.trainedOn, r.level) }))
    .filter((r) => r.dueOn <= horizon)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map((r) => ({
      kind: 'refresh',
      technology: r.technology,
      personName: r.personName,
      level: r.level,
      trainedOn: r.trainedOn,
      dueOn: r.dueOn,
      overdue: r.dueOn < today,
    }));
  return [...planned, ...refresh];
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
