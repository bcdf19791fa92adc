import { todayInCopenhagen } from '../../domain/dates.js';
import type { CreatePoolInput } from '../../usecases/pools/pool-schema.js';
import { demoPeriod, yearSpan } from '../dating.js';

const TWO_MIO = 2_000_000 * 100;

/** Styregruppen meets four times a year. */
const steeringGroupMeetings = (years: number[]) =>
  years.flatMap((year) =>
    ['02-24', '05-26', '09-22', '11-24'].map((day) => ({
      decisionBodyKey: 'styregruppen',
      startsAt: `${year}-${day}T13:00`,
      location: 'Horsens Rådhus',
    })),
  );

/**
 * Horsens Kommune — Velfærdsteknologipulje (seed 003): 2 mio. kr. a year to try and start solutions,
 * and a separate 2 mio. kr. a year for running the national telemedicine solutions (operation, not
 * open to applications). At least two of three bottom lines; new in Horsens; the unit covers later
 * costs itself; reports 6 and 12 months after start; Styregruppen decides. The source gives no
 * period: the preset runs the demo's four years around `today` (src/demo/dating.ts).
 */
export function horsensPreset(today: string = todayInCopenhagen()): Omit<CreatePoolInput, 'organisationId'> {
  const period = demoPeriod(today);
  return {
    name: 'Velfærdsteknologipulje',
    description:
      'Puljen giver 2 mio. kr. om året til afprøvning og igangsættelse af velfærdsteknologi, der endnu ikke er i brug i Horsens ' +
      'Kommune, og som forventes at frigøre ressourcer. Løsningen skal skabe værdi på mindst to af de tre bundlinjer (borgere, ' +
      'medarbejdere, økonomi), og ansøgningen skal vise, hvordan enheden selv dækker de senere udgifter (licenser, reparationer, ' +
      'nyindkøb). Desuden 2 mio. kr. om året til drift af de nationalt udrullede telemedicinske løsninger. Styregruppen beslutter. ' +
      'Projekterne afrapporterer 6 og 12 måneder efter start om gevinster, og om hvordan andre enheder kan tage teknologien i brug. ' +
      `Kildematerialet angiver ingen periode: demoen lader puljen løbe ${yearSpan(period)}.`,
    periodStartYear: period.startYear,
    periodEndYear: period.endYear,
    status: 'open',
    intake: 'continuous',
    allowsCarryOver: false,
    lists: {
      projectTypes: [
        { key: 'afproevning', label: 'Afprøvning' },
        { key: 'igangsaettelse', label: 'Igangsættelse' },
      ],
      categories: [
        { key: 'struktur', label: 'Manglende struktur i hverdagen' },
        { key: 'hukommelse', label: 'Svært ved at huske' },
        { key: 'mobilitet', label: 'Nedsat mobilitet' },
        { key: 'kommunikation', label: 'Kommunikation og kontakt' },
        { key: 'sundhed', label: 'Sundhed og telemedicin' },
      ],
      effectGoals: [
        { key: 'borgere', label: 'Værdi for borgerne' },
        { key: 'medarbejdere', label: 'Værdi for medarbejderne' },
        { key: 'oekonomi', label: 'Økonomisk gevinst (frigjorte ressourcer)' },
      ],
      targetGroups: [
        { key: 'aeldre', label: 'Ældre borgere' },
        { key: 'handicap', label: 'Borgere med handicap' },
        { key: 'kronisk-syge', label: 'Borgere med kronisk sygdom' },
        { key: 'medarbejdere', label: 'Medarbejdere' },
      ],
      phases: [
        { key: 'ansoegning', label: 'Ansøgning' },
        { key: 'afproevning', label: 'Afprøvning' },
        { key: 'opfoelgning-6', label: 'Afrapportering efter 6 måneder' },
        { key: 'opfoelgning-12', label: 'Afrapportering efter 12 måneder' },
        { key: 'drift', label: 'Drift i enheden' },
      ],
    },
    eligibilityRules: [
      { id: 'to-bundlinjer', kind: 'minBottomLines', severity: 'hard', params: { min: 2 } },
      { id: 'ny-i-horsens', kind: 'requireNewSolution', severity: 'hard', params: {} },
      { id: 'driftsfinansiering', kind: 'requireOperationFinancingPlan', severity: 'hard', params: {} },
    ],
    rubric: {
      criteria: [
        {
          key: 'bundlinjer',
          label: { da: 'Værdi på de tre bundlinjer', en: 'Value on the three bottom lines' },
          weight: 3,
          scaleMin: 1,
          scaleMax: 5,
          knockOutBelow: 2,
        },
        { key: 'ressourcer', label: { da: 'Forventet ressourcebesparelse', en: 'Expected resource savings' }, weight: 3, scaleMin: 1, scaleMax: 5 },
        {
          key: 'egen-finansiering',
          label: { da: 'Plan for enhedens egen finansiering af senere udgifter', en: "Plan for the unit's own financing of later costs" },
          weight: 2,
          scaleMin: 1,
          scaleMax: 5,
        },
        { key: 'etik', label: { da: 'Etik og mindste indgriben', en: 'Ethics and least intervention' }, weight: 1, scaleMin: 1, scaleMax: 5 },
        { key: 'overfoerbarhed', label: { da: 'Overførbarhed til andre enheder', en: 'Transferability to other units' }, weight: 1, scaleMin: 1, scaleMax: 5 },
      ],
    },
    followUpMonths: [6, 12],
    decisionBodies: [{ key: 'styregruppen', name: 'Styregruppen', description: 'Styregruppen for velfærdsteknologi beslutter om tilskud fra puljen.' }],
    budgetLines: [
      {
        key: 'afproevning',
        name: 'Afprøvning og igangsættelse',
        purpose: 'grants',
        openForApplications: true,
        decisionMode: 'meeting',
        decisionBodyKey: 'styregruppen',
        amounts: period.years.map((year) => ({ year, amountOere: TWO_MIO })),
        earmarks: [],
      },
      {
        key: 'telemedicin',
        name: 'Drift af nationale telemedicinske løsninger',
        purpose: 'operation',
        openForApplications: false,
        decisionMode: 'meeting',
        decisionBodyKey: 'styregruppen',
        amounts: period.years.map((year) => ({ year, amountOere: TWO_MIO })),
        earmarks: [],
      },
    ],
    meetings: steeringGroupMeetings(period.years),
  };
}
