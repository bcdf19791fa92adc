import type { Message } from '../../errors.js';
import type { decisions } from '../../db/schema/assessment.js';

type DecisionRow = typeof decisions.$inferSelect;

/** What the applicant is told about a decision (title and body, Danish and English). */
export function outcomeMessage(
  application: { caseNumber: string; title: string },
  decision: Pick<DecisionRow, 'outcome' | 'amountOere' | 'conditions' | 'reason' | 'split'> & { aboveAppliedReason?: string },
  decidedBy: Message,
  formatKroner: (oere: number, locale?: 'da' | 'en') => string,
): { title: Message; body: Message } {
  const a = `"${application.title}" (${application.caseNumber})`;
  if (decision.outcome === 'approve') {
    const years = decision.split.map((s) => `${s.year}: ${formatKroner(s.amountOere)}`).join(', ');
    const yearsEn = decision.split.map((s) => `${s.year}: ${formatKroner(s.amountOere, 'en')}`).join(', ');
    return {
      title: { da: `Din ansøgning ${application.caseNumber} er bevilget`, en: `Your application ${application.caseNumber} is approved` },
      body: {
        da: `${decidedBy.da} har bevilget ${formatKroner(decision.amountOere)} til ${a}${years ? ` (${years})` : ''}.${decision.conditions ? `\n\nBetingelser: ${decision.conditions}` : ''}${decision.aboveAppliedReason ? `\n\nDer er bevilget mere end ansøgt, fordi: ${decision.aboveAppliedReason}` : ''}`,
        en: `${decidedBy.en} approved ${formatKroner(decision.amountOere, 'en')} for ${a}${yearsEn ? ` (${yearsEn})` : ''}.${decision.conditions ? `\n\nConditions: ${decision.conditions}` : ''}${decision.aboveAppliedReason ? `\n\nMore than applied for is granted because: ${decision.aboveAppliedReason}` : ''}`,
      },
    };
  }
  if (decision.outcome === 'reject') {
    return {
      title: { da: `Din ansøgning ${application.caseNumber} er afslået`, en: `Your application ${application.caseNumber} was rejected` },
      body: {
        da: `${decidedBy.da} har afslået ${a}.${decision.reason ? `\n\nBegrundelse: ${decision.reason}` : ''}`,
        en: `${decidedBy.en} rejected ${a}.${decision.reason ? `\n\nReason: ${decision.reason}` : ''}`,
      },
    };
  }
  return {
    title: { da: `Din ansøgning ${application.caseNumber} er udsat`, en: `Your application ${application.caseNumber} was deferred` },
    body: {
      da: `${decidedBy.da} har udsat ${a} til et senere møde.${decision.reason ? `\n\n${decision.reason}` : ''}`,
      en: `${decidedBy.en} deferred ${a} to a later meeting.${decision.reason ? `\n\n${decision.reason}` : ''}`,
    },
  };
}
