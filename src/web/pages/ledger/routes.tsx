import { Hono, type Context } from 'hono';
import { AppError, forbidden } from '../../../errors.js';
import { mayAdjust, mayCarryOver, mayCommit, mayReverseEntry } from '../../../policies/ledger.js';
import { adjustBudget } from '../../../usecases/ledger/adjust-budget.js';
import { carryOver } from '../../../usecases/ledger/carry-over.js';
import { exportLedger } from '../../../usecases/ledger/export-ledger.js';
import { getPoolLedger, type PoolLedger } from '../../../usecases/ledger/get-pool-ledger.js';
import { getLedgerEntry, listLedgerEntries, type LedgerEntryView } from '../../../usecases/ledger/list-ledger-entries.js';
import { listLedgerPools } from '../../../usecases/ledger/list-ledger-pools.js';
import { listPoolProjects } from '../../../usecases/ledger/list-pool-projects.js';
import { recordCommitment, recordCommitmentSchema } from '../../../usecases/ledger/record-commitment.js';
import { reverseEntry } from '../../../usecases/ledger/reverse-entry.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import { parseInput } from '../../../usecases/shared/validate.js';
import { fileResponse } from '../../api/ledger/routes.js';
import type { AppEnv } from '../../env.js';
import { FormFields, formFailure, formPost, intOf, rowsOf, throwIfUnreadable } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { EntriesPage, PAGE_SIZE, type EntryFilters } from './entries-page.js';
import { LedgerPoolsPage } from './ledger-pools-page.js';
import { AdjustFormPage, CarryOverFormPage, CommitmentFormPage, ReverseFormPage } from './pool-forms.js';
import { PoolLedgerPage, notices } from './pool-ledger-page.js';
import { todayOf } from '../../today.js';
import { readDb } from '../../read-db.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;

/** The pool's ledger (the actor must see it), and the rule the page's action needs, if any (else 403). */
async function ledgerFor(c: C, actor: Actor, may?: (actor: Actor, organisationId: string) => boolean): Promise<PoolLedger> {
  const ledger = await getPoolLedger(db(c), actor, { poolId: c.req.param('poolId') });
  if (may && !may(actor, ledger.pool.organisationId)) throw forbidden();
  return ledger;
}

/** Back on the economy page, with the notice of what was recorded. */
const done = (ledger: PoolLedger, besked: keyof typeof notices) => paths.ledger.pool({ poolId: ledger.pool.id }, { besked });

/**
 * The commitment form's year rows, every year kept in its place (an empty amount is 0 kr.), so an
 * error on `split.2.amountOere` stands next to the third year's field.
 */
function splitOf(fields: FormFields): { year: number; amountOere: number }[] {
  return rowsOf(fields.raw('split')).map((row, i) => ({ year: intOf(row.year) ?? 0, amountOere: fields.kroner(`split[${i}][amount]`) ?? 0 }));
}

