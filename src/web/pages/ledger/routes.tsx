import { Hono, type Context } from 'hono';
import { AppError, forbidden } from '../../../errors.js';
import { authorize, can } from '../../../policies/authorize.js';
import { adjustBudget } from '../../../usecases/ledger/adjust-budget.js';
import { carryOver } from '../../../usecases/ledger/carry-over.js';
import { exportLedger } from '../../../usecases/ledger/export-ledger.js';
import { getPoolLedger, type PoolLedger } from '../../../usecases/ledger/get-pool-ledger.js';
import { getLedgerEntry, listLedgerEntries, type LedgerEntryView } from '../../../usecases/ledger/list-ledger-entries.js';
import { listPoolProjects } from '../../../usecases/ledger/list-pool-projects.js';
import { recordCommitment, recordCommitmentSchema } from '../../../usecases/ledger/record-commitment.js';
import { reverseEntry } from '../../../usecases/ledger/reverse-entry.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import { zodFieldErrors } from '../../../usecases/shared/validate.js';
import { fileResponse } from '../../api/ledger/routes.js';
import type { AppEnv } from '../../env.js';
import { readForm } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { EntriesPage, PAGE_SIZE, type EntryFilters } from './entries-page.js';
import { formFailure, int, kronerField, str } from './form-support.js';
import { AdjustFormPage, CarryOverFormPage, CommitmentFormPage, ReverseFormPage } from './pool-forms.js';
import { PoolLedgerPage, notices } from './pool-ledger-page.js';
import { LedgerPoolsPage } from './ledger-pools-page.js';
import { listLedgerPools } from '../../../usecases/ledger/list-ledger-pools.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const base = (poolId: string) => `/puljer/${poolId}/oekonomi`;

async function ledgerFor(c: C, permission?: 'ledger.commit' | 'ledger.adjust'): Promise<{ actor: Actor; ledger: PoolLedger }> {
  const actor = requireActor(c);
  const ledger = await getPoolLedger(db(c), actor, { poolId: c.req.param('poolId') });
  if (permission) authorize(actor, permission, ledger.pool.organisationId);
  return { actor, ledger };
}

function canReverse(actor: Actor, organisationId: string) {
  const adjust = can(actor, 'ledger.adjust', organisationId);
  const pay = can(actor, 'ledger.pay', organisationId);
  return (e: LedgerEntryView) => e.kind !== 'budget' && (e.kind === 'payout' || e.kind === 'return' ? pay : adjust);
}

