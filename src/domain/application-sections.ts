import type { ApplicationContent, CostType, Newness } from './application-content.js';
import type { Bilingual } from './bilingual.js';

/**
 * The application form's sections (the task list) and their fields, as data: the pages render the
 * steps from it, the version diff labels fields with it, and `missingFields` says what a submission
 * still needs.
 */

export type OptionSource = 'projectTypes' | 'categories' | 'targetGroups' | 'effectGoals' | 'departments' | 'budgetLines' | 'costTypes' | 'newness';
export type FieldKind = 'text' | 'textarea' | 'select' | 'checkboxes' | 'radios' | 'yesno' | 'date' | 'money' | 'number' | 'percent' | 'year';

export interface FieldDef {
  key: string;
  kind: FieldKind;
  label: Bilingual;
  hint?: Bilingual;
  options?: OptionSource;
}

export interface RowsDef {
  kind: 'rows';
  key: 'privatePartners' | 'publicPartners' | 'resultGoals' | 'budget' | 'coFinancing' | 'milestones';
  label: Bilingual;
  hint?: Bilingual;
  /** Legend of one row, numbered: "Privat partner 1". */
  rowLabel: Bilingual;
  fields: FieldDef[];
}

export interface ObjectDef {
  kind: 'object';
  key: 'businessCase';
  label: Bilingual;
  fields: FieldDef[];
}

export type ItemDef = FieldDef | RowsDef | ObjectDef;

export interface SectionDef {
  slug: string;
  title: Bilingual;
  intro?: Bilingual;
  items: ItemDef[];
  /** Not needed for a submission (attachments). */
  optional?: boolean;
}

const f = (key: string, kind: FieldKind, da: string, en: string, extra: Partial<FieldDef> = {}): FieldDef => ({ key, kind, label: { da, en }, ...extra });

