import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { AppError } from '../../../errors.js';
import { kickOutbox } from '../../../usecases/notifications/dispatch-outbox.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { readForm } from '../../form-kit/index.js';
import { pageContext, type PageContext } from '../../page-context.js';
import { requireActor } from '../../session.js';
import { formFailure, kronerToOere, splitFromForm } from './kit.js';

/** What the assessment routers share: the database, the notices after a redirect, the form POSTs. */

export type C = Context<AppEnv>;
export const db = (c: C) => c.get('deps').db;

const notices: Record<string, { da: string; en: string }> = {
  kvalificeret: { da: 'Ansøgningen er kvalificeret.', en: 'The application is qualified.' },
  afvist: { da: 'Ansøgningen er afvist, og ansøgeren har fået besked.', en: 'The application is rejected and the applicant has been told.' },
  spoergsmaal: { da: 'Spørgsmålet er sendt til ansøgeren.', en: 'The question has been sent to the applicant.' },
  bedoemmere: { da: 'Bedømmerne er tildelt og har fået besked.', en: 'The reviewers are assigned and have been told.' },
  indstilling: { da: 'Indstillingen er gemt.', en: 'The recommendation is saved.' },
  afgoerelse: { da: 'Afgørelsen er registreret, og ansøgeren har fået besked.', en: 'The decision is recorded and the applicant has been told.' },
  dagsorden: { da: 'Dagsordenen er gemt.', en: 'The agenda is saved.' },
  punkt: { da: 'Afgørelsen er registreret i referatet.', en: 'The decision is recorded in the minutes.' },
  referat: { da: 'Referatet er offentliggjort, og ansøgerne har fået besked.', en: 'The minutes are published and the applicants have been told.' },
  laest: { da: 'Alle notifikationer er markeret som læst.', en: 'All notifications are marked as read.' },
};
/** The notice named by `?besked=…`, if any. */
export const notice = (c: C, ctx: PageContext): string | undefined => {
  const n = notices[c.req.query('besked') ?? ''];
  return n ? ctx.t(n) : undefined;
};

/** After a change that may have queued e-mail: send it now, in the background (only with SMTP configured). */
const sendMailAfterChange: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method !== 'GET' && c.res.status < 400) {
    const { db: database, config, logger } = c.get('deps');
    kickOutbox(database, config, logger);
  }
};

/** One router for a mount point: the resources' routers behind one `sendMailAfterChange` (so a change kicks the outbox once). */
export function withMailAfterChange(...routers: Hono<AppEnv>[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', sendMailAfterChange);
  for (const router of routers) app.route('/', router);
  return app;
}

export type FormValues = Record<string, unknown>;

/** A form POST: run the use case and redirect to where it says; on a refusal, the page again with the user's values and the errors. */
export const formAction =
  (
    primaryField: string,
    run: (c: C, actor: Actor, values: FormValues) => Promise<string>,
    again: (c: C, actor: Actor, form: { values: FormValues; errors: Record<string, string> }, status: 409 | 422) => Promise<Response>,
  ) =>
  async (c: C): Promise<Response> => {
    const actor = requireActor(c);
    const { values } = await readForm(c);
    try {
      return c.redirect(await run(c, actor, values), 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), primaryField);
      return again(c, actor, { values, errors: failure.errors }, failure.status);
    }
  };

/** A decision form's page: `values` null for the form prefilled from the recommendation. */
export type DecisionFormRenderer = (
  c: C,
  actor: Actor,
  values: FormValues | null,
  errors?: Record<string, string>,
  status?: 200 | 409 | 422,
) => Promise<Response>;

/**
 * The POST of a decision form (recommendation, direct decision, a meeting item's decision): the
 * amounts typed in kroner as øre (one that is not an amount is a validation failure before the use
 * case runs), the use case, then a redirect, or the form again with the errors.
 */
export async function postDecisionForm(
  c: C,
  opts: {
    /** The ids from the path, over the form's values. */
    ids: Record<string, string>;
    run: (actor: Actor, input: FormValues) => Promise<unknown>;
    redirectTo: string;
    primaryField: string;
    page: DecisionFormRenderer;
    /** Show INSUFFICIENT_FUNDS on the amount field. */
    fundsOnAmount?: boolean;
  },
): Promise<Response> {
  const actor = requireActor(c);
  const { values } = await readForm(c);
  const kroner: Record<string, string> = {};
  const input = { ...values, ...opts.ids, amountOere: kronerToOere(values.amountOere, 'amountOere', kroner), split: splitFromForm(values, kroner) };
  try {
    if (Object.keys(kroner).length > 0) throw new AppError('VALIDATION_FAILED', { fields: {} });
    await opts.run(actor, input);
    return c.redirect(opts.redirectTo, 303);
  } catch (err) {
    const failure = formFailure(err, pageContext(c), opts.primaryField, kroner);
    if (opts.fundsOnAmount && err instanceof AppError && err.code === 'INSUFFICIENT_FUNDS') {
      failure.errors = { amountOere: pageContext(c).t(err.userMessage), ...kroner };
    }
    return opts.page(c, actor, values, failure.errors, failure.status);
  }
}