/** The pool's economy pages under /puljer/:poolId/oekonomi. */
export function ledgerPoolPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:poolId/oekonomi', async (c) => {
    const { actor, ledger } = await ledgerFor(c);
    const org = ledger.pool.organisationId;
    const notice = notices[c.req.query('besked') ?? ''];
    return render(
      c,
      PoolLedgerPage({
        ctx: pageContext(c),
        ledger,
        notice,
        actions: {
          commit: can(actor, 'ledger.commit', org),
          adjust: can(actor, 'ledger.adjust', org),
          carryOver: ledger.pool.allowsCarryOver && can(actor, 'ledger.adjust', org),
        },
      }),
    );
  });

  // Commitment by hand
  app.get('/:poolId/oekonomi/bevilling', async (c) => {
    const { actor, ledger } = await ledgerFor(c, 'ledger.commit');
    const projects = await listPoolProjects(db(c), actor, { poolId: ledger.pool.id });
    return render(c, CommitmentFormPage({ ctx: pageContext(c), ledger, projects, values: { applicationId: c.req.query('projekt') ?? '' }, errors: {} }));
  });
  app.post('/:poolId/oekonomi/bevilling', async (c) => {
    const { actor, ledger } = await ledgerFor(c, 'ledger.commit');
    const { values } = await readForm(c);
    const kronerErrors: Record<string, string> = {};
    const rows = Array.isArray(values.split) ? (values.split as Record<string, unknown>[]) : [];
    const split = rows.map((r, i) => ({ year: int(r.year) ?? 0, amountOere: kronerField(r.amount, `split[${i}][amount]`, kronerErrors) ?? 0 }));
    const input = {
      poolId: ledger.pool.id,
      applicationId: str(values.applicationId),
      budgetLineId: str(values.budgetLineId),
      split,
      reference: str(values.reference),
      reason: str(values.reason),
    };
    try {
      if (Object.keys(kronerErrors).length > 0) {
        // Never commit with an amount the user did not type: report every field's error instead.
        const checked = recordCommitmentSchema.safeParse(input);
        throw new AppError('VALIDATION_FAILED', { fields: checked.success ? {} : zodFieldErrors(checked.error) });
      }
      await recordCommitment(db(c), actor, input);
      return c.redirect(`${base(ledger.pool.id)}?besked=bevilling`, 303);
    } catch (err) {
      const ctx = pageContext(c);
      const failure = formFailure(err, { ctx, rename: { amountOere: 'amount' }, primaryField: 'split', extra: kronerErrors });
      const projects = await listPoolProjects(db(c), actor, { poolId: ledger.pool.id });
      return render(c, CommitmentFormPage({ ctx, ledger: await refreshed(c, actor, ledger), projects, values, errors: failure.errors }), failure.status);
    }
  });

  // Budget adjustment
  app.get('/:poolId/oekonomi/regulering', async (c) => {
    const { ledger } = await ledgerFor(c, 'ledger.adjust');
    return render(c, AdjustFormPage({ ctx: pageContext(c), ledger, values: {}, errors: {} }));
  });
  app.post('/:poolId/oekonomi/regulering', async (c) => {
    const { actor, ledger } = await ledgerFor(c, 'ledger.adjust');
    const { values } = await readForm(c);
    const kronerErrors: Record<string, string> = {};
    const amountOere = kronerField(values.amount, 'amount', kronerErrors);
    try {
      await adjustBudget(db(c), actor, {
        poolId: ledger.pool.id,
        budgetLineId: str(values.budgetLineId),
        year: int(values.year),
        amountOere,
        reference: str(values.reference),
        reason: str(values.reason),
      });
      return c.redirect(`${base(ledger.pool.id)}?besked=regulering`, 303);
    } catch (err) {
      const ctx = pageContext(c);
      const failure = formFailure(err, { ctx, rename: { amountOere: 'amount' }, primaryField: 'amount', extra: kronerErrors });
      return render(c, AdjustFormPage({ ctx, ledger, values, errors: failure.errors }), failure.status);
    }
  });

  // Carry-over
  app.get('/:poolId/oekonomi/overfoersel', async (c) => {
    const { ledger } = await ledgerFor(c, 'ledger.adjust');
    if (!ledger.pool.allowsCarryOver) throw new AppError('CARRY_OVER_NOT_ALLOWED');
    return render(c, CarryOverFormPage({ ctx: pageContext(c), ledger, values: {}, errors: {} }));
  });
  app.post('/:poolId/oekonomi/overfoersel', async (c) => {
    const { actor, ledger } = await ledgerFor(c, 'ledger.adjust');
    const { values } = await readForm(c);
    const kronerErrors: Record<string, string> = {};
    const amountOere = kronerField(values.amount, 'amount', kronerErrors);
    try {
      await carryOver(db(c), actor, {
        poolId: ledger.pool.id,
        budgetLineId: str(values.budgetLineId),
        fromYear: int(values.fromYear),
        amountOere,
        reference: str(values.reference),
        reason: str(values.reason),
      });
      return c.redirect(`${base(ledger.pool.id)}?besked=overfoersel`, 303);
    } catch (err) {
      const ctx = pageContext(c);
      const failure = formFailure(err, { ctx, rename: { amountOere: 'amount' }, primaryField: 'amount', extra: kronerErrors });
      return render(c, CarryOverFormPage({ ctx, ledger, values, errors: failure.errors }), failure.status);
    }
  });

  // Entries with filters
  app.get('/:poolId/oekonomi/posteringer', async (c) => {
    const { actor, ledger } = await ledgerFor(c);
    const q = c.req.query();
    const filters: EntryFilters = { budgetLineId: q.budgetLineId ?? '', year: q.year ?? '', kind: q.kind ?? '', applicationId: q.applicationId ?? '' };
    const offset = Math.max(0, int(q.offset) ?? 0);
    const projects = await listPoolProjects(db(c), actor, { poolId: ledger.pool.id });
    let result: { entries: LedgerEntryView[]; total: number } = { entries: [], total: 0 };
    let filterError: string | undefined;
    try {
      result = await listLedgerEntries(db(c), actor, { poolId: ledger.pool.id, ...filters, limit: PAGE_SIZE, offset });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      filterError = Object.values(err.fields ?? {}).join(' ') || pageContext(c).t(err.userMessage);
    }
    return render(
      c,
      EntriesPage({
        ctx: pageContext(c),
        ledger,
        projects,
        ...result,
        offset,
        filters,
        filterError,
        canReverse: canReverse(actor, ledger.pool.organisationId),
      }),
      filterError ? 422 : 200,
    );
  });

  // Correction (reversing entry)
  const reverseContext = async (c: C) => {
    const { actor, ledger } = await ledgerFor(c);
    const entry = await getLedgerEntry(db(c), actor, { entryId: c.req.param('entryId') });
    if (entry.poolId !== ledger.pool.id) throw new AppError('NOT_FOUND');
    if (!canReverse(actor, ledger.pool.organisationId)(entry)) throw forbidden();
    return { actor, ledger, entry };
  };
  app.get('/:poolId/oekonomi/posteringer/:entryId/ret', async (c) => {
    const { ledger, entry } = await reverseContext(c);
    return render(c, ReverseFormPage({ ctx: pageContext(c), ledger, entry, values: {}, errors: {} }));
  });
  app.post('/:poolId/oekonomi/posteringer/:entryId/ret', async (c) => {
    const { actor, ledger, entry } = await reverseContext(c);
    const { values } = await readForm(c);
    try {
      await reverseEntry(db(c), actor, { entryId: entry.id, reference: str(values.reference), reason: str(values.reason) });
      return c.redirect(`${base(ledger.pool.id)}?besked=rettelse`, 303);
    } catch (err) {
      const ctx = pageContext(c);
      const failure = formFailure(err, { ctx, primaryField: 'reference' });
      return render(c, ReverseFormPage({ ctx, ledger, entry, values, errors: failure.errors }), failure.status);
    }
  });

  // Exports
  app.get('/:poolId/oekonomi/eksport.csv', async (c) =>
    fileResponse(await exportLedger(db(c), requireActor(c), { poolId: c.req.param('poolId'), format: 'csv', content: 'summary' })),
  );
  app.get('/:poolId/oekonomi/posteringer.csv', async (c) =>
    fileResponse(await exportLedger(db(c), requireActor(c), { poolId: c.req.param('poolId'), format: 'csv', content: 'entries' })),
  );
  app.get('/:poolId/oekonomi/eksport.xlsx', async (c) =>
    fileResponse(await exportLedger(db(c), requireActor(c), { poolId: c.req.param('poolId'), format: 'xlsx' })),
  );

  return app;
}

/** After a refusal, show the figures as they are now (someone else may have committed meanwhile). */
async function refreshed(c: C, actor: Actor, ledger: PoolLedger): Promise<PoolLedger> {
  return getPoolLedger(db(c), actor, { poolId: ledger.pool.id });
}

/** /oekonomi: the pools whose economy the person may see. */
export function ledgerOverviewPage(c: C): Promise<Response> {
  const actor = requireActor(c);
  return listLedgerPools(db(c), actor).then((pools) => render(c, LedgerPoolsPage({ ctx: pageContext(c), pools })));
}
