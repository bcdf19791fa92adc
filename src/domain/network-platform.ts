import type { Bilingual } from './bilingual.js';

/** The network experience platform's vocabulary (tables in `db/schema/network-platform.ts`). */

export const EXPERIENCE_KINDS = ['question', 'answer', 'lesson'] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];
export const experienceKindLabels: Record<ExperienceKind, Bilingual> = {
  question: { da: 'Spørgsmål', en: 'Question' },
  answer: { da: 'Svar', en: 'Answer' },
  lesson: { da: 'Erfaring', en: 'Lesson' },
};

export const ACTOR_KINDS = ['company', 'knowledge_centre', 'education'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const actorKindLabels: Record<ActorKind, Bilingual> = {
  company: { da: 'Virksomhed', en: 'Company' },
  knowledge_centre: { da: 'Videnscenter', en: 'Knowledge centre' },
  education: { da: 'Uddannelsesinstitution', en: 'Education institution' },
};
