import { todayInCopenhagen } from '../../domain/dates.js';
import type { CreatePoolInput } from '../../usecases/pools/pool-schema.js';
import { demoPeriod, yearSpan } from '../dating.js';

const mio = (kroner: number) => kroner * 1_000_000 * 100;

/** The seed's yearly amounts for 2021–2024, in order: 5, 0, 10 and 5 mio. kr. */
export const VEJLE_SEED_YEARS = { startYear: 2021, endYear: 2024 } as const;
const SEED_AMOUNTS = [mio(5), 0, mio(10), mio(5)];

/** Three meetings of Velfærdsteknologirådet a year (March, June, November), 15.00 at Vejle Rådhus; the agenda closes a month before. */
const councilMeetings = (years: number[]) =>
  years.flatMap((year) =>
    [
      ['03-11', '02-11'],
      ['06-10', '05-13'],
      ['11-11', '10-14'],
    ].map(([day, deadline]) => ({
      decisionBodyKey: 'velfaerdsteknologiraadet',
      startsAt: `${year}-${day}T15:00`,
      location: 'Vejle Rådhus, mødelokale 1',
      submissionDeadline: `${year}-${deadline}`,
    })),
  );

/**
 * Vejle Kommune — VelfærdsTeknologiPuljen 2021–2024 (seed 002): 5, 0, 10 and 5 mio. kr.; 10 % of each
 * year earmarked for Innovation og Test, started directly by the two directors; the ordinary line
 * decided by Velfærdsteknologirådet at three meetings a year; six phases. For the demo the four seed
 * years are shifted to the four years around `today` (src/demo/dating.ts: two years ago to next year),
 * so the seed's largest year (2023, 10 mio. kr.) is this year; name and description say so.
 */
