import type { Message } from '../../../errors.js';
import type { BadgeVariant } from '../../components/index.js';

export const statusLabels: Record<'draft' | 'open' | 'closed', Message> = {
  draft: { da: 'Kladde', en: 'Draft' },
  open: { da: 'Åben', en: 'Open' },
  closed: { da: 'Lukket', en: 'Closed' },
};

/** The badge colour of each pool status (list and pool page). */
export const statusBadges: Record<'draft' | 'open' | 'closed', BadgeVariant> = { draft: 'info', open: 'success', closed: 'none' };

export const intakeLabels: Record<'continuous' | 'rounds', Message> = {
  continuous: { da: 'Løbende ansøgning', en: 'Continuous intake' },
  rounds: { da: 'Ansøgningsrunder med frist før hvert møde', en: 'Rounds with a deadline before each meeting' },
};

export const purposeLabels: Record<'grants' | 'operation', Message> = {
  grants: { da: 'Tilskud til projekter', en: 'Grants to projects' },
  operation: { da: 'Drift', en: 'Operation' },
};

export const decisionModeLabels: Record<'meeting' | 'direct', Message> = {
  meeting: { da: 'Besluttes på et møde', en: 'Decided at a meeting' },
  direct: { da: 'Besluttes direkte', en: 'Decided directly' },
};

export const severityLabels: Record<'hard' | 'soft', Message> = {
  hard: { da: 'Krav (blokerer indsendelse)', en: 'Requirement (blocks submission)' },
  soft: { da: 'Anbefaling (giver en advarsel)', en: 'Recommendation (shows a warning)' },
};

export const listLabels: Record<'projectTypes' | 'categories' | 'effectGoals' | 'targetGroups' | 'phases', { plural: Message; singular: Message }> = {
  projectTypes: { plural: { da: 'Projekttyper', en: 'Project types' }, singular: { da: 'Projekttype', en: 'Project type' } },
  categories: { plural: { da: 'Kategorier', en: 'Categories' }, singular: { da: 'Kategori', en: 'Category' } },
  effectGoals: { plural: { da: 'Effektmål', en: 'Effect goals' }, singular: { da: 'Effektmål', en: 'Effect goal' } },
  targetGroups: { plural: { da: 'Målgrupper', en: 'Target groups' }, singular: { da: 'Målgruppe', en: 'Target group' } },
  phases: { plural: { da: 'Faser', en: 'Phases' }, singular: { da: 'Fase', en: 'Phase' } },
};

/** Danish names of the setup's fields, for the history page. */
export const fieldLabels: Record<string, Message> = {
  name: { da: 'Navn', en: 'Name' },
  description: { da: 'Beskrivelse', en: 'Description' },
  periodStartYear: { da: 'Første år', en: 'First year' },
  periodEndYear: { da: 'Sidste år', en: 'Last year' },
  status: { da: 'Status', en: 'Status' },
  intake: { da: 'Ansøgningsform', en: 'Intake' },
  allowsCarryOver: { da: 'Overførsel af uforbrugte midler', en: 'Carry-over of unspent money' },
  lists: { da: 'Valgmuligheder', en: 'Choices' },
  projectTypes: { da: 'Projekttype', en: 'Project type' },
  categories: { da: 'Kategori', en: 'Category' },
  effectGoals: { da: 'Effektmål', en: 'Effect goal' },
  targetGroups: { da: 'Målgruppe', en: 'Target group' },
  phases: { da: 'Fase', en: 'Phase' },
  label: { da: 'Betegnelse', en: 'Label' },
  key: { da: 'Nøgle', en: 'Key' },
  eligibilityRules: { da: 'Regel', en: 'Rule' },
  kind: { da: 'Regeltype', en: 'Rule kind' },
  severity: { da: 'Krav eller anbefaling', en: 'Requirement or recommendation' },
  params: { da: 'Parametre', en: 'Parameters' },
  min: { da: 'Mindst', en: 'At least' },
  minOthers: { da: 'Mindst antal øvrige bundlinjer', en: 'Minimum other bottom lines' },
  exemptBudgetLines: { da: 'Gælder ikke for', en: 'Does not apply to' },
  appliesToBudgetLines: { da: 'Gælder kun for', en: 'Applies only to' },
  rubric: { da: 'Bedømmelse', en: 'Rubric' },
  criteria: { da: 'Kriterium', en: 'Criterion' },
  da: { da: 'dansk', en: 'Danish' },
  en: { da: 'engelsk', en: 'English' },
  weight: { da: 'Vægt', en: 'Weight' },
  scaleMin: { da: 'Skala fra', en: 'Scale from' },
  scaleMax: { da: 'Skala til', en: 'Scale to' },
  knockOutBelow: { da: 'Knock-out under', en: 'Knock-out below' },
  followUpMonths: { da: 'Opfølgning (måneder efter start)', en: 'Follow-up (months after start)' },
  decisionBodies: { da: 'Beslutningsorgan', en: 'Decision body' },
  budgetLines: { da: 'Budgetlinje', en: 'Budget line' },
  purpose: { da: 'Formål', en: 'Purpose' },
  openForApplications: { da: 'Åben for ansøgninger', en: 'Open for applications' },
  decisionMode: { da: 'Beslutningsform', en: 'Decision mode' },
  decisionBodyKey: { da: 'Beslutningsorgan', en: 'Decision body' },
  directDeciderLabel: { da: 'Beslutter direkte', en: 'Decides directly' },
  amounts: { da: 'Budget', en: 'Budget' },
  amountOere: { da: 'beløb', en: 'amount' },
  earmarks: { da: 'Øremærkning', en: 'Earmark' },
  shareBp: { da: 'Andel', en: 'Share' },
  meetings: { da: 'Møde', en: 'Meeting' },
  startsAt: { da: 'Tidspunkt', en: 'Time' },
  location: { da: 'Sted', en: 'Place' },
  submissionDeadline: { da: 'Ansøgningsfrist', en: 'Submission deadline' },
};

export const actionLabels: Record<string, Message> = {
  'pool.created': { da: 'Puljen blev oprettet', en: 'The pool was created' },
  'pool.updated': { da: 'Puljen blev ændret', en: 'The pool was changed' },
  'ledger.budgetSynced': { da: 'Budgettet blev bogført', en: 'The budget was posted to the ledger' },
};
