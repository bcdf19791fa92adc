import type { Message } from '../errors.js';
import type { Actor } from '../usecases/shared/actor.js';

export interface NavEntry {
  href: string;
  label: Message;
  /** Shown when the actor holds one of these roles in any organisation (undefined: every logged-in user). */
  roles?: string[];
}

/** The main navigation. Each area adds its entry here. */
export const mainNavigation: NavEntry[] = [
  { href: '/', label: { da: 'Forside', en: 'Home' } },
  { href: '/puljer', label: { da: 'Puljer', en: 'Pools' } },
  { href: '/ansoegninger', label: { da: 'Ansøgninger', en: 'Applications' } },
  { href: '/ideer', label: { da: 'Idéer', en: 'Ideas' }, roles: ['secretariat', 'admin'] },
  { href: '/oekonomi', label: { da: 'Økonomi', en: 'Finances' }, roles: ['finance', 'secretariat', 'decision_body', 'admin'] },
  { href: '/vurdering', label: { da: 'Sagsbehandling', en: 'Case handling' }, roles: ['secretariat', 'decision_body'] },
  { href: '/bedoemmelser', label: { da: 'Bedømmelser', en: 'Reviews' }, roles: ['reviewer'] },
  { href: '/notifikationer', label: { da: 'Notifikationer', en: 'Notifications' } },
];

export function navigationFor(actor: Actor, path: string, t: (m: Message) => string) {
  const roles = new Set(actor.memberships.map((m) => m.role));
  return mainNavigation
    .filter((e) => !e.roles || e.roles.some((r) => roles.has(r as never)))
    .map((e) => ({ label: t(e.label), href: e.href, current: e.href === '/' ? path === '/' : path.startsWith(e.href) }));
}
