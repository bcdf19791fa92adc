import type { Message } from '../errors.js';
import { canAnywhere } from '../policies/authorize.js';
import type { Permission } from '../policies/permissions.js';
import type { Actor } from '../usecases/shared/actor.js';
import { paths } from '../paths.js';

export interface NavEntry {
  href: string;
  label: Message;
  /** Shown when the actor holds this permission in any organisation (undefined: every logged-in user). */
  permission?: Permission;
}

/** The main navigation. Each area adds its entry here. */
export const mainNavigation: NavEntry[] = [
  { href: paths.home(), label: { da: 'Forside', en: 'Home' } },
  { href: paths.pools.list(), label: { da: 'Puljer', en: 'Pools' } },
  { href: paths.applications.list(), label: { da: 'Ansøgninger', en: 'Applications' } },
  { href: paths.ideas.list(), label: { da: 'Idéer', en: 'Ideas' }, permission: 'idea.viewAll' },
  { href: paths.ledger.overview(), label: { da: 'Økonomi', en: 'Finances' }, permission: 'ledger.view' },
  { href: paths.projects.list(), label: { da: 'Projekter', en: 'Projects' }, permission: 'project.view' },
  { href: paths.assessment.index(), label: { da: 'Sagsbehandling', en: 'Case handling' }, permission: 'assessment.viewCases' },
  { href: paths.reviews.list(), label: { da: 'Bedømmelser', en: 'Reviews' }, permission: 'assessment.review' },
  { href: paths.notifications.list(), label: { da: 'Notifikationer', en: 'Notifications' } },
];

export function navigationFor(actor: Actor, path: string, t: (m: Message) => string) {
  return mainNavigation
    .filter((e) => !e.permission || canAnywhere(actor, e.permission))
    .map((e) => ({ label: t(e.label), href: e.href, current: e.href === paths.home() ? path === e.href : path.startsWith(e.href) }));
}
