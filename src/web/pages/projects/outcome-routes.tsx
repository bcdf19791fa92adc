import { Hono } from 'hono';
import { AppError } from '../../../errors.js';
import { closeProject } from '../../../usecases/projects/close-project.js';
import { decideProjectChange } from '../../../usecases/projects/decide-project-change.js';
import { decideProjectOutcome } from '../../../usecases/projects/decide-project-outcome.js';
import { putEvaluationOnAgenda } from '../../../usecases/projects/evaluation-agenda.js';
import { getEvaluation } from '../../../usecases/projects/get-evaluation.js';
import { getPortfolio } from '../../../usecases/projects/get-portfolio.js';
import { getProjectOutcome } from '../../../usecases/projects/get-project-outcome.js';
import { exportPortfolio } from '../../../usecases/projects/portfolio-export.js';
import { recordEvaluation } from '../../../usecases/projects/record-evaluation.js';
import { recordHandover } from '../../../usecases/projects/record-handover.js';
import { correctDecision } from '../../../usecases/projects/release-commitment.js';
import { requestProjectChange } from '../../../usecases/projects/request-project-change.js';
import type { AppEnv } from '../../env.js';
import { formPost, rowsOf, type FormFields } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { htmlToPdf } from '../assessment/agenda-pdf.js';
import { ChangePage } from './change-page.js';
import { evaluationInputOf } from './evaluation-form-input.js';
import { evaluationValues } from './evaluation-form.js';
import { EvaluationPage } from './evaluation-page.js';
import { EvaluationPrintPage } from './evaluation-print.js';
import { HandoverPage } from './handover-page.js';
import { OutcomeClosePage } from './outcome-close-page.js';
import { OutcomeCorrectionPage } from './outcome-correction-page.js';
import { OutcomeDecisionPage } from './outcome-decision-page.js';
import { db, type C } from './outcome-kit.js';
import { PortfolioPage } from './portfolio-page.js';
import { readDb } from '../../read-db.js';

const appId = (c: C) => c.req.param('applicationId') ?? '';
const p = paths.projects;
const outcomeOf = (c: C) => getProjectOutcome(db(c), requireActor(c), { applicationId: appId(c) });
const evaluationOf = (c: C) => getEvaluation(db(c), requireActor(c), { applicationId: appId(c) });
const listOf = (v: unknown): string[] => (Array.isArray(v) ? v : v ? [v] : []).filter((x): x is string => typeof x === 'string' && x !== '');

/** kroner year rows of a change form → the use case's moves (a row left empty is left out). */
function movesOf(f: FormFields, name: 'yearMoves' | 'costTypeMoves'): Record<string, unknown>[] {
  return rowsOf(f.raw(name)).flatMap((row, i): Record<string, unknown>[] => {
    const amountOere = f.kroner(`${name}[${i}][amountOere]`);
    if (amountOere === undefined) return [];
    return name === 'yearMoves'
      ? [{ budgetLineId: row.budgetLineId, fromYear: f.int(`${name}[${i}][fromYear]`), toYear: f.int(`${name}[${i}][toYear]`), amountOere }]
      : [{ year: f.int(`${name}[${i}][year]`), fromCostType: row.fromCostType, toCostType: row.toCostType, amountOere }];
  });
}

