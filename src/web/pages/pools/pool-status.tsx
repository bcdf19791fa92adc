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
