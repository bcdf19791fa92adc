import { Hono, type Context } from 'hono';
import { forbidden } from '../../../errors.js';
import { getProjectLedger, type ProjectLedger } from '../../../usecases/ledger/get-project-ledger.js';
import { recordPayout } from '../../../usecases/ledger/record-payout.js';
import { recordReturn } from '../../../usecases/ledger/record-return.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { formPost, intOf, type FailureOptions, type FormFields } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { PayoutFormPage, ProjectLedgerPage, ReturnFormPage, projectNotices } from './project-ledger-page.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;

/** The project's economy as the actor may see it; `mustPay`: only for those who pay (else 403). */
async function projectFor(c: C, actor: Actor, mustPay = false): Promise<ProjectLedger> {
  const project = await getProjectLedger(db(c), actor, { applicationId: c.req.param('applicationId') });
  if (mustPay && !project.can.pay) throw forbidden();
  return project;
}

/**
 * The commitment select's "line:year" → the use case's fields. Nothing chosen is an error of the
 * field itself, in the words of the form (`missing`).
 */
function commitmentOf(fields: FormFields, missing: string): { budgetLineId: string; year: number | undefined } {
  const value = fields.text('commitment');
  if (value === '') fields.errors.commitment = missing;
  const [budgetLineId = '', year = ''] = value.split(':');
  return { budgetLineId, year: intOf(year) };
}

const failure: FailureOptions = { primaryField: 'amount', rename: { budgetLineId: 'commitment', year: 'commitment', amountOere: 'amount' } };

/** Back on the project's economy page, with the notice of what was recorded. */
const done = (project: ProjectLedger, besked: keyof typeof projectNotices) => paths.ledger.project({ applicationId: project.application.id }, { besked });

/** A project's economy pages under /ansoegninger/:applicationId/oekonomi. */
export function ledgerProjectPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.ledger.project.pattern, async (c) => {
    const project = await projectFor(c, requireActor(c));
    return render(c, ProjectLedgerPage({ ctx: pageContext(c), project, notice: projectNotices[c.req.query('besked') ?? ''] }));
  });

  app.get(paths.ledger.payout.pattern, async (c) => {
    const project = await projectFor(c, requireActor(c), true);
    return render(c, PayoutFormPage({ ctx: pageContext(c), project, values: {}, errors: {} }));
  });
  app.post(
    paths.ledger.payout.pattern,
    formPost({
      failure,
      run: async (actor, fields, c) => {
        const project = await projectFor(c, actor, true);
        await recordPayout(db(c), actor, {
          applicationId: project.application.id,
          amountOere: fields.kroner('amount'),
          ...commitmentOf(fields, 'Vælg den bevilling, udbetalingen hører til'),
          reference: fields.text('reference'),
          reason: fields.text('reason'),
        });
        return done(project, 'udbetaling');
      },
      again: async (actor, { values, errors }, c) => PayoutFormPage({ ctx: pageContext(c), project: await projectFor(c, actor), values, errors }),
    }),
  );

  app.get(paths.ledger.return.pattern, async (c) => {
    const project = await projectFor(c, requireActor(c), true);
    return render(c, ReturnFormPage({ ctx: pageContext(c), project, values: {}, errors: {} }));
  });
  app.post(
    paths.ledger.return.pattern,
    formPost({
      failure,
      run: async (actor, fields, c) => {
        const project = await projectFor(c, actor, true);
        await recordReturn(db(c), actor, {
          applicationId: project.application.id,
          amountOere: fields.kroner('amount'),
          ...commitmentOf(fields, 'Vælg den bevilling, tilbageførslen hører til'),
          repaid: fields.text('repaid') === 'true',
          reference: fields.text('reference'),
          reason: fields.text('reason'),
        });
        return done(project, 'tilbagefoersel');
      },
      again: async (actor, { values, errors }, c) => ReturnFormPage({ ctx: pageContext(c), project: await projectFor(c, actor), values, errors }),
    }),
  );

  return app;
}
