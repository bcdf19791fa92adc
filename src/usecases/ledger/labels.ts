import type { EntryKind } from '../../domain/ledger.js';
import type { Message } from '../../errors.js';

const kinds: Record<EntryKind, Message> = {
  budget: { da: 'Budget', en: 'Budget' },
  adjustment: { da: 'Regulering', en: 'Adjustment' },
  commitment: { da: 'Bevilling', en: 'Commitment' },
  payout: { da: 'Udbetaling', en: 'Payout' },
  return: { da: 'Tilbageførsel', en: 'Return' },
  carry_over_out: { da: 'Overført til næste år', en: 'Carried over to next year' },
  carry_over_in: { da: 'Overført fra året før', en: 'Carried over from previous year' },
};

/** The entry kinds in Danish and English (filters, lists, exports). */
export const entryKindLabels = kinds;

/** Label of one entry: a reversal is "Rettelse af …"; a negative payout that is not a reversal is a repayment. */
export function kindLabel(kind: EntryKind, amountOere: number, isReversal: boolean): Message {
  const base = kinds[kind];
  if (isReversal) return { da: `Rettelse af ${base.da.toLowerCase()}`, en: `Correction of ${base.en.toLowerCase()}` };
  if (kind === 'payout' && amountOere < 0) return { da: 'Tilbagebetalt udbetaling', en: 'Repaid payout' };
  return base;
}
