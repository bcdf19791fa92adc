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
  /**
   * Route patterns (from paths.ts) of the area's pages that live under another entry's URL, e.g. the
   * inbox `/puljer/:poolId/indbakke` belongs to "Sagsbehandling", not "Puljer". The entry's own href
   * is always one of its patterns.
   */
  pages?: string[];
}

/** The main navigation. Each area adds its entry here. */
export const mainNavigation: NavEntry[] = [
  { href: paths.home(), label: { da: 'Forside', en: 'Home' } },
  { href: paths.pools.list(), label: { da: 'Puljer', en: 'Pools' } },
  { href: paths.applications.list(), label: { da: 'Ansøgninger', en: 'Applications' } },
  { href: paths.ideas.list(), label: { da: 'Idéer', en: 'Ideas' }, permission: 'idea.viewAll' },
  {
    href: paths.ledger.overview(),
    label: { da: 'Økonomi', en: 'Finances' },
    permission: 'ledger.view',
    pages: [paths.ledger.pool.pattern, paths.ledger.project.pattern],
  },
  {
    href: paths.projects.list(),
    label: { da: 'Projekter', en: 'Projects' },
    permission: 'project.view',
    pages: [paths.projects.reportsDue.pattern, paths.projects.portfolio.pattern, paths.projects.poolPortfolio.pattern],
  },
  {
    href: paths.assessment.index(),
    label: { da: 'Sagsbehandling', en: 'Case handling' },
    permission: 'assessment.viewCases',
    pages: [paths.pools.inbox.pattern, paths.pools.scores.pattern, paths.pools.meetings.pattern, paths.meetings.show.pattern],
  },
  { href: paths.reviews.list(), label: { da: 'Bedømmelser', en: 'Reviews' }, permission: 'assessment.review' },
  // Every logged-in user may search the catalogue (what they see is decided per entry).
  { href: paths.catalogue.index(), label: { da: 'Erfaringskatalog', en: 'Experience catalogue' } },
  { href: paths.training.index(), label: { da: 'Uddannelse', en: 'Training' }, permission: 'training.view' },
  { href: paths.imports.index(), label: { da: 'Import', en: 'Import' }, permission: 'import.run' },
  { href: paths.notifications.list(), label: { da: 'Notifikationer', en: 'Notifications' } },
  { href: paths.admin.users(), label: { da: 'Brugere', en: 'Users' }, permission: 'user.manage', pages: [paths.admin.organisationUsers.pattern] },
];

// The organisation's other administration pages (login providers, API tokens, security) belong under "Brugere".
mainNavigation
  .find((e) => e.href === paths.admin.users())
  ?.pages?.push(paths.identityAdmin.providers.pattern, paths.admin.apiTokens.pattern, paths.admin.security.pattern);

/** How specifically a route pattern matches the path: the pattern's length, or -1 when it does not match (the path or a page under it). */
function specificity(pattern: string, path: string): number {
  if (pattern === paths.home()) return path === pattern ? pattern.length : -1;
  const re = new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}(?:/|$)`);
  return re.test(path) ? pattern.length : -1;
}

/** The entries the actor may see; the one whose pages match the path most specifically is the current tab (at most one). */
export function navigationFor(actor: Actor, path: string, t: (m: Message) => string) {
  const visible = mainNavigation.filter((e) => !e.permission || canAnywhere(actor, e.permission));
  const score = (e: NavEntry) => Math.max(...[e.href, ...(e.pages ?? [])].map((p) => specificity(p, path)));
  const best = visible.reduce<{ entry: NavEntry | null; score: number }>((acc, e) => (score(e) > acc.score ? { entry: e, score: score(e) } : acc), {
    entry: null,
    score: -1,
  });
  // The entry's own page is the current page (aria-current="page"); a page under it makes the entry active ("true").
  return visible.map((e) => ({ label: t(e.label), href: e.href, current: e === best.entry && path === e.href, active: e === best.entry && path !== e.href }));
}
