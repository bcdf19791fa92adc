import { Hono, type Context } from 'hono';
import { AppError } from '../../../errors.js';
import { paths } from '../../../paths.js';
import { completeTwoFactorLogin, pendingLoginUser } from '../../../usecases/accounts/two-factor/complete-two-factor-login.js';
import { confirmTwoFactor } from '../../../usecases/accounts/two-factor/confirm-two-factor.js';
import { disableTwoFactor } from '../../../usecases/accounts/two-factor/disable-two-factor.js';
import { enrolTwoFactor } from '../../../usecases/accounts/two-factor/enrol-two-factor.js';
import { twoFactorEnrolmentRequired } from '../../../usecases/accounts/two-factor/enrolment-required.js';
import { getTwoFactorStatus } from '../../../usecases/accounts/two-factor/get-two-factor-status.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { FormFields, formFailure, formPost, readForm, renderAgain } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { rememberDevice, requireActor, setSessionCookie } from '../../session.js';
import { clearPendingLoginCookie, pendingLoginCookie } from '../../two-factor-cookie.js';
import { safeBack } from './routes.js';
import { RecoveryCodesPage, TwoFactorLoginPage, TwoFactorPage } from './two-factor-pages.js';

type C = Context<AppEnv>;
/** A wrong code or too many is said at the code field (400/429), as the login form does for passwords. */
const CODE_REFUSALS = new Set<string>(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);
const asFormRefusal = (err: unknown): unknown =>
  err instanceof AppError && CODE_REFUSALS.has(err.code) ? new AppError('VALIDATION_FAILED', { message: err.userMessage }) : err;

async function twoFactorPage(c: C, actor: Actor, extra: { errors?: Record<string, string>; disabled?: boolean } = {}) {
  const { db } = c.get('deps');
  return TwoFactorPage({ ctx: pageContext(c), status: await getTwoFactorStatus(db, actor), required: await twoFactorEnrolmentRequired(db, actor), ...extra });
}

/** Two-factor on the account page, and the login's second step. */
export function twoFactorPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.accounts.twoFactorEnrol.pattern, async (c) =>
    render(c, await twoFactorPage(c, requireActor(c), { disabled: c.req.query('slaaetfra') === '1' })),
  );

  app.post(
    paths.accounts.twoFactorEnrol.pattern,
    formPost({
      failure: { primaryField: 'code' },
      run: async (actor, _f, c) => (await enrolTwoFactor(c.get('deps').db, actor), paths.accounts.twoFactorEnrol()),
      again: (actor, { errors }, c) => twoFactorPage(c, actor, { errors }),
    }),
  );

  // Not post–redirect–get: the recovery codes are shown on this answer only, and only their hashes are kept.
  app.post(paths.accounts.twoFactorConfirm.pattern, async (c) => {
    const actor = requireActor(c);
    const fields = new FormFields((await readForm(c)).values);
    try {
      const { recoveryCodes } = await confirmTwoFactor(c.get('deps').db, actor, { code: fields.text('code') });
      return render(c, RecoveryCodesPage({ ctx: pageContext(c), codes: recoveryCodes }));
    } catch (err) {
      const failure = formFailure(asFormRefusal(err), pageContext(c), { primaryField: 'code' });
      return renderAgain(c, await twoFactorPage(c, actor, { errors: failure.errors }), failure);
    }
  });

  app.post(
    paths.accounts.twoFactorDisable.pattern,
    formPost({
      failure: { primaryField: 'code' },
      run: async (actor, f, c) => {
        try {
          await disableTwoFactor(c.get('deps').db, actor, { code: f.text('code') });
        } catch (err) {
          throw asFormRefusal(err);
        }
        return paths.accounts.twoFactorEnrol({ slaaetfra: 1 });
      },
      again: (actor, { errors }, c) => twoFactorPage(c, actor, { errors }),
    }),
  );

  app.get(paths.accounts.twoFactor.pattern, async (c) => {
    if (!(await pendingLoginUser(c.get('deps').db, pendingLoginCookie(c)))) return c.redirect(paths.accounts.login(), 303);
    return render(c, TwoFactorLoginPage({ ctx: pageContext(c), back: safeBack(c.req.query('tilbage')) }));
  });

  app.post(paths.accounts.twoFactor.pattern, async (c) => {
    const fields = new FormFields((await readForm(c)).values);
    const back = safeBack(fields.text('tilbage'));
    try {
      const session = await completeTwoFactorLogin(c.get('deps').db, { pendingToken: pendingLoginCookie(c), code: fields.text('code') });
      clearPendingLoginCookie(c);
      setSessionCookie(c, session.sessionId, session.expiresAt);
      rememberDevice(c, session.userId);
      return c.redirect(back, 303);
    } catch (err) {
      // Over 5 minutes (or no pending login): start again from the password.
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED') return (clearPendingLoginCookie(c), c.redirect(paths.accounts.login(), 303));
      const ctx = pageContext(c);
      const { errors } = formFailure(asFormRefusal(err), ctx, { primaryField: 'code' });
      const status = err instanceof AppError && err.status === 429 ? 429 : 400;
      return render(c, TwoFactorLoginPage({ ctx, back, errors, formError: err instanceof AppError ? ctx.t(err.userMessage) : undefined }), status);
    }
  });

  return app;
}