/** The evaluation, decision, handover, closing, changes, grant correction and portfolio pages (helper P2). */
export function projectOutcomePages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // ── Evaluation ──
  app.get(p.evaluation.pattern, async (c) => {
    const view = await evaluationOf(c);
    return render(c, EvaluationPage({ ctx: pageContext(c), view, values: evaluationValues(view), notice: c.req.query('besked') }));
  });
  app.post(
    p.evaluation.pattern,
    formPost({
      failure: { primaryField: 'recommendation' },
      run: async (actor, f, c) => {
        await recordEvaluation(db(c), actor, evaluationInputOf(appId(c), f));
        return p.evaluation({ applicationId: appId(c) }, { besked: 'gemt' });
      },
      again: async (_a, form, c) => EvaluationPage({ ctx: pageContext(c), view: await evaluationOf(c), ...form }),
    }),
  );
  app.post(
    p.evaluationAgenda.pattern,
    formPost({
      failure: { primaryField: 'meetingId' },
      run: async (actor, f, c) => {
        await putEvaluationOnAgenda(db(c), actor, { applicationId: appId(c), meetingId: f.text('meetingId') });
        return p.evaluation({ applicationId: appId(c) }, { besked: 'dagsorden' });
      },
      again: async (_a, form, c) => {
        const view = await evaluationOf(c);
        return EvaluationPage({ ctx: pageContext(c), view, values: evaluationValues(view), agendaValues: form.values, agendaErrors: form.errors });
      },
    }),
  );
  app.get(p.evaluationPrint.pattern, async (c) => render(c, EvaluationPrintPage({ ctx: pageContext(c), view: await evaluationOf(c) })));
  app.get(p.evaluationPdf.pattern, async (c) => {
    const view = await evaluationOf(c);
    if (!view.evaluation) throw new AppError('NOT_FOUND');
    const html = `<!DOCTYPE html>${(await Promise.resolve(EvaluationPrintPage({ ctx: pageContext(c), view }))).toString()}`;
    const pdf = await htmlToPdf(html);
    return c.body(pdf, 200, { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="evaluering-${view.project.caseNumber}.pdf"` });
  });

  // ── Decision, handover, closing, correction ──
  app.get(p.outcome.pattern, async (c) => render(c, OutcomeDecisionPage({ ctx: pageContext(c), outcome: await outcomeOf(c), notice: c.req.query('besked') })));
  app.post(
    p.outcome.pattern,
    formPost({
      failure: { primaryField: 'outcome' },
      run: async (actor, f, c) => {
        await decideProjectOutcome(db(c), actor, {
          applicationId: appId(c),
          outcome: f.text('outcome') || undefined,
          decidedOn: f.date('decidedOn') ?? '',
          reason: f.text('reason'),
          scaleUpDepartmentIds: listOf(f.raw('scaleUpDepartmentIds')),
          newEndDate: f.date('newEndDate') ?? '',
        });
        return p.outcome({ applicationId: appId(c) }, { besked: 'besluttet' });
      },
      again: async (_a, form, c) => OutcomeDecisionPage({ ctx: pageContext(c), outcome: await outcomeOf(c), ...form }),
    }),
  );
  app.get(p.handover.pattern, async (c) => render(c, HandoverPage({ ctx: pageContext(c), outcome: await outcomeOf(c) })));
  app.post(
    p.handover.pattern,
    formPost({
      failure: { primaryField: 'ownerDepartmentId' },
      run: async (actor, f, c) => {
        await recordHandover(db(c), actor, {
          applicationId: appId(c),
          ownerDepartmentId: f.text('ownerDepartmentId'),
          operatingBudget: f.text('operatingBudget'),
          yearlyOperatingCostOere: f.kroner('yearlyOperatingCostOere'),
          trainingPlan: f.text('trainingPlan'),
          goLiveDate: f.date('goLiveDate') ?? '',
        });
        return p.outcome({ applicationId: appId(c) }, { besked: 'overdraget' });
      },
      again: async (_a, form, c) => HandoverPage({ ctx: pageContext(c), outcome: await outcomeOf(c), ...form }),
    }),
  );
  app.get(p.close.pattern, async (c) => render(c, OutcomeClosePage({ ctx: pageContext(c), outcome: await outcomeOf(c) })));
  app.post(
    p.close.pattern,
    formPost({
      failure: { primaryField: 'reason' },
      run: async (actor, f, c) => {
        await closeProject(db(c), actor, { applicationId: appId(c), reason: f.text('reason') });
        return p.outcome({ applicationId: appId(c) }, { besked: 'afsluttet' });
      },
      again: async (_a, form, c) => OutcomeClosePage({ ctx: pageContext(c), outcome: await outcomeOf(c), ...form }),
    }),
  );
  app.get(p.correctDecision.pattern, async (c) => render(c, OutcomeCorrectionPage({ ctx: pageContext(c), outcome: await outcomeOf(c) })));
  app.post(
    p.correctDecision.pattern,
    formPost({
      failure: { primaryField: 'amountOere', rename: { budgetLineId: 'commitment', year: 'commitment' } },
      run: async (actor, f, c) => {
        const [budgetLineId = '', year = ''] = f.text('commitment').split(':');
        await correctDecision(db(c), actor, {
          applicationId: appId(c),
          kind: f.text('kind') || undefined,
          budgetLineId,
          year: Number(year) || undefined,
          amountOere: f.kroner('amountOere'),
          reference: f.text('reference'),
          reason: f.text('reason'),
        });
        return p.outcome({ applicationId: appId(c) }, { besked: 'rettet' });
      },
      again: async (_a, form, c) => OutcomeCorrectionPage({ ctx: pageContext(c), outcome: await outcomeOf(c), ...form }),
    }),
  );

  // ── Changes ──
  app.get(p.changes.pattern, async (c) => render(c, ChangePage({ ctx: pageContext(c), outcome: await outcomeOf(c), notice: c.req.query('besked') })));
  app.post(
    p.changes.pattern,
    formPost({
      failure: { primaryField: 'kind' },
      run: async (actor, f, c) => {
        const kind = f.text('kind');
        await requestProjectChange(db(c), actor, {
          applicationId: appId(c),
          kind: kind || undefined,
          reason: f.text('reason'),
          newEndDate: kind === 'extend_end_date' ? (f.date('newEndDate') ?? '') : '',
          yearMoves: kind === 'move_years' ? movesOf(f, 'yearMoves') : [],
          costTypeMoves: kind === 'move_cost_types' ? movesOf(f, 'costTypeMoves') : [],
        });
        return p.changes({ applicationId: appId(c) }, { besked: 'anmodet' });
      },
      again: async (_a, form, c) => ChangePage({ ctx: pageContext(c), outcome: await outcomeOf(c), ...form }),
    }),
  );
  app.post(
    p.change.pattern,
    formPost({
      failure: { primaryField: 'reason', onPrimary: ['INSUFFICIENT_FUNDS', 'EXCEEDS_COMMITMENT', 'CONFLICT', 'TRANSITION_NOT_ALLOWED'] },
      run: async (actor, f, c) => {
        await decideProjectChange(db(c), actor, {
          applicationId: appId(c),
          changeId: c.req.param('changeId') ?? '',
          decision: f.text('decision') || undefined,
          reason: f.text('reason'),
        });
        return p.changes({ applicationId: appId(c) }, { besked: 'afgjort' });
      },
      again: async (_a, form, c) => ChangePage({ ctx: pageContext(c), outcome: await outcomeOf(c), decideErrors: form.errors }),
    }),
  );

  // ── Portfolio ──
  const portfolioQuery = (c: C) => ({
    poolId: c.req.param('poolId') ?? c.req.query('poolId'),
    organisationId: c.req.query('organisationId'),
    state: c.req.query('state'),
    departmentId: c.req.query('departmentId'),
  });
  app.get(p.portfolio.pattern, async (c) =>
    render(c, PortfolioPage({ ctx: pageContext(c), portfolio: await getPortfolio(readDb(c), requireActor(c), portfolioQuery(c)) })),
  );
  app.get(p.poolPortfolio.pattern, async (c) =>
    render(c, PortfolioPage({ ctx: pageContext(c), portfolio: await getPortfolio(readDb(c), requireActor(c), portfolioQuery(c)) })),
  );
  app.get(p.portfolioXlsx.pattern, async (c) => {
    const file = await exportPortfolio(readDb(c), requireActor(c), portfolioQuery(c));
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"` });
  });

  return app;
}
