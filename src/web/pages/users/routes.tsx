import { Hono } from 'hono';
import { AppError } from '../../../errors.js';
import { paths } from '../../../paths.js';
import { authorizeUserAdmin, firstAdminOrganisation } from '../../../policies/users.js';
import { passwordTokenIsValid, setPasswordWithToken } from '../../../usecases/accounts/password-reset-complete.js';
import { requestPasswordReset } from '../../../usecases/accounts/password-reset-request.js';
import { deactivateUser } from '../../../usecases/users/deactivate-user.js';
import { getUser } from '../../../usecases/users/get-user.js';
import { inviteUser } from '../../../usecases/users/invite-user.js';
import { listUsers } from '../../../usecases/users/list-users.js';
import { reactivateUser } from '../../../usecases/users/reactivate-user.js';
import { updateUserRoles } from '../../../usecases/users/update-user-roles.js';
import type { AppEnv } from '../../env.js';
import { FormFields, formFailure, formPost, readForm, renderAgain } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { ForgotPasswordPage, SetPasswordPage } from './password-pages.js';
import { UserPage } from './user-page.js';
import { InviteUserPage, UsersListPage, listOf } from './users-list-page.js';

/** An organisation's users (its own admin), and the public "forgot password" and set-password pages. */
export function userPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.admin.users.pattern, (c) => {
    const organisationId = firstAdminOrganisation(requireActor(c));
    if (!organisationId) throw new AppError('FORBIDDEN');
    return c.redirect(paths.admin.organisationUsers({ organisationId }));
  });

  app.get(paths.admin.organisationUsers.pattern, async (c) => {
    const organisationId = c.req.param('organisationId');
    const page = await listUsers(c.get('deps').db, requireActor(c), { organisationId, after: c.req.query('after') });
    return render(c, UsersListPage({ ctx: pageContext(c), organisationId, page }));
  });

  app.get(paths.admin.inviteUser.pattern, (c) => {
    const organisationId = c.req.param('organisationId');
    authorizeUserAdmin(requireActor(c), organisationId);
    return render(c, InviteUserPage({ ctx: pageContext(c), organisationId }));
  });

  app.post(
    paths.admin.inviteUser.pattern,
    formPost({
      failure: { primaryField: 'email' },
      run: async (actor, f, c) => {
        const organisationId = c.req.param('organisationId') ?? '';
        // Access before the form's values: another organisation's invite form is 404 even when the input is bad.
        authorizeUserAdmin(actor, organisationId);
        const input = { organisationId, email: f.text('email'), name: f.text('name'), roles: listOf(f.raw('roles')) };
        await inviteUser(c.get('deps').db, actor, input, { publicUrl: c.get('deps').config.publicUrl });
        return paths.admin.organisationUsers({ organisationId });
      },
      again: (_a, form, c) => InviteUserPage({ ctx: pageContext(c), organisationId: c.req.param('organisationId') ?? '', ...form }),
    }),
  );

  const ids = (c: { req: { param: (k: string) => string | undefined } }) => ({
    organisationId: c.req.param('organisationId') ?? '',
    userId: c.req.param('userId') ?? '',
  });

  app.get(paths.admin.userRoles.pattern, async (c) => {
    const member = await getUser(c.get('deps').db, requireActor(c), ids(c));
    return render(c, UserPage({ ctx: pageContext(c), organisationId: ids(c).organisationId, member }));
  });

  app.post(
    paths.admin.userRoles.pattern,
    formPost({
      failure: { primaryField: 'roles' },
      run: async (actor, f, c) => {
        await updateUserRoles(c.get('deps').db, actor, { ...ids(c), roles: listOf(f.raw('roles')) });
        return paths.admin.userRoles(ids(c));
      },
      again: async (actor, { values, errors }, c) =>
        UserPage({
          ctx: pageContext(c),
          organisationId: ids(c).organisationId,
          member: await getUser(c.get('deps').db, actor, ids(c)),
          roles: listOf(values.roles),
          errors,
        }),
    }),
  );

  // Deactivate and reactivate: a refusal (the admin themselves, a user of another organisation too) is said above the page.
  for (const [route, run] of [
    [paths.admin.deactivateUser.pattern, deactivateUser],
    [paths.admin.reactivateUser.pattern, reactivateUser],
  ] as const) {
    app.post(
      route,
      formPost({
        failure: { primaryField: 'access' },
        run: async (actor, _f, c) => {
          await run(c.get('deps').db, actor, ids(c));
          return paths.admin.userRoles(ids(c));
        },
        again: async (actor, { errors }, c) =>
          UserPage({
            ctx: pageContext(c),
            organisationId: ids(c).organisationId,
            member: await getUser(c.get('deps').db, actor, ids(c)),
            formError: errors.access,
          }),
      }),
    );
  }

  app.get(paths.accounts.forgotPassword.pattern, (c) => render(c, ForgotPasswordPage({ ctx: pageContext(c) })));

  // The same answer whether or not the address has an account; only a malformed address is refused.
  app.post(paths.accounts.forgotPassword.pattern, async (c) => {
    const fields = new FormFields((await readForm(c)).values);
    const email = fields.text('email');
    const ctx = pageContext(c);
    try {
      await requestPasswordReset(c.get('deps').db, { email }, { publicUrl: c.get('deps').config.publicUrl });
      return render(c, ForgotPasswordPage({ ctx, email, sent: true }));
    } catch (err) {
      const failure = formFailure(err, ctx, { primaryField: 'email' });
      return renderAgain(c, ForgotPasswordPage({ ctx, email, errors: failure.errors }), failure);
    }
  });

  app.get(paths.accounts.setPassword.pattern, async (c) => {
    const token = c.req.query('token') ?? '';
    const valid = token.length > 0 && (await passwordTokenIsValid(c.get('deps').db, token));
    return render(c, SetPasswordPage({ ctx: pageContext(c), token, valid }), valid ? 200 : 404);
  });

  app.post(paths.accounts.setPassword.pattern, async (c) => {
    const fields = new FormFields((await readForm(c)).values);
    const token = fields.text('token');
    const ctx = pageContext(c);
    try {
      await setPasswordWithToken(c.get('deps').db, { token, password: fields.text('password'), passwordAgain: fields.text('passwordAgain') });
      return c.redirect(paths.accounts.login(), 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return render(c, SetPasswordPage({ ctx, token, valid: false }), 404);
      const failure = formFailure(err, ctx, { primaryField: 'password' });
      return renderAgain(c, SetPasswordPage({ ctx, token, valid: true, errors: failure.errors }), failure);
    }
  });

  return app;
}
