import { Hono, type Context } from 'hono';
import { AppError } from '../../../errors.js';
import { authorize, can } from '../../../policies/authorize.js';
import { createPool } from '../../../usecases/pools/create-pool.js';
import { getPoolHistory } from '../../../usecases/pools/get-pool-history.js';
import { getPool } from '../../../usecases/pools/get-pool.js';
import { listPools } from '../../../usecases/pools/list-pools.js';
import { setupOf, type PoolDetails } from '../../../usecases/pools/pool-details.js';
import { updatePool } from '../../../usecases/pools/update-pool.js';
import { organisationIds, type Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { readForm } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { int, str, type Row } from './form-values.js';
import { PoolCreatePage } from './pool-create-page.js';
import { PoolEditPage, type PoolEditPageProps } from './pool-edit-page.js';
import { PoolHistoryPage } from './pool-history-page.js';
import { PoolListPage } from './pool-list-page.js';
import { relatedLinks } from './related-links.js';
import { PoolPage } from './pool-page.js';
import { addRow, generalToInput, isSectionKey, sectionFromSetup, sectionToInput, type SectionKey } from './sections/model.js';

/** A new pool starts with one overall criterion, so the rubric is valid until the secretariat sets its own. */
const defaultRubric = {
  criteria: [{ key: 'samlet-vurdering', label: { da: 'Samlet vurdering', en: 'Overall assessment' }, weight: 1, scaleMin: 1, scaleMax: 5 }],
};

function creatableOrganisations(actor: Actor) {
  return organisationIds(actor)
    .filter((id) => can(actor, 'pool.create', id))
    .map((id) => ({ id, name: actor.memberships.find((m) => m.organisationId === id)?.organisationName ?? id }));
}

function yearsOf(pool: PoolDetails): number[] {
  const out: number[] = [];
  for (let y = pool.periodStartYear; y <= pool.periodEndYear; y++) out.push(y);
  return out;
}

function editProps(c: Context<AppEnv>, pool: PoolDetails, section: SectionKey, values: Row): PoolEditPageProps {
  return {
    ctx: pageContext(c),
    poolId: pool.id,
    poolName: pool.name,
    section,
    version: pool.version,
    values,
    years: yearsOf(pool),
    bodies: pool.decisionBodies.map((b) => ({ key: b.key, name: b.name })),
    lines: pool.budgetLines.flatMap((l) => [{ key: l.key, name: l.name }, ...l.earmarks.map((e) => ({ key: e.key, name: e.name }))]),
  };
}

/** Load the pool for editing: 404 outside the organisation, 403 without the secretariat/admin role. */
async function editablePool(c: Context<AppEnv>, actor: Actor): Promise<PoolDetails> {
  const pool = await getPool(c.get('deps').db, actor, { poolId: c.req.param('poolId') ?? '' });
  authorize(actor, 'pool.update', pool.organisationId);
  return pool;
}

export function poolPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = requireActor(c);
    const pools = await listPools(c.get('deps').db, actor);
    return render(c, PoolListPage({ ctx: pageContext(c), pools, canCreate: creatableOrganisations(actor).length > 0 }));
  });

  app.get('/ny', (c) => {
    const actor = requireActor(c);
    const organisations = creatableOrganisations(actor);
    if (organisations.length === 0) throw new AppError('FORBIDDEN');
    const year = new Date().getFullYear();
    return render(
      c,
      PoolCreatePage({
        ctx: pageContext(c),
        organisations,
        values: { periodStartYear: String(year), periodEndYear: String(year + 3), status: 'draft', intake: 'continuous' },
      }),
    );
  });

  app.post('/ny', async (c) => {
    const actor = requireActor(c);
    const organisations = creatableOrganisations(actor);
    if (organisations.length === 0) throw new AppError('FORBIDDEN');
    const { values } = await readForm(c);
    const { input } = generalToInput(values);
    const organisationId = str(values.organisationId) || (organisations.length === 1 ? organisations[0]?.id : undefined);
    try {
      const pool = await createPool(c.get('deps').db, actor, { ...input, organisationId, rubric: defaultRubric });
      return c.redirect(`/puljer/${pool.id}/rediger/budget?oprettet=1`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return render(c, PoolCreatePage({ ctx: pageContext(c), organisations, values, errors: err.fields ?? {} }), 422);
    }
  });

  app.get('/:poolId', async (c) => {
    const actor = requireActor(c);
    const pool = await getPool(c.get('deps').db, actor, { poolId: c.req.param('poolId') });
    const ctx = pageContext(c);
    return render(
      c,
      PoolPage({
        ctx,
        pool,
        canEdit: can(actor, 'pool.update', pool.organisationId),
        canViewHistory: can(actor, 'pool.viewHistory', pool.organisationId),
        related: relatedLinks(actor, pool, ctx.t),
        saved: c.req.query('gemt') === '1',
      }),
    );
  });

  app.get('/:poolId/historik', async (c) => {
    const actor = requireActor(c);
    const history = await getPoolHistory(c.get('deps').db, actor, { poolId: c.req.param('poolId') });
    return render(c, PoolHistoryPage({ ctx: pageContext(c), ...history }));
  });

  app.get('/:poolId/rediger', async (c) => {
    const actor = requireActor(c);
    const pool = await editablePool(c, actor);
    return c.redirect(`/puljer/${pool.id}/rediger/grundoplysninger`, 303);
  });

  app.get('/:poolId/rediger/:section', async (c) => {
    const actor = requireActor(c);
    const pool = await editablePool(c, actor);
    const section = c.req.param('section');
    if (!isSectionKey(section)) throw new AppError('NOT_FOUND');
    const values = sectionFromSetup(section, setupOf(pool), yearsOf(pool));
    return render(c, PoolEditPage({ ...editProps(c, pool, section, values), saved: c.req.query('gemt') === '1' || c.req.query('oprettet') === '1' }));
  });

  app.post('/:poolId/rediger/:section', async (c) => {
    const actor = requireActor(c);
    const pool = await editablePool(c, actor);
    const section = c.req.param('section');
    if (!isSectionKey(section)) throw new AppError('NOT_FOUND');
    const { values: posted } = await readForm(c);
    const { _add: add, _save: _ignored, expectedVersion, ...values } = posted;
    const props = (v: Row) => ({ ...editProps(c, pool, section, v), version: Number(str(expectedVersion)) || pool.version });
    if (str(add) !== '') return render(c, PoolEditPage(props(addRow(values, str(add)))));

    const { input, values: shown } = sectionToInput(section, values, setupOf(pool));
    try {
      await updatePool(c.get('deps').db, actor, { ...input, poolId: pool.id, expectedVersion: int(expectedVersion) });
      return c.redirect(`/puljer/${pool.id}/rediger/${section}?gemt=1`, 303);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.code === 'VALIDATION_FAILED') return render(c, PoolEditPage({ ...props(shown), errors: err.fields ?? {} }), 422);
      if (err.code === 'CONFLICT' || err.code === 'INSUFFICIENT_FUNDS') return render(c, PoolEditPage({ ...props(shown), problem: err.userMessage }), 409);
      throw err;
    }
  });

  return app;
}