export const SECTIONS: SectionDef[] = [
  {
    slug: 'grundoplysninger',
    title: { da: 'Grundoplysninger', en: 'Basic information' },
    items: [
      f('title', 'text', 'Projektets titel', 'Project title'),
      f('summary', 'textarea', 'Kort resumé', 'Short summary', {
        hint: { da: 'Højst 2000 tegn. Hvad vil I gøre, og hvorfor?', en: 'At most 2000 characters. What will you do, and why?' },
      }),
      f('projectType', 'select', 'Projekttype', 'Project type', { options: 'projectTypes' }),
      f('category', 'select', 'Kategori', 'Category', { options: 'categories' }),
      f('targetGroups', 'checkboxes', 'Målgrupper', 'Target groups', { options: 'targetGroups' }),
    ],
  },
  {
    slug: 'organisering',
    title: { da: 'Organisering og partnere', en: 'Organisation and partners' },
    items: [
      f('leadDepartmentId', 'select', 'Ansvarlig enhed (projektejer)', 'Lead unit (project owner)', {
        options: 'departments',
        hint: { da: 'Pengene følger den ansvarlige enhed.', en: 'The money follows the lead unit.' },
      }),
      f('partnerDepartmentIds', 'checkboxes', 'Samarbejdende afdelinger', 'Partner departments', { options: 'departments' }),
      {
        kind: 'rows',
        key: 'privatePartners',
        label: { da: 'Private partnere', en: 'Private partners' },
        hint: { da: 'Virksomheder, der deltager i projektet. CVR-nummeret er 8 cifre.', en: 'Companies taking part. The CVR number has 8 digits.' },
        rowLabel: { da: 'Privat partner', en: 'Private partner' },
        fields: [
          f('name', 'text', 'Virksomhedens navn', 'Company name'),
          f('cvr', 'text', 'CVR-nummer', 'CVR number'),
          f('role', 'text', 'Rolle i projektet', 'Role in the project'),
        ],
      },
      {
        kind: 'rows',
        key: 'publicPartners',
        label: { da: 'Offentlige partnere', en: 'Public partners' },
        hint: { da: 'Fx andre kommuner, regionen eller uddannelsesinstitutioner.', en: 'E.g. other municipalities, the region or educational institutions.' },
        rowLabel: { da: 'Offentlig partner', en: 'Public partner' },
        fields: [f('name', 'text', 'Navn', 'Name'), f('role', 'text', 'Rolle i projektet', 'Role in the project')],
      },
    ],
  },
  {
    slug: 'behov-og-loesning',
    title: { da: 'Behov og løsning', en: 'Need and solution' },
    items: [
      f('needAnalysis', 'textarea', 'Behovsanalyse', 'Need analysis', {
        hint: {
          da: 'Hvilket problem løser projektet, for hvem, og hvor stort er det?',
          en: 'Which problem does the project solve, for whom, and how big is it?',
        },
      }),
      f('solution', 'textarea', 'Løsningen', 'The solution', {
        hint: { da: 'Hvilken teknologi, og hvordan skal den bruges?', en: 'Which technology, and how will it be used?' },
      }),
      f('novelty', 'textarea', 'Hvad er nyt?', 'What is new?'),
      f('solutionNewness', 'radios', 'Hvor ny er løsningen?', 'How new is the solution?', { options: 'newness' }),
      f('citizenFacing', 'yesno', 'Er løsningen borgerrettet?', 'Is the solution citizen-facing?'),
      f(
        'replacesOrPostpones',
        'yesno',
        'Erstatter løsningen en eksisterende indsats eller udskyder den behovet for hjælp?',
        'Does the solution replace an existing effort or postpone the need for support?',
      ),
      f('replacesOrPostponesText', 'textarea', 'Beskriv, hvilken indsats der erstattes eller udskydes', 'Describe the effort replaced or postponed'),
    ],
  },
  {
    slug: 'vaerdi-og-maal',
    title: { da: 'Værdi og mål', en: 'Value and goals' },
    intro: {
      da: 'Beskriv den forventede værdi på hver af de tre bundlinjer. Lad feltet stå tomt, hvis projektet ikke skaber værdi på den bundlinje.',
      en: 'Describe the expected value on each of the three bottom lines. Leave a field empty if the project creates no value on that bottom line.',
    },
    items: [
      f('valueCitizens', 'textarea', 'Værdi for borgerne', 'Value for citizens'),
      f('valueEmployees', 'textarea', 'Værdi for medarbejderne', 'Value for employees'),
      f('valueEconomy', 'textarea', 'Økonomisk værdi (bedre udnyttelse af ressourcerne)', 'Economic value (better use of resources)'),
      f('effectGoals', 'checkboxes', 'Effektmål, projektet bidrager til', 'Effect goals the project contributes to', { options: 'effectGoals' }),
      {
        kind: 'rows',
        key: 'resultGoals',
        label: { da: 'Resultatmål', en: 'Result goals' },
        hint: { da: 'Det, projektet skal måles og følges op på.', en: 'What the project will be measured and followed up on.' },
        rowLabel: { da: 'Resultatmål', en: 'Result goal' },
        fields: [
          f('indicator', 'text', 'Indikator', 'Indicator'),
          f('baseline', 'text', 'Udgangspunkt (baseline)', 'Baseline'),
          f('target', 'text', 'Mål', 'Target'),
          f('method', 'text', 'Målemetode', 'Measurement method'),
          f('deadline', 'date', 'Frist', 'Deadline'),
        ],
      },
    ],
  },
  {
    slug: 'budget',
    title: { da: 'Budget og finansiering', en: 'Budget and financing' },
    items: [
      f('budgetLineId', 'select', 'Budgetlinje, der søges fra', 'Budget line applied for', { options: 'budgetLines' }),
      {
        kind: 'rows',
        key: 'budget',
        label: { da: 'Budget', en: 'Budget' },
        hint: { da: 'Én række pr. år og udgiftstype. Beløb i kroner.', en: 'One row per year and cost type. Amounts in kroner.' },
        rowLabel: { da: 'Budgetpost', en: 'Budget item' },
        fields: [
          f('year', 'year', 'År', 'Year'),
          f('costType', 'select', 'Udgiftstype', 'Cost type', { options: 'costTypes' }),
          f('description', 'text', 'Beskrivelse', 'Description'),
          f('amountOere', 'money', 'Beløb', 'Amount'),
        ],
      },
      {
        kind: 'rows',
        key: 'coFinancing',
        label: { da: 'Medfinansiering', en: 'Co-financing' },
        rowLabel: { da: 'Medfinansiering', en: 'Co-financing' },
        fields: [f('source', 'text', 'Hvem medfinansierer?', 'Who co-finances?'), f('amountOere', 'money', 'Beløb', 'Amount')],
      },
    ],
  },
  {
    slug: 'tidsplan',
    title: { da: 'Tidsplan', en: 'Timeline' },
    items: [
      f('startDate', 'date', 'Startdato', 'Start date'),
      f('endDate', 'date', 'Slutdato', 'End date'),
      {
        kind: 'rows',
        key: 'milestones',
        label: { da: 'Milepæle', en: 'Milestones' },
        rowLabel: { da: 'Milepæl', en: 'Milestone' },
        fields: [f('date', 'date', 'Dato', 'Date'), f('title', 'text', 'Milepæl', 'Milestone')],
      },
    ],
  },
  {
    slug: 'business-case',
    title: { da: 'Business case', en: 'Business case' },
    intro: {
      da: 'Den fællesoffentlige business case-model: nettonutidsværdien og tilbagebetalingsåret beregnes ud fra tallene.',
      en: 'The joint public business case model: net present value and payback year are computed from the figures.',
    },
    items: [
      {
        kind: 'object',
        key: 'businessCase',
        label: { da: 'Business case', en: 'Business case' },
        fields: [
          f('investmentOere', 'money', 'Engangsinvestering', 'One-off investment'),
          f('yearlyRunningCostOere', 'money', 'Årlige driftsudgifter', 'Yearly running costs'),
          f('hoursFreedPerYear', 'number', 'Frigjorte timer pr. år', 'Hours freed per year'),
          f('hourlyRateOere', 'money', 'Timepris', 'Hourly rate'),
          f('kronerSavedPerYearOere', 'money', 'Øvrig besparelse pr. år', 'Other savings per year'),
          f('horizonYears', 'number', 'Tidshorisont (år)', 'Horizon (years)', {
            hint: { da: 'Typisk 3–5 år. Standard er 5.', en: 'Typically 3–5 years. Default 5.' },
          }),
          f('discountRate', 'percent', 'Diskonteringsrente (%)', 'Discount rate (%)', {
            hint: { da: 'Finansministeriets rente er 3,5 %.', en: "The Ministry of Finance's rate is 3.5 %." },
          }),
        ],
      },
    ],
  },
  {
    slug: 'drift-og-uddannelse',
    title: { da: 'Drift og uddannelse', en: 'Operation and training' },
    items: [
      f('operationFinancingPlan', 'textarea', 'Plan for finansiering af driften efter puljen', 'Plan for financing operation after the pool', {
        hint: {
          da: 'Hvordan dækker enheden selv licenser, reparationer og nyindkøb, når projektet ikke længere får penge fra puljen?',
          en: 'How will the unit itself cover licences, repairs and new purchases after the pool?',
        },
      }),
      f('trainingPlan', 'textarea', 'Plan for oplæring af medarbejderne', 'Staff training plan'),
    ],
  },
  {
    slug: 'etik-og-databeskyttelse',
    title: { da: 'Etik og databeskyttelse', en: 'Ethics and privacy' },
    items: [
      f('leastIntervention', 'textarea', 'Mindste-indgriben-princippet', 'The least-intervention principle', {
        hint: {
          da: 'Hvorfor er teknologien den mindst indgribende løsning for borgeren?',
          en: 'Why is the technology the least intrusive solution for the citizen?',
        },
      }),
      f('consent', 'textarea', 'Samtykke og borgerens egne ønsker', "Consent and the citizen's own wishes"),
      f('freedomVsSafety', 'textarea', 'Frihed og privatliv over for tryghed', 'Freedom and privacy versus safety'),
      f('privacy', 'textarea', 'Databeskyttelse (GDPR)', 'Data protection (GDPR)', {
        hint: { da: 'Hvilke personoplysninger behandles, og hvordan beskyttes de?', en: 'Which personal data are processed, and how are they protected?' },
      }),
    ],
  },
  {
    slug: 'bilag',
    title: { da: 'Bilag', en: 'Attachments' },
    optional: true,
    items: [],
  },
];

