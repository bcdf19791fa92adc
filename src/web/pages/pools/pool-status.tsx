import { formatDate, todayInCopenhagen } from '../../../domain/dates.js';
import { effectivePoolStatus, periodHasEnded, type PoolPeriod, type PoolStatus } from '../../../domain/pool-period.js';
import { Badge } from '../../components/index.js';
import type { PageContext } from '../../page-context.js';
import { statusBadges, statusLabels } from './labels.js';

/** The pool's status as people see it: an open pool past its period shows as closed, with why. */
export function PoolStatusBadge({ ctx, pool, now }: { ctx: PageContext; pool: PoolPeriod & { status: PoolStatus }; now?: Date }) {
  const { t } = ctx;
  const status = effectivePoolStatus(pool, now);
  const ended = pool.status === 'open' && periodHasEnded(pool, now);
  return (
    <>
      <Badge text={t(statusLabels[status])} variant={statusBadges[status]} />
      {ended ? <> {t({ da: `Perioden sluttede i ${pool.periodEndYear}`, en: `The period ended in ${pool.periodEndYear}` })}</> : null}
    </>
  );
}

/** For a pool with rounds: the next round's deadline (a meeting not cancelled whose deadline is today or later), or that none is left. */
export function NextDeadline({ ctx, meetings, now }: { ctx: PageContext; meetings: { submissionDeadline: string | null; status: string }[]; now?: Date }) {
  const { t } = ctx;
  const today = todayInCopenhagen(now);
  const next = meetings
    .filter((m) => m.status !== 'cancelled' && m.submissionDeadline !== null && m.submissionDeadline >= today)
    .map((m) => m.submissionDeadline ?? '')
    .sort()[0];
  return (
    <>
      <dt>{t({ da: 'Næste ansøgningsfrist', en: 'Next submission deadline' })}</dt>
      <dd>{next ? formatDate(next, ctx.locale) : t({ da: 'Ingen kommende frist', en: 'No upcoming deadline' })}</dd>
    </>
  );
}
