import { paths } from '../../src/paths.js';
import type { BenchIds } from './hand-queries.js';

/** One measured URL: who asks (a role's session), and which hand-written query is its ceiling B. */
export interface Target {
  label: string;
  url: string;
  role: string;
  /** Key in handQueries; none for a page without one main query. */
  ceiling: string;
}

/** The staff roles whose front page is measured (e-mail prefix of the generated users). */
export const ROLES = ['ansoeger', 'sekretariat', 'bedoemmer', 'raad', 'oekonomi', 'admin', 'konsulent'] as const;

export function targets(ids: BenchIds, opts: { network: boolean }): Target[] {
  const poolId = ids.poolId;
  const api = (p: string) => `/api/v1${p}`;
  return [
    ...ROLES.map((role) => ({ label: `front page (${role})`, url: paths.home(), role, ceiling: 'front' })),
    ...(opts.network ? [{ label: 'front page (koordinator)', url: paths.home(), role: 'koordinator', ceiling: 'front' }] : []),
    { label: 'inbox, largest pool', url: paths.pools.inbox({ poolId }), role: 'sekretariat', ceiling: 'inbox' },
    { label: 'inbox, status filter', url: paths.pools.inbox({ poolId }, { status: 'in_review' }), role: 'sekretariat', ceiling: 'inboxFiltered' },
    { label: 'inbox, search "medicin"', url: paths.pools.inbox({ poolId }, { q: 'medicin' }), role: 'sekretariat', ceiling: 'inboxSearch' },
    { label: 'inbox, sort amount, page 40', url: paths.pools.inbox({ poolId }, { sort: 'amount', page: 40 }), role: 'sekretariat', ceiling: 'inbox' },
    { label: 'application page', url: paths.applications.show({ applicationId: ids.applicationId }), role: 'sekretariat', ceiling: 'application' },
    { label: 'pool economy page', url: paths.ledger.pool({ poolId }), role: 'oekonomi', ceiling: 'economy' },
    { label: 'portfolio', url: paths.projects.portfolio(), role: 'sekretariat', ceiling: 'portfolio' },
    { label: 'reports due', url: paths.projects.reportsDue(), role: 'sekretariat', ceiling: 'reportsDue' },
    { label: 'catalogue search "robot"', url: paths.catalogue.index({ q: 'robot' }), role: 'sekretariat', ceiling: 'catalogue' },
    { label: 'API submissions (page 1)', url: api(`/pools/${poolId}/submissions`), role: 'sekretariat', ceiling: 'apiSubmissions' },
    { label: 'API ledger entries (first 50)', url: api(`/pools/${poolId}/ledger/entries?limit=50`), role: 'oekonomi', ceiling: 'apiLedgerEntries' },
    { label: 'API projects', url: api('/projects'), role: 'sekretariat', ceiling: 'apiProjects' },
    { label: 'API reports due', url: api('/reports-due'), role: 'sekretariat', ceiling: 'apiReportsDue' },
    { label: 'API catalogue entries "robot"', url: api('/catalogue/entries?q=robot'), role: 'sekretariat', ceiling: 'catalogue' },
  ];
}
