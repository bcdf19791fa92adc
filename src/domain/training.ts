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
