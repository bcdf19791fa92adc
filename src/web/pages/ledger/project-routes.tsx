import { Hono, type Context } from 'hono';
import { forbidden } from '../../../errors.js';
import { getProjectLedger, type ProjectLedger } from '../../../usecases/ledger/get-project-ledger.js';
import { recordPayout } from '../../../usecases/ledger/record-payout.js';
import { recordReturn } from '../../../usecases/ledger/record-return.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { readForm } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { formFailure, int, kronerField, str } from './form-support.js';
import { PayoutFormPage, ProjectLedgerPage, ReturnFormPage, projectNotices } from './project-ledger-page.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const base = (applicationId: string) => `/ansoegninger/${applicationId}/oekonomi`;

async function projectFor(c: C, mustPay = false): Promise<{ actor: Actor; project: ProjectLedger }> {
  const actor = requireActor(c);
  const project = await getProjectLedger(db(c), actor, { applicationId: c.req.param('applicationId') });
  if (mustPay && !project.can.pay) throw forbidden();
  return { actor, project };
}

/** "line:year" from the commitment select → the use case's fields. */
function commitmentOf(value: unknown): { budgetLineId: string; year: number | undefined } {
  const [budgetLineId = '', year = ''] = str(value).split(':');
  return { budgetLineId, year: int(year) };
}

const rename = { budgetLineId: 'commitment', year: 'commitment', amountOere: 'amount' };

/** A project's economy pages under /ansoegninger/:applicationId/oekonomi. */
export function ledgerProjectPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:applicationId/oekonomi', async (c) => {
    const { project } = await projectFor(c);
    return render(c, ProjectLedgerPage({ ctx: pageContext(c), project, notice: projectNotices[c.req.query('besked') ?? ''] }));
  });

  app.get('/:applicationId/oekonomi/udbetaling', async (c) => {
    const { project } = await projectFor(c, true);
    return render(c, PayoutFormPage({ ctx: pageContext(c), project, values: {}, errors: {} }));
  });
  app.post('/:applicationId/oekonomi/udbetaling', async (c) => {
    const { actor, project } = await projectFor(c, true);
    const { values } = await readForm(c);
    const kronerErrors: Record<string, string> = {};
    const amountOere = kronerField(values.amount, 'amount', kronerErrors);
    if (str(values.commitment) === '') kronerErrors.commitment = 'Vælg den bevilling, udbetalingen hører til';
    try {
      await recordPayout(db(c), actor, {
        applicationId: project.application.id,
        ...commitmentOf(values.commitment),
        amountOere,
        reference: str(values.reference),
        reason: str(values.reason),
      });
      return c.redirect(`${base(project.application.id)}?besked=udbetaling`, 303);
    } catch (err) {
      const ctx = pageContext(c);
      const failure = formFailure(err, { ctx, rename, primaryField: 'amount', extra: kronerErrors });
      return render(c, PayoutFormPage({ ctx, project: (await projectFor(c)).project, values, errors: failure.errors }), failure.status);
    }
  });

  app.get('/:applicationId/oekonomi/tilbagefoersel', async (c) => {
    const { project } = await projectFor(c, true);
    return render(c, ReturnFormPage({ ctx: pageContext(c), project, values: {}, errors: {} }));
  });
  app.post('/:applicationId/oekonomi/tilbagefoersel', async (c) => {
    const { actor, project } = await projectFor(c, true);
    const { values } = await readForm(c);
    const kronerErrors: Record<string, string> = {};
    const amountOere = kronerField(values.amount, 'amount', kronerErrors);
    if (str(values.commitment) === '') kronerErrors.commitment = 'Vælg den bevilling, tilbageførslen hører til';
    try {
      await recordReturn(db(c), actor, {
        applicationId: project.application.id,
        ...commitmentOf(values.commitment),
        amountOere,
        repaid: str(values.repaid) === 'true',
        reference: str(values.reference),
        reason: str(values.reason),
      });
      return c.redirect(`${base(project.application.id)}?besked=tilbagefoersel`, 303);
    } catch (err) {
      const ctx = pageContext(c);
      const failure = formFailure(err, { ctx, rename, primaryField: 'amount', extra: kronerErrors });
      return render(c, ReturnFormPage({ ctx, project: (await projectFor(c)).project, values, errors: failure.errors }), failure.status);
    }
  });

  return app;
}
