import { todayInCopenhagen } from '../../domain/dates.js';
import type { CreatePoolInput } from '../../usecases/pools/pool-schema.js';
import { demoPeriod, yearSpan } from '../dating.js';

/** ILLUSTRATIVE demo figure: the source documents give no budget for VTU. */
const ILLUSTRATIVE_YEARLY_BUDGET = 8_000_000 * 100;

/** Styregruppen meets six times a year; intake is continuous, so there are no deadlines. */
const steeringGroupMeetings = (years: number[]) =>
  years.flatMap((year) =>
    ['01-28', '03-25', '05-27', '08-26', '10-28', '12-09'].map((day) => ({
      decisionBodyKey: 'styregruppen',
      startsAt: `${year}-${day}T14:00`,
      location: 'Aarhus Rådhus',
    })),
  );

/**
 * Aarhus Kommune — VTU, Velfærdsteknologisk Udviklingspulje (seeds 000, 001): continuous intake,
 * five project types, the programme declaration's five effect goals; at least one effect goal, at
 * least one private company and a new solution are required; the secretariat scores and recommends,
 * the steering group approves. The source gives no period: the demo's four years around `today`
 * (src/demo/dating.ts).
 */
export function aarhusPreset(today: string = todayInCopenhagen()): Omit<CreatePoolInput, 'organisationId'> {
  const period = demoPeriod(today);
  return {
    name: 'VTU – Velfærdsteknologisk Udviklingspulje',
    description:
      'VTU finansierer eller medfinansierer demonstrations-, test-, udviklings- og implementeringsprojekter samt strategiske ' +
      'indsatser. Projektet skal realisere mindst ét af byrådets effektmål i programerklæringen, have en eller flere private ' +
      'virksomheder med og være en ny løsning eller en kendt løsning brugt på en ny måde eller et nyt område. Puljen finansierer ' +
      'ikke drift eller implementering af velafprøvede løsninger. Sekretariatet kvalificerer og pointgiver ansøgningerne og ' +
      'indstiller til styregruppen (alle økonomichefer og chefen for Erhvervsudvikling). Ansøgning er løbende. ' +
      'Budgettet på 8.000.000 kr. om året er et illustrativt demotal: kildematerialet oplyser ikke puljens størrelse. ' +
      `Heller ikke perioden: demoen lader puljen løbe ${yearSpan(period)}.`,
    periodStartYear: period.startYear,
    periodEndYear: period.endYear,
    status: 'open',
    intake: 'continuous',
    allowsCarryOver: true,
    lists: {
      projectTypes: [
        { key: 'demonstrationsprojekt', label: 'Demonstrationsprojekt' },
        { key: 'testprojekt', label: 'Testprojekt' },
        { key: 'udviklingsprojekt', label: 'Udviklingsprojekt' },
        { key: 'implementeringsprojekt', label: 'Implementeringsprojekt' },
        { key: 'strategisk-indsats', label: 'Strategisk indsats' },
      ],
      categories: [
        { key: 'robotter', label: 'Robotter og automatisering' },
        { key: 'sensorer', label: 'Sensorer og IoT' },
        { key: 'video', label: 'Skærmbesøg og videovejledning' },
        { key: 'apps', label: 'Apps og digitale løsninger' },
        { key: 'hjaelpemidler', label: 'Teknologiske hjælpemidler' },
        { key: 'laering', label: 'Læringsteknologi' },
      ],
      effectGoals: [
        { key: 'tryghed', label: 'Tryghed og sikkerhed' },
        { key: 'mobilitet', label: 'Mobilitet og mulighed for at klare daglige gøremål uden for boligen' },
        { key: 'selvhjulpenhed', label: 'Selvhjulpenhed og livskvalitet' },
        { key: 'frigjorte-ressourcer', label: 'Frigjorte ressourcer' },
        { key: 'laering-og-trivsel', label: 'Læring og trivsel' },
      ],
      targetGroups: [
        { key: 'aeldre', label: 'Ældre borgere' },
        { key: 'handicap', label: 'Borgere med handicap' },
        { key: 'boern-og-unge', label: 'Børn og unge' },
        { key: 'ledige', label: 'Borgere på kanten af arbejdsmarkedet' },
        { key: 'medarbejdere', label: 'Medarbejdere' },
      ],
      phases: [
        { key: 'ide', label: 'Idé og faglig sparring' },
        { key: 'ansoegning', label: 'Ansøgning' },
        { key: 'kvalificering', label: 'Kvalificering og pointgivning i sekretariatet' },
        { key: 'godkendelse', label: 'Godkendelse i styregruppen' },
        { key: 'gennemfoerelse', label: 'Projektgennemførelse' },
        { key: 'evaluering', label: 'Evaluering' },
        { key: 'vaerktoejskassen', label: 'Formidling i værktøjskassen' },
      ],
    },
    eligibilityRules: [
      { id: 'effektmaal', kind: 'requireEffectGoal', severity: 'hard', params: { min: 1 } },
      { id: 'privat-partner', kind: 'requirePrivatePartner', severity: 'hard', params: { min: 1 } },
      { id: 'ny-loesning', kind: 'requireNewSolution', severity: 'hard', params: {} },
    ],
    rubric: {
      criteria: [
        {
          key: 'effektmaal',
          label: { da: 'Bidrag til programerklæringens effektmål', en: "Contribution to the programme declaration's effect goals" },
          weight: 3,
          scaleMin: 1,
          scaleMax: 5,
          knockOutBelow: 2,
        },
        { key: 'nyhedsvaerdi', label: { da: 'Nyhedsværdi', en: 'Novelty' }, weight: 2, scaleMin: 1, scaleMax: 5 },
        {
          key: 'synergi',
          label: { da: 'Synergi på tværs af magistratsafdelinger', en: 'Synergy across magistrate departments' },
          weight: 2,
          scaleMin: 1,
          scaleMax: 5,
        },
        {
          key: 'samarbejde',
          label: { da: 'Samarbejde med private og offentlige aktører', en: 'Collaboration with private and public actors' },
          weight: 2,
          scaleMin: 1,
          scaleMax: 5,
        },
        {
          key: 'nytte',
          label: { da: 'Nytte for kommunens serviceområder', en: "Benefit to the municipality's service areas" },
          weight: 1,
          scaleMin: 1,
          scaleMax: 5,
        },
      ],
    },
    followUpMonths: [6, 12],
    decisionBodies: [
      {
        key: 'styregruppen',
        name: 'Styregruppen',
        description:
          'Alle magistratsafdelingernes økonomichefer og chefen for Erhvervsudvikling. Først når styregruppen har godkendt, kan pengene udbetales og arbejdet starte.',
      },
    ],
    budgetLines: [
      {
        key: 'vtu',
        name: 'Udviklingspuljen',
        purpose: 'grants',
        openForApplications: true,
        decisionMode: 'meeting',
        decisionBodyKey: 'styregruppen',
        amounts: period.years.map((year) => ({ year, amountOere: ILLUSTRATIVE_YEARLY_BUDGET })),
        earmarks: [],
      },
    ],
    meetings: steeringGroupMeetings(period.years),
  };
}
