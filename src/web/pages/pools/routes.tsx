import { Hono, type Context } from 'hono';
import { AppError } from '../../../errors.js';
import { authorize, can } from '../../../policies/authorize.js';
import { poolCreatorOrganisations } from '../../../policies/pools.js';
import { createPool } from '../../../usecases/pools/create-pool.js';
import { getPoolHistory } from '../../../usecases/pools/get-pool-history.js';
import { getPool } from '../../../usecases/pools/get-pool.js';
import { listPools } from '../../../usecases/pools/list-pools.js';
import { setupOf, type PoolDetails } from '../../../usecases/pools/pool-details.js';
import { updatePool } from '../../../usecases/pools/update-pool.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { FormFields, formFailure, readForm, renderAgain } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { int, poolFieldPath, type Row } from './form-values.js';
import { PoolCreatePage } from './pool-create-page.js';
import { PoolEditPage, PROBLEM, type PoolEditPageProps } from './pool-edit-page.js';
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
  return poolCreatorOrganisations(actor).map((id) => ({ id, name: actor.memberships.find((m) => m.organisationId === id)?.organisationName ?? id }));
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

/** The section named in the URL, or 404. */
function sectionParam(c: Context<AppEnv>): SectionKey {
  const section = c.req.param('section') ?? '';
  if (!isSectionKey(section)) throw new AppError('NOT_FOUND');
  return section;
}

export function poolPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.pools.list.pattern, async (c) => {
    const actor = requireActor(c);
    const pools = await listPools(c.get('deps').db, actor);
    return render(c, PoolListPage({ ctx: pageContext(c), pools, canCreate: creatableOrganisations(actor).length > 0 }));
  });

  app.get(paths.pools.create.pattern, (c) => {
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

  app.post(paths.pools.create.pattern, async (c) => {
    const actor = requireActor(c);
    const organisations = creatableOrganisations(actor);
    if (organisations.length === 0) throw new AppError('FORBIDDEN');
    const { values } = await readForm(c);
    const fields = new FormFields(values);
    const { input } = generalToInput(values);
    const organisationId = fields.optionalText('organisationId') ?? (organisations.length === 1 ? organisations[0]?.id : undefined);
    try {
      const pool = await createPool(c.get('deps').db, actor, { ...input, organisationId, rubric: defaultRubric });
      return c.redirect(paths.pools.editSection({ poolId: pool.id, section: 'budget' }, { oprettet: 1 }), 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { primaryField: 'name', rename: poolFieldPath });
      return renderAgain(c, PoolCreatePage({ ctx: pageContext(c), organisations, values, errors: failure.errors }), failure);
    }
  });

  app.get(paths.pools.show.pattern, async (c) => {
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

  app.get(paths.pools.history.pattern, async (c) => {
    const actor = requireActor(c);
    const history = await getPoolHistory(c.get('deps').db, actor, { poolId: c.req.param('poolId') });
    return render(c, PoolHistoryPage({ ctx: pageContext(c), ...history }));
  });

  app.get(paths.pools.edit.pattern, async (c) => {
    const actor = requireActor(c);
    const pool = await editablePool(c, actor);
    return c.redirect(paths.pools.editSection({ poolId: pool.id, section: 'grundoplysninger' }), 303);
  });

  app.get(paths.pools.editSection.pattern, async (c) => {
    const actor = requireActor(c);
    const pool = await editablePool(c, actor);
    const section = sectionParam(c);
    const values = sectionFromSetup(section, setupOf(pool), yearsOf(pool));
    return render(c, PoolEditPage({ ...editProps(c, pool, section, values), saved: c.req.query('gemt') === '1' || c.req.query('oprettet') === '1' }));
  });

  app.post(paths.pools.editSection.pattern, async (c) => {
    const actor = requireActor(c);
    const pool = await editablePool(c, actor);
    const section = sectionParam(c);
    const { values: posted } = await readForm(c);
    const fields = new FormFields(posted);
    const { _add: _added, _save: _saved, expectedVersion: _version, ...values } = posted;
    const add = fields.text('_add').trim();
    const props = (v: Row) => ({ ...editProps(c, pool, section, v), version: fields.int('expectedVersion') || pool.version });
    // "Tilføj række": the same form again with one more row, nothing saved.
    if (add !== '') return render(c, PoolEditPage(props(addRow(values, add))));

    const { input, values: shown } = sectionToInput(section, values, setupOf(pool));
    try {
      await updatePool(c.get('deps').db, actor, { ...input, poolId: pool.id, expectedVersion: int(posted.expectedVersion) });
      return c.redirect(paths.pools.editSection({ poolId: pool.id, section }, { gemt: 1 }), 303);
    } catch (err) {
      // A refusal without fields (someone saved first, not enough money for a lowered budget) is shown above the form.
      const failure = formFailure(err, pageContext(c), { primaryField: PROBLEM, rename: poolFieldPath });
      return renderAgain(c, PoolEditPage({ ...props(shown), errors: failure.errors }), failure);
    }
  });

  return app;
}