export const sectionBySlug = (slug: string): SectionDef | undefined => SECTIONS.find((s) => s.slug === slug);

export const COST_TYPE_LABELS: Record<CostType, Bilingual> = {
  equipment: { da: 'Udstyr og teknologi', en: 'Equipment and technology' },
  licences: { da: 'Licenser og abonnementer', en: 'Licences and subscriptions' },
  staff: { da: 'Løn og frikøb', en: 'Salaries and staff time' },
  consultancy: { da: 'Konsulenter og rådgivning', en: 'Consultancy' },
  training: { da: 'Uddannelse og oplæring', en: 'Training' },
  other: { da: 'Øvrige udgifter', en: 'Other costs' },
};

export const NEWNESS_LABELS: Record<Newness, Bilingual> = {
  new: { da: 'En ny løsning', en: 'A new solution' },
  new_use: { da: 'En kendt løsning brugt på en ny måde eller et nyt område', en: 'A known solution used in a new way or area' },
  known: { da: 'En løsning, der allerede er i brug hos os', en: 'A solution already in use here' },
};

/** What the pool offers, so requirements can depend on it (no categories → category not required). */
export interface PoolOffer {
  projectTypes: number;
  categories: number;
  targetGroups: number;
  departments: number;
}

export interface Missing {
  section: string;
  /** Form field name (dotted path), for the link to the field. */
  field: string;
  message: Bilingual;
}

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

