import type { Message } from '../../errors.js';
import { canAnywhere } from '../../policies/authorize.js';
import type { Permission } from '../../policies/permissions.js';
import type { Actor } from '../../usecases/shared/actor.js';
import { paths } from '../../paths.js';
import type { HomeLink } from './home-page.js';

interface Entry {
  /** Shown to whoever holds this permission in any organisation (undefined: everyone). */
  permission?: Permission;
  href: string;
  title: Message;
  text: Message;
}

/** Start-page shortcuts per role. Each area adds its own. */
const entries: Entry[] = [
  {
    href: paths.pools.list(),
    title: { da: 'Puljer', en: 'Pools' },
    text: { da: 'Se puljernes regler, budgetter og mødedatoer.', en: "See the pools' rules, budgets and meeting dates." },
  },
  {
    href: paths.applications.list(),
    title: { da: 'Idéer og ansøgninger', en: 'Ideas and applications' },
    text: {
      da: 'Send en idé til sekretariatet, søg en pulje, og følg dine ansøgninger, frister og møder.',
      en: 'Send an idea to the secretariat, apply to a pool, and follow your applications, deadlines and meetings.',
    },
  },
  {
    permission: 'idea.viewAll',
    href: paths.ideas.list(),
    title: { da: 'Idéer til sparring', en: 'Ideas for advice' },
    text: { da: 'Giv faglig sparring på medarbejdernes idéer, og vurdér dem.', en: "Advise on staff members' ideas and assess them." },
  },
  {
    permission: 'ledger.view',
    href: paths.ledger.overview(),
    title: { da: 'Økonomi', en: 'Finances' },
    text: { da: 'Budget, bevillinger, udbetalinger og hvad der er tilbage i puljerne.', en: 'Budgets, commitments, payouts and what is left in the pools.' },
  },
  {
    permission: 'assessment.viewCases',
    href: paths.assessment.index(),
    title: { da: 'Sagsbehandling', en: 'Case handling' },
    text: {
      da: 'Indbakke, screening, bedømmere, pointoversigt, indstillinger, møder og afgørelser.',
      en: 'Inbox, screening, reviewers, score summary, recommendations, meetings and decisions.',
    },
  },
  {
    permission: 'assessment.review',
    href: paths.reviews.list(),
    title: { da: 'Mine bedømmelser', en: 'My reviews' },
    text: {
      da: 'Erklær habilitet, og giv point til de ansøgninger, du er tildelt.',
      en: 'Declare conflicts of interest and score the applications assigned to you.',
    },
  },
  {
    permission: 'report.viewDue',
    href: paths.projects.reportsDue(),
    title: { da: 'Projekter og opfølgning', en: 'Projects and follow-up' },
    text: { da: 'Igangsatte projekter, opfølgningsrapporter og hvad der er over fristen.', en: 'Started projects, follow-up reports and what is overdue.' },
  },
  {
    href: paths.notifications.list(),
    title: { da: 'Notifikationer', en: 'Notifications' },
    text: { da: 'Beskeder om dine sager: spørgsmål, afgørelser og opgaver.', en: 'Messages about your cases: questions, decisions and tasks.' },
  },
];

export function homeLinks(actor: Actor, t: (m: Message) => string): HomeLink[] {
  return entries.filter((e) => !e.permission || canAnywhere(actor, e.permission)).map((e) => ({ href: e.href, title: t(e.title), text: t(e.text) }));
}
