import { Hono, type Context } from 'hono';
import { AppError } from '../../../errors.js';
import { paths } from '../../../paths.js';
import { firstAdminOrganisation } from '../../../policies/users.js';
import { assertMayManageRetention } from '../../../policies/retention.js';
import { exportCaseRecord } from '../../../usecases/records/export-case-record.js';
import { deleteCase } from '../../../usecases/retention/delete-case.js';
import { listRetentionDue } from '../../../usecases/retention/list-retention-due.js';
import { saveRetentionSetting } from '../../../usecases/retention/retention-settings.js';
import { zipResponse } from '../../api/records/routes.js';
import type { AppEnv } from '../../env.js';
import { formFailure, formPost, renderAgain } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { renderCaseRecordPdf } from '../records/case-record-html.js';
import { DeleteCasePage, RetentionPage } from './retention-pages.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const orgOf = (c: C) => c.req.param('organisationId') ?? '';
const today = (c: C) => ({ today: c.get('deps').today?.() });

const notices = {
  slettet: { da: 'Sagens personoplysninger er slettet', en: "The case's personal data is deleted" },
  gemt: { da: 'Opbevaringsperioden er gemt', en: 'The retention period is saved' },
} as const;

/** Retention (the organisation's admin): the cases due for deletion, the archive export, deletion, the period. */
export function retentionPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.admin.retention.pattern, (c) => {
    const organisationId = firstAdminOrganisation(requireActor(c));
    if (!organisationId) throw new AppError('FORBIDDEN');
    return c.redirect(paths.admin.organisationRetention({ organisationId }));
  });

  const listPage = async (c: C, form: { values?: Record<string, unknown>; errors?: Record<string, string> } = {}) => {
    const key = c.req.query('besked') ?? '';
    const notice = Object.hasOwn(notices, key) ? pageContext(c).t(notices[key as keyof typeof notices]) : undefined;
    const data = await listRetentionDue(db(c), requireActor(c), { organisationId: orgOf(c) }, today(c));
    return RetentionPage({ ctx: pageContext(c), data, notice, ...form });
  };
  app.get(paths.admin.organisationRetention.pattern, async (c) => render(c, await listPage(c)));

  app.post(
    paths.retention.settings.pattern,
    formPost({
      failure: { primaryField: 'retentionYears' },
      run: async (actor, f, c) => {
        await saveRetentionSetting(db(c), actor, { organisationId: orgOf(c), retentionYears: f.text('retentionYears') });
        return paths.admin.organisationRetention({ organisationId: orgOf(c) }, { besked: 'gemt' });
      },
      again: (_a, form, c) => listPage(c, form),
    }),
  );

  // The archive export the deletion requires: a download of the ZIP, recorded (purpose archive).
  app.post(paths.retention.archiveExport.pattern, async (c) => {
    const actor = requireActor(c);
    assertMayManageRetention(actor, orgOf(c));
    const due = await listRetentionDue(db(c), actor, { organisationId: orgOf(c) }, today(c));
    if (!due.items.some((i) => i.applicationId === c.req.param('applicationId'))) throw new AppError('NOT_FOUND');
    return zipResponse(await exportCaseRecord(db(c), actor, { applicationId: c.req.param('applicationId'), purpose: 'archive' }, renderCaseRecordPdf));
  });

  const dueItem = async (c: C) => {
    const due = await listRetentionDue(db(c), requireActor(c), { organisationId: orgOf(c) }, today(c));
    const item = due.items.find((i) => i.applicationId === c.req.param('applicationId'));
    if (!item) throw new AppError('NOT_FOUND');
    return item;
  };
  app.get(paths.admin.deleteCase.pattern, async (c) => render(c, DeleteCasePage({ ctx: pageContext(c), organisationId: orgOf(c), item: await dueItem(c) })));
  app.post(paths.admin.deleteCase.pattern, async (c) => {
    const actor = requireActor(c);
    const item = await dueItem(c);
    try {
      await deleteCase(db(c), actor, { organisationId: orgOf(c), applicationId: item.applicationId }, today(c));
      return c.redirect(paths.admin.organisationRetention({ organisationId: orgOf(c) }, { besked: 'slettet' }), 303);
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { primaryField: 'applicationId' });
      return renderAgain(c, DeleteCasePage({ ctx: pageContext(c), organisationId: orgOf(c), item, error: failure.errors.applicationId }), failure);
    }
  });

  return app;
}