export function vejlePreset(today: string = todayInCopenhagen()): Omit<CreatePoolInput, 'organisationId'> {
  const period = demoPeriod(today);
  // Innovation og Test projects may fall short of the ordinary criteria.
  const exemptInnovation = ['innovation-og-test'];
  return {
    name: `VelfærdsTeknologiPuljen ${yearSpan(period)}`,
    description:
      'Puljen støtter velfærdsteknologi på voksen-, senior- og sundhedsområdet. 10 % af hvert års budget er øremærket ' +
      'Innovation og Test: afprøvning af umodne, innovative løsninger, som de to direktører for Kultur & Sundhed og Velfærd ' +
      'igangsætter uden om rådet. Øvrige projekter besluttes af Velfærdsteknologirådet (udvalg efter styrelseslovens § 17, stk. 4) ' +
      'på tre møder om året efter indstilling fra de to direktører. Efter implementering finansierer området selv teknologien. ' +
      `Årene er forskudt til demoen: kildematerialets periode ${yearSpan(VEJLE_SEED_YEARS)} er her ${yearSpan(period)} med samme beløb år for år.`,
    periodStartYear: period.startYear,
    periodEndYear: period.endYear,
    status: 'open',
    intake: 'rounds',
    allowsCarryOver: false,
    lists: {
      projectTypes: [
        { key: 'afproevning', label: 'Afprøvning af ny teknologi' },
        { key: 'implementering', label: 'Implementering og opskalering' },
      ],
      categories: [
        { key: 'voksne', label: 'Voksenområdet' },
        { key: 'seniorer', label: 'Seniorområdet' },
        { key: 'sundhed', label: 'Sundhedsområdet' },
      ],
      effectGoals: [
        { key: 'ressourcer', label: 'Bedre udnyttelse af ressourcerne' },
        { key: 'livskvalitet', label: 'Bedre livskvalitet for borgerne' },
        { key: 'arbejdsmiljoe', label: 'Bedre arbejdsmiljø' },
        { key: 'arbejdsgange', label: 'Mere effektive arbejdsgange' },
      ],
      targetGroups: [
        { key: 'voksne', label: 'Voksne borgere' },
        { key: 'seniorer', label: 'Seniorer' },
        { key: 'kronisk-syge', label: 'Borgere med kronisk sygdom' },
        { key: 'medarbejdere', label: 'Medarbejdere' },
      ],
      phases: [
        { key: 'start', label: 'Start (behovsanalyse)' },
        { key: 'ansoegning', label: 'Ansøgning (med tidsplan og budget)' },
        { key: 'afproevning', label: 'Afprøvning (med støtte fra velfærdsteknologiske konsulenter)' },
        { key: 'opfoelgning', label: 'Opfølgning på mål' },
        { key: 'i-drift', label: 'I drift – opskaleres?' },
        { key: 'gennemfoeres', label: 'Gennemføres' },
      ],
    },
    eligibilityRules: [
      { id: 'oekonomi-plus-en', kind: 'economicBottomLinePlus', severity: 'hard', params: { minOthers: 1 }, exemptBudgetLines: exemptInnovation },
      // Every project, also Innovation og Test, is documented against its result goals.
      { id: 'resultatmaal', kind: 'requireResultGoals', severity: 'hard', params: { min: 1 } },
      { id: 'driftsfinansiering', kind: 'requireOperationFinancingPlan', severity: 'hard', params: {}, exemptBudgetLines: exemptInnovation },
      { id: 'erstatter-eller-udskyder', kind: 'citizenFacingMustReplaceOrPostpone', severity: 'soft', params: {}, exemptBudgetLines: exemptInnovation },
    ],
    rubric: {
      criteria: [
        {
          key: 'oekonomisk-gevinst',
          label: { da: 'Økonomisk gevinst (bedre ressourceudnyttelse)', en: 'Economic gain (better use of resources)' },
          weight: 3,
          scaleMin: 1,
          scaleMax: 5,
          knockOutBelow: 2,
        },
        {
          key: 'livskvalitet',
          label: { da: 'Bedre livskvalitet for borgerne', en: 'Better quality of life for citizens' },
          weight: 2,
          scaleMin: 1,
          scaleMax: 5,
        },
        { key: 'arbejdsmiljoe', label: { da: 'Bedre arbejdsmiljø', en: 'Better work environment' }, weight: 1, scaleMin: 1, scaleMax: 5 },
        { key: 'effektive-arbejdsgange', label: { da: 'Mere effektive arbejdsgange', en: 'More efficient workflows' }, weight: 2, scaleMin: 1, scaleMax: 5 },
        { key: 'tvaerfaglige-koblinger', label: { da: 'Tværfaglige koblinger', en: 'Cross-disciplinary links' }, weight: 1, scaleMin: 1, scaleMax: 5 },
        { key: 'kvalitet-i-opgaveloesningen', label: { da: 'Kvalitet i opgaveløsningen', en: 'Quality in the work' }, weight: 2, scaleMin: 1, scaleMax: 5 },
        {
          key: 'vidensdeling-og-opskalering',
          label: { da: 'Vidensdeling og opskalering', en: 'Knowledge sharing and scalability' },
          weight: 2,
          scaleMin: 1,
          scaleMax: 5,
        },
      ],
    },
    followUpMonths: [12],
    decisionBodies: [
      {
        key: 'velfaerdsteknologiraadet',
        name: 'Velfærdsteknologirådet',
        description:
          'Udvalg efter styrelseslovens § 17, stk. 4. Beslutter på tre rådsmøder om året på indstilling fra direktørerne for Kultur & Sundhed og Velfærd; dagsordenen forberedes af Velfærds medarbejdere.',
      },
    ],
    budgetLines: [
      {
        key: 'ordinaer',
        name: 'Ordinære projekter',
        purpose: 'grants',
        openForApplications: true,
        decisionMode: 'meeting',
        decisionBodyKey: 'velfaerdsteknologiraadet',
        amounts: period.years.map((year, i) => ({ year, amountOere: SEED_AMOUNTS[i] ?? 0 })),
        earmarks: [
          {
            key: 'innovation-og-test',
            name: 'Innovation og Test',
            sharePercent: 10,
            openForApplications: true,
            decisionMode: 'direct',
            directDeciderLabel: 'Direktørerne for Kultur & Sundhed og Velfærd',
          },
        ],
      },
    ],
    meetings: councilMeetings(period.years),
  };
}
