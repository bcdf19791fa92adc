import type { Message } from '../../../errors.js';
import { can } from '../../../policies/authorize.js';
import type { Permission } from '../../../policies/permissions.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import { paths } from '../../../paths.js';

/** The pool's working pages from other areas, each shown to those whose role may open it. */
const related: { path: (params: { poolId: string }) => string; permission: Permission; label: Message }[] = [
  { path: paths.pools.inbox, permission: 'assessment.screen', label: { da: 'Indbakke med ansøgninger', en: 'Inbox of applications' } },
  { path: paths.pools.scores, permission: 'assessment.viewScores', label: { da: 'Scoreoversigt og rangering', en: 'Score summary and ranking' } },
  { path: paths.pools.meetings, permission: 'meeting.view', label: { da: 'Møder og dagsordener', en: 'Meetings and agendas' } },
  { path: paths.ledger.pool, permission: 'ledger.view', label: { da: 'Puljens økonomi', en: "The pool's economy" } },
];

export function relatedLinks(actor: Actor, pool: { id: string; organisationId: string }, t: (m: Message) => string) {
  return related.filter((r) => can(actor, r.permission, pool.organisationId)).map((r) => ({ href: r.path({ poolId: pool.id }), label: t(r.label) }));
}