/** The pool's economy pages under /puljer/:poolId/oekonomi, and the overview /oekonomi. */
export function ledgerPoolPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.ledger.overview.pattern, async (c) => {
    const pools = await listLedgerPools(db(c), requireActor(c));
    return render(c, LedgerPoolsPage({ ctx: pageContext(c), pools }));
  });

  app.get(paths.ledger.pool.pattern, async (c) => {
    const actor = requireActor(c);
    const ledger = await ledgerFor(c, actor);
    const org = ledger.pool.organisationId;
    return render(
      c,
      PoolLedgerPage({
        ctx: pageContext(c),
        ledger,
        notice: notices[c.req.query('besked') ?? ''],
        actions: { commit: mayCommit(actor, org), adjust: mayAdjust(actor, org), carryOver: mayCarryOver(actor, ledger.pool) },
      }),
    );
  });

  // Commitment by hand
  app.get(paths.ledger.commitment.pattern, async (c) => {
    const actor = requireActor(c);
    const ledger = await ledgerFor(c, actor, mayCommit);
    const projects = await listPoolProjects(db(c), actor, { poolId: ledger.pool.id });
    return render(c, CommitmentFormPage({ ctx: pageContext(c), ledger, projects, values: { applicationId: c.req.query('projekt') ?? '' }, errors: {} }));
  });
  app.post(
    paths.ledger.commitment.pattern,
    formPost({
      failure: { primaryField: 'split', rename: { amountOere: 'amount' } },
      run: async (actor, fields, c) => {
        const ledger = await ledgerFor(c, actor, mayCommit);
        const input = {
          poolId: ledger.pool.id,
          applicationId: fields.text('applicationId'),
          budgetLineId: fields.text('budgetLineId'),
          split: splitOf(fields),
          reference: fields.text('reference'),
          reason: fields.text('reason'),
        };
        if (!fields.ok) {
          // Never commit with an amount the user did not type: report every field's error instead.
          parseInput(recordCommitmentSchema, input);
          throwIfUnreadable(fields.errors);
        }
        await recordCommitment(db(c), actor, input, todayOf(c));
        return done(ledger, 'bevilling');
      },
      // The figures as they are now (someone else may have committed meanwhile).
      again: async (actor, { values, errors }, c) => {
        const ledger = await ledgerFor(c, actor);
        const projects = await listPoolProjects(db(c), actor, { poolId: ledger.pool.id });
        return CommitmentFormPage({ ctx: pageContext(c), ledger, projects, values, errors });
      },
    }),
  );

  // Budget adjustment
  app.get(paths.ledger.adjustment.pattern, async (c) => {
    const ledger = await ledgerFor(c, requireActor(c), mayAdjust);
    return render(c, AdjustFormPage({ ctx: pageContext(c), ledger, values: {}, errors: {} }));
  });
  app.post(
    paths.ledger.adjustment.pattern,
    formPost({
      failure: { primaryField: 'amount', rename: { amountOere: 'amount' } },
      run: async (actor, fields, c) => {
        const ledger = await ledgerFor(c, actor, mayAdjust);
        await adjustBudget(db(c), actor, {
          poolId: ledger.pool.id,
          budgetLineId: fields.text('budgetLineId'),
          year: fields.int('year'),
          amountOere: fields.kroner('amount'),
          reference: fields.text('reference'),
          reason: fields.text('reason'),
        });
        return done(ledger, 'regulering');
      },
      again: async (actor, { values, errors }, c) => AdjustFormPage({ ctx: pageContext(c), ledger: await ledgerFor(c, actor), values, errors }),
    }),
  );

  // Carry-over
  app.get(paths.ledger.carryOver.pattern, async (c) => {
    const ledger = await ledgerFor(c, requireActor(c), mayAdjust);
    if (!ledger.pool.allowsCarryOver) throw new AppError('CARRY_OVER_NOT_ALLOWED');
    return render(c, CarryOverFormPage({ ctx: pageContext(c), ledger, values: {}, errors: {} }));
  });
  app.post(
    paths.ledger.carryOver.pattern,
    formPost({
      failure: { primaryField: 'amount', rename: { amountOere: 'amount' } },
      run: async (actor, fields, c) => {
        const ledger = await ledgerFor(c, actor, mayAdjust);
        await carryOver(db(c), actor, {
          poolId: ledger.pool.id,
          budgetLineId: fields.text('budgetLineId'),
          fromYear: fields.int('fromYear'),
          amountOere: fields.kroner('amount'),
          reference: fields.text('reference'),
          reason: fields.text('reason'),
        });
        return done(ledger, 'overfoersel');
      },
      again: async (actor, { values, errors }, c) => CarryOverFormPage({ ctx: pageContext(c), ledger: await ledgerFor(c, actor), values, errors }),
    }),
  );

  // Entries with filters
  app.get(paths.ledger.entries.pattern, async (c) => {
    const actor = requireActor(c);
    const ctx = pageContext(c);
    const ledger = await ledgerFor(c, actor);
    const q = c.req.query();
    const filters: EntryFilters = { budgetLineId: q.budgetLineId ?? '', year: q.year ?? '', kind: q.kind ?? '', applicationId: q.applicationId ?? '' };
    const offset = Math.max(0, intOf(q.offset) ?? 0);
    const projects = await listPoolProjects(db(c), actor, { poolId: ledger.pool.id });
    let result: { entries: LedgerEntryView[]; total: number } = { entries: [], total: 0 };
    let filterError: string | undefined;
    try {
      result = await listLedgerEntries(db(c), actor, { poolId: ledger.pool.id, ...filters, limit: PAGE_SIZE, offset });
    } catch (err) {
      filterError = Object.values(formFailure(err, ctx, { primaryField: 'filters' }).errors).join(' ');
    }
    const org = ledger.pool.organisationId;
    return render(
      c,
      EntriesPage({ ctx, ledger, projects, ...result, offset, filters, filterError, canReverse: (e) => mayReverseEntry(actor, e, org) }),
      filterError ? 422 : 200,
    );
  });

  // Correction (reversing entry)
  const reverseContext = async (c: C, actor: Actor): Promise<{ ledger: PoolLedger; entry: LedgerEntryView }> => {
    const ledger = await ledgerFor(c, actor);
    const entry = await getLedgerEntry(db(c), actor, { entryId: c.req.param('entryId') });
    if (entry.poolId !== ledger.pool.id) throw new AppError('NOT_FOUND');
    if (!mayReverseEntry(actor, entry, ledger.pool.organisationId)) throw forbidden();
    return { ledger, entry };
  };
  app.get(paths.ledger.reverseEntry.pattern, async (c) => {
    const { ledger, entry } = await reverseContext(c, requireActor(c));
    return render(c, ReverseFormPage({ ctx: pageContext(c), ledger, entry, values: {}, errors: {} }));
  });
  app.post(
    paths.ledger.reverseEntry.pattern,
    formPost({
      failure: { primaryField: 'reference' },
      run: async (actor, fields, c) => {
        const { ledger, entry } = await reverseContext(c, actor);
        await reverseEntry(db(c), actor, { entryId: entry.id, reference: fields.text('reference'), reason: fields.text('reason') });
        return done(ledger, 'rettelse');
      },
      again: async (actor, { values, errors }, c) => ReverseFormPage({ ctx: pageContext(c), ...(await reverseContext(c, actor)), values, errors }),
    }),
  );

  // Exports
  const exportOf = (c: C, format: 'csv' | 'xlsx', content?: 'summary' | 'entries') =>
    exportLedger(readDb(c), requireActor(c), { poolId: c.req.param('poolId'), format, content }).then(fileResponse);
  app.get(paths.ledger.summaryCsv.pattern, (c) => exportOf(c, 'csv', 'summary'));
  app.get(paths.ledger.entriesCsv.pattern, (c) => exportOf(c, 'csv', 'entries'));
  app.get(paths.ledger.summaryXlsx.pattern, (c) => exportOf(c, 'xlsx'));

  return app;
}
