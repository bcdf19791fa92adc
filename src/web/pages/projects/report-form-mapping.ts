import { COST_TYPES } from '../../../domain/application-content.js';
import type { ReportContent } from '../../../domain/follow-up-content.js';
import { oereToKronerInput } from '../../../domain/money.js';
import { rowsOf, type FormFields } from '../../form-kit/index.js';

/**
 * The report form's fields are named after the use case's input (`content[goals][0][value]`), so the
 * use case's errors land next to their field; only amounts are typed in kroner (`…[amount]`).
 */
export const reportRename = { kronerSavedPerYearOere: 'kronerSavedPerYear', amountOere: 'amount' };

const num = (text: string): number | null | string => {
  const s = text.trim().replace(/\./g, '').replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : text; // not a number: the schema refuses it next to the field
};

/** The posted form → the use case's `content` (rows left empty are dropped). */
export function contentFromForm(f: FormFields): Record<string, unknown> {
  const goals = rowsOf(f.raw('content[goals]')).map((_, i) => {
    const at = (k: string) => `content[goals][${i}][${k}]`;
    return {
      goalIndex: Number(f.text(at('goalIndex'))),
      value: f.text(at('value')),
      measuredOn: f.date(at('measuredOn')) ?? '',
      method: f.text(at('method')),
      comment: f.text(at('comment')),
      onTrack: f.text(at('onTrack')),
    };
  });
  const spending = rowsOf(f.raw('content[spending]'))
    .map((_, i) => {
      const at = (k: string) => `content[spending][${i}][${k}]`;
      const amountOere = f.kroner(at('amount'));
      return amountOere === undefined ? null : { year: Number(f.text(at('year'))), costType: f.text(at('costType')), amountOere };
    })
    .filter((r) => r !== null);
  const milestones = rowsOf(f.raw('content[milestones]'))
    .map((_, i) => {
      const at = (k: string) => `content[milestones][${i}][${k}]`;
      return { title: f.text(at('title')), plannedOn: f.date(at('plannedOn')) ?? '', actualOn: f.date(at('actualOn')) ?? '', comment: f.text(at('comment')) };
    })
    .filter((m) => m.title !== '');
  return {
    goals,
    hoursFreedPerYear: num(f.text('content[hoursFreedPerYear]')),
    kronerSavedPerYearOere: f.kroner('content[kronerSavedPerYear]') ?? null,
    gainsComment: f.text('content[gainsComment]'),
    spending,
    milestones,
    lessons: f.text('content[lessons]'),
    adoption: f.text('content[adoption]'),
  };
}

/** A stored ISO date as a person types it (dd.mm.åååå); the form reads both. */
export const dateInput = (iso: string | null | undefined): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}.${m[2]}.${m[1]}` : (iso ?? '');
};

/** The content as form values (amounts in kroner, dates dd.mm.åååå), for the form's first showing. */
export function formFromContent(c: ReportContent, budget: { year: number; costType: string }[]): Record<string, unknown> {
  const spending: { year: string; costType: string; amount: string }[] = [
    ...c.spending.map((s) => ({ year: String(s.year), costType: s.costType, amount: oereToKronerInput(s.amountOere) })),
  ];
  for (const b of budget) {
    if (!spending.some((s) => s.year === String(b.year) && s.costType === b.costType))
      spending.push({ year: String(b.year), costType: b.costType, amount: '' });
  }
  return {
    content: {
      goals: c.goals.map((g) => ({ ...g, goalIndex: String(g.goalIndex), measuredOn: dateInput(g.measuredOn) })),
      hoursFreedPerYear: c.hoursFreedPerYear === null ? '' : String(c.hoursFreedPerYear).replace('.', ','),
      kronerSavedPerYear: c.kronerSavedPerYearOere === null ? '' : oereToKronerInput(c.kronerSavedPerYearOere),
      gainsComment: c.gainsComment,
      spending,
      milestones: c.milestones.map((m) => ({ ...m, plannedOn: dateInput(m.plannedOn), actualOn: dateInput(m.actualOn) })),
      lessons: c.lessons,
      adoption: c.adoption,
    },
  };
}

export const COST_TYPE_LABELS: Record<(typeof COST_TYPES)[number], { da: string; en: string }> = {
  equipment: { da: 'Udstyr', en: 'Equipment' },
  licences: { da: 'Licenser', en: 'Licences' },
  staff: { da: 'Personale', en: 'Staff' },
  consultancy: { da: 'Konsulentbistand', en: 'Consultancy' },
  training: { da: 'Oplæring', en: 'Training' },
  other: { da: 'Andet', en: 'Other' },
};