/** What a submission still needs, section by section (the pool's eligibility rules come on top). */
export function missingFields(title: string, c: ApplicationContent, offer: PoolOffer): Missing[] {
  const out: Missing[] = [];
  const need = (section: string, field: string, da: string, en: string) => out.push({ section, field, message: { da, en } });

  if (blank(title)) need('grundoplysninger', 'title', 'Angiv projektets titel', 'Give the project title');
  if (blank(c.summary)) need('grundoplysninger', 'summary', 'Skriv et kort resumé', 'Write a short summary');
  if (offer.projectTypes > 0 && blank(c.projectType)) need('grundoplysninger', 'projectType', 'Vælg en projekttype', 'Choose a project type');
  if (offer.categories > 0 && blank(c.category)) need('grundoplysninger', 'category', 'Vælg en kategori', 'Choose a category');
  if (offer.targetGroups > 0 && (c.targetGroups ?? []).length === 0)
    need('grundoplysninger', 'targetGroups', 'Vælg mindst én målgruppe', 'Choose at least one target group');

  if (offer.departments > 0 && blank(c.leadDepartmentId)) need('organisering', 'leadDepartmentId', 'Vælg den ansvarlige enhed', 'Choose the lead unit');

  if (blank(c.needAnalysis)) need('behov-og-loesning', 'needAnalysis', 'Beskriv behovet', 'Describe the need');
  if (blank(c.solution)) need('behov-og-loesning', 'solution', 'Beskriv løsningen', 'Describe the solution');
  if (blank(c.novelty)) need('behov-og-loesning', 'novelty', 'Beskriv, hvad der er nyt', 'Describe what is new');
  if (c.solutionNewness === undefined) need('behov-og-loesning', 'solutionNewness', 'Angiv, hvor ny løsningen er', 'State how new the solution is');
  if (c.citizenFacing === undefined)
    need('behov-og-loesning', 'citizenFacing', 'Svar på, om løsningen er borgerrettet', 'Answer whether the solution is citizen-facing');
  if (c.citizenFacing === true && c.replacesOrPostpones === undefined) {
    need(
      'behov-og-loesning',
      'replacesOrPostpones',
      'Svar på, om løsningen erstatter eller udskyder en indsats',
      'Answer whether the solution replaces or postpones an effort',
    );
  }

  if (blank(c.valueCitizens) && blank(c.valueEmployees) && blank(c.valueEconomy)) {
    need('vaerdi-og-maal', 'valueCitizens', 'Beskriv værdien på mindst én bundlinje', 'Describe the value on at least one bottom line');
  }
  (c.resultGoals ?? []).forEach((g, i) => {
    if (blank(g.target)) need('vaerdi-og-maal', `resultGoals.${i}.target`, `Angiv målet for resultatmål ${i + 1}`, `Give the target of result goal ${i + 1}`);
    if (blank(g.method))
      need('vaerdi-og-maal', `resultGoals.${i}.method`, `Angiv målemetoden for resultatmål ${i + 1}`, `Give the method of result goal ${i + 1}`);
    if (blank(g.deadline))
      need('vaerdi-og-maal', `resultGoals.${i}.deadline`, `Angiv fristen for resultatmål ${i + 1}`, `Give the deadline of result goal ${i + 1}`);
  });

  if (blank(c.budgetLineId)) need('budget', 'budgetLineId', 'Vælg den budgetlinje, der søges fra', 'Choose the budget line applied for');
  if ((c.budget ?? []).length === 0) need('budget', 'budget.0.amountOere', 'Angiv budgettet (mindst én budgetpost)', 'Give the budget (at least one item)');

  if (blank(c.startDate)) need('tidsplan', 'startDate', 'Angiv startdatoen', 'Give the start date');
  if (blank(c.endDate)) need('tidsplan', 'endDate', 'Angiv slutdatoen', 'Give the end date');
  if (!blank(c.startDate) && !blank(c.endDate) && (c.endDate ?? '') < (c.startDate ?? '')) {
    need('tidsplan', 'endDate', 'Slutdatoen skal ligge efter startdatoen', 'The end date must be after the start date');
  }

  const bc = c.businessCase;
  const bcFields = [
    ['investmentOere', 'Angiv engangsinvesteringen (0, hvis der ingen er)', 'Give the one-off investment (0 if none)'],
    ['yearlyRunningCostOere', 'Angiv de årlige driftsudgifter', 'Give the yearly running costs'],
    ['hoursFreedPerYear', 'Angiv frigjorte timer pr. år (0, hvis ingen)', 'Give the hours freed per year (0 if none)'],
    ['hourlyRateOere', 'Angiv timeprisen', 'Give the hourly rate'],
    ['kronerSavedPerYearOere', 'Angiv øvrig besparelse pr. år (0, hvis ingen)', 'Give other savings per year (0 if none)'],
  ] as const;
  for (const [k, da, en] of bcFields) if (bc?.[k] === null || bc?.[k] === undefined) need('business-case', `businessCase.${k}`, da, en);

  if (blank(c.trainingPlan)) need('drift-og-uddannelse', 'trainingPlan', 'Beskriv planen for oplæring af medarbejderne', 'Describe the staff training plan');

  if (blank(c.leastIntervention))
    need(
      'etik-og-databeskyttelse',
      'leastIntervention',
      'Beskriv, hvordan mindste-indgriben-princippet er overholdt',
      'Describe how the least-intervention principle is respected',
    );
  if (blank(c.consent))
    need('etik-og-databeskyttelse', 'consent', 'Beskriv samtykke og borgerens egne ønsker', "Describe consent and the citizen's own wishes");
  if (blank(c.freedomVsSafety))
    need('etik-og-databeskyttelse', 'freedomVsSafety', 'Beskriv afvejningen af frihed og tryghed', 'Describe the balance of freedom and safety');
  return out;
}

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

function hasValue(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.values(v).some(hasValue);
  return true;
}

/** Status per section for the task list: nothing filled in, partly, or all it needs. */
export function sectionStatuses(title: string, c: ApplicationContent, offer: PoolOffer, attachmentCount: number): Record<string, SectionStatus> {
  const missing = missingFields(title, c, offer);
  const out: Record<string, SectionStatus> = {};
  for (const s of SECTIONS) {
    if (s.slug === 'bilag') {
      out[s.slug] = attachmentCount > 0 ? 'completed' : 'not-started';
      continue;
    }
    const filled = s.items.some((item) => item.key !== 'title' && hasValue((c as Record<string, unknown>)[item.key]));
    const lacking = missing.some((m) => m.section === s.slug);
    out[s.slug] = !lacking ? 'completed' : filled ? 'in-progress' : 'not-started';
  }
  return out;
}
