import type { Message } from '../../../errors.js';

/** The assessment area's names for recommendations, decision outcomes and reviewers' assignments. */

export const recommendationLabel: Record<'recommend' | 'recommend_with_conditions' | 'not_recommend', Message> = {
  recommend: { da: 'Indstilles til bevilling', en: 'Recommended' },
  recommend_with_conditions: { da: 'Indstilles med betingelser', en: 'Recommended with conditions' },
  not_recommend: { da: 'Indstilles ikke', en: 'Not recommended' },
};

export const outcomeLabel: Record<'approve' | 'reject' | 'defer', Message> = {
  approve: { da: 'Bevilget', en: 'Approved' },
  reject: { da: 'Afslået', en: 'Rejected' },
  defer: { da: 'Udsat', en: 'Deferred' },
};

export const reviewStatusLabel: Record<'assigned' | 'accepted' | 'conflict' | 'submitted' | 'removed', Message> = {
  assigned: { da: 'Afventer habilitetserklæring', en: 'Awaiting conflict declaration' },
  accepted: { da: 'Habil – bedømmer', en: 'No conflict – scoring' },
  conflict: { da: 'Inhabil – taget af sagen', en: 'Conflict – removed' },
  submitted: { da: 'Bedømmelse afleveret', en: 'Review submitted' },
  removed: { da: 'Fjernet', en: 'Removed' },
};

/** "1 bedømmelse", "2 bedømmelser" (and English). */
export function reviewCount(n: number): Message {
  return { da: `${n} ${n === 1 ? 'bedømmelse' : 'bedømmelser'}`, en: `${n} ${n === 1 ? 'review' : 'reviews'}` };
}
