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
];

export function homeLinks(actor: Actor, t: (m: Message) => string): HomeLink[] {
  const roles = new Set<string>(actor.memberships.map((m) => m.role));
  return entries
    .filter((e) => !e.roles || e.roles.some((r) => roles.has(r)))
    .map((e) => ({ href: e.href, title: t(e.title), text: t(e.text) }));
}
