import type { Message } from '../../errors.js';
import type { Actor } from '../../usecases/shared/actor.js';
import type { HomeLink } from './home-page.js';

interface Entry {
  roles?: string[];
  href: string;
  title: Message;
  text: Message;
}

/** Start-page shortcuts per role. Each area adds its own. */
const entries: Entry[] = [
  {
    href: '/puljer',
    title: { da: 'Puljer', en: 'Pools' },
    text: { da: 'Se puljernes regler, budgetter og mødedatoer.', en: "See the pools' rules, budgets and meeting dates." },
  },
  {
    href: '/ansoegninger',
    title: { da: 'Idéer og ansøgninger', en: 'Ideas and applications' },
    text: {
      da: 'Send en idé til sekretariatet, søg en pulje, og følg dine ansøgninger, frister og møder.',
      en: 'Send an idea to the secretariat, apply to a pool, and follow your applications, deadlines and meetings.',
    },
  },
  {
    roles: ['secretariat', 'admin'],
    href: '/ideer',
    title: { da: 'Idéer til sparring', en: 'Ideas for advice' },
    text: { da: 'Giv faglig sparring på medarbejdernes idéer, og vurdér dem.', en: "Advise on staff members' ideas and assess them." },
  },
  {
    roles: ['finance', 'secretariat', 'decision_body', 'admin'],
    href: '/oekonomi',
    title: { da: 'Økonomi', en: 'Finances' },
    text: { da: 'Budget, bevillinger, udbetalinger og hvad der er tilbage i puljerne.', en: 'Budgets, commitments, payouts and what is left in the pools.' },
  },
  {
    roles: ['secretariat', 'decision_body'],
    href: '/vurdering',
    title: { da: 'Sagsbehandling', en: 'Case handling' },
    text: {
      da: 'Indbakke, screening, bedømmere, pointoversigt, indstillinger, møder og afgørelser.',
      en: 'Inbox, screening, reviewers, score summary, recommendations, meetings and decisions.',
    },
  },
  {
    roles: ['reviewer'],
    href: '/bedoemmelser',
    title: { da: 'Mine bedømmelser', en: 'My reviews' },
    text: {
      da: 'Erklær habilitet, og giv point til de ansøgninger, du er tildelt.',
      en: 'Declare conflicts of interest and score the applications assigned to you.',
    },
  },
  {
    href: '/notifikationer',
    title: { da: 'Notifikationer', en: 'Notifications' },
    text: { da: 'Beskeder om dine sager: spørgsmål, afgørelser og opgaver.', en: 'Messages about your cases: questions, decisions and tasks.' },
  },
];

export function homeLinks(actor: Actor, t: (m: Message) => string): HomeLink[] {
  const roles = new Set<string>(actor.memberships.map((m) => m.role));
  return entries.filter((e) => !e.roles || e.roles.some((r) => roles.has(r))).map((e) => ({ href: e.href, title: t(e.title), text: t(e.text) }));
}
