import type { Bilingual } from './bilingual.js';
import { computeBusinessCase, type BusinessCaseInput, type BusinessCaseResult } from './business-case.js';

/**
 * The evaluation of a project when its trial ends (Velfærdsteknologirådet's dimensions in Vejle):
 * borger, organisation/medarbejdere, teknologi and økonomi, plus ethics & law and transferability.
 * Each is scored on one stated scale and argued in words. Pure: no I/O.
 */

export const EVALUATION_DIMENSIONS = ['citizen', 'organisation', 'technology', 'economy', 'ethicsLaw', 'transferability'] as const;
export type EvaluationDimension = (typeof EVALUATION_DIMENSIONS)[number];

/** The four VTV dimensions (the others are the additions). */
export const VTV_DIMENSIONS: readonly EvaluationDimension[] = ['citizen', 'organisation', 'technology', 'economy'];

export const dimensionLabels: Record<EvaluationDimension, { label: Bilingual; hint: Bilingual }> = {
  citizen: {
    label: { da: 'Borger', en: 'Citizen' },
    hint: { da: 'Livskvalitet, selvhjulpenhed, tryghed og borgerens egne ønsker.', en: "Quality of life, self-reliance, safety and the citizen's wishes." },
  },
  organisation: {
    label: { da: 'Organisation og medarbejdere', en: 'Organisation and staff' },
    hint: { da: 'Arbejdsmiljø, arbejdsgange, kompetencer og oplæring.', en: 'Work environment, workflows, skills and training.' },
  },
  technology: {
    label: { da: 'Teknologi', en: 'Technology' },
    hint: { da: 'Driftssikkerhed, brugervenlighed, integration og support.', en: 'Reliability, usability, integration and support.' },
  },
  economy: {
    label: { da: 'Økonomi', en: 'Economy' },
    hint: { da: 'Faktiske gevinster og udgifter mod den forventede business case.', en: 'Actual gains and costs against the expected business case.' },
  },
  ethicsLaw: {
    label: { da: 'Etik og jura', en: 'Ethics and law' },
    hint: {
      da: 'Mindste indgriben, samtykke, frihed over for tryghed, databeskyttelse.',
      en: 'Least intervention, consent, freedom vs. safety, data protection.',
    },
  },
  transferability: {
    label: { da: 'Overførbarhed', en: 'Transferability' },
    hint: { da: 'Kan andre enheder eller kommuner tage løsningen i brug, og hvordan?', en: 'Can other units or municipalities adopt the solution, and how?' },
  },
};

/** The stated scale every dimension is scored on. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const scoreLabels: Record<number, Bilingual> = {
  1: { da: '1 – Meget utilfredsstillende', en: '1 – Very unsatisfactory' },
  2: { da: '2 – Utilfredsstillende', en: '2 – Unsatisfactory' },
  3: { da: '3 – Acceptabelt', en: '3 – Acceptable' },
  4: { da: '4 – Godt', en: '4 – Good' },
  5: { da: '5 – Meget godt', en: '5 – Very good' },
};
export const scaleDescription: Bilingual = {
  da: 'Hver dimension scores fra 1 (meget utilfredsstillende) til 5 (meget godt) og begrundes.',
  en: 'Each dimension is scored from 1 (very unsatisfactory) to 5 (very good) and argued.',
};

export const RECOMMENDATIONS = ['operation', 'scale_up', 'extension', 'stop'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const recommendationLabels: Record<Recommendation, Bilingual> = {
  operation: { da: 'Drift', en: 'Operation' },
  scale_up: { da: 'Opskalering', en: 'Scale up' },
  extension: { da: 'Forlængelse', en: 'Extension' },
  stop: { da: 'Stop', en: 'Stop' },
};

export interface DimensionScore {
  score: number;
  argument: string;
}
export type DimensionScores = Record<EvaluationDimension, DimensionScore>;

/** Before / mid / after of one result goal. */
export interface GoalEvaluation {
  goalIndex: number;
  indicator: string;
  target: string;
  before: string;
  mid: string;
  after: string;
  /** Was the goal met? null when it cannot be said. */
  met: boolean | null;
  comment: string;
}

/** Mean of the scores, to one decimal (for lists and the portfolio). */
export function meanScore(scores: DimensionScores): number {
  const values = EVALUATION_DIMENSIONS.map((d) => scores[d].score);
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
}

export interface BusinessCaseComparison {
  expected: BusinessCaseResult | null;
  actual: BusinessCaseResult | null;
  /** actual − expected NPV, when both are known. */
  npvDifferenceOere: number | null;
}

/** The expected and the actual business case side by side (NPV, payback year). */
export function compareBusinessCases(expected: BusinessCaseInput | null, actual: BusinessCaseInput | null): BusinessCaseComparison {
  const e = expected ? computeBusinessCase(expected) : null;
  const a = actual ? computeBusinessCase(actual) : null;
  return { expected: e, actual: a, npvDifferenceOere: e && a ? a.npvOere - e.npvOere : null };
}

/** A business case draft from the application (figures may be missing) → a complete input, or null. */
export function completeBusinessCase(draft: Partial<Record<keyof BusinessCaseInput, number | null>> | undefined): BusinessCaseInput | null {
  if (!draft) return null;
  const { investmentOere, yearlyRunningCostOere, hoursFreedPerYear, hourlyRateOere, kronerSavedPerYearOere } = draft;
  if (investmentOere == null || yearlyRunningCostOere == null || hoursFreedPerYear == null || hourlyRateOere == null || kronerSavedPerYearOere == null)
    return null;
  return {
    investmentOere,
    yearlyRunningCostOere,
    hoursFreedPerYear,
    hourlyRateOere,
    kronerSavedPerYearOere,
    ...(draft.horizonYears != null ? { horizonYears: draft.horizonYears } : {}),
    ...(draft.discountRate != null ? { discountRate: draft.discountRate } : {}),
  };
}

/** The outcome a recommendation leads to, as the workflow's action. */
export const outcomeAction = {
  operation: 'decide_operation',
  scale_up: 'decide_scale_up',
  extension: 'decide_extension',
  stop: 'stop_project',
} as const satisfies Record<Recommendation, string>;
