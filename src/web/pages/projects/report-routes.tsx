import { Hono, type Context } from 'hono';
import { AppError } from '../../../errors.js';
import { addFollowUpReport } from '../../../usecases/projects/add-follow-up-report.js';
import { getFollowUpReport } from '../../../usecases/projects/get-follow-up-report.js';
import { getProject } from '../../../usecases/projects/get-project.js';
import { getReportAttachment } from '../../../usecases/projects/get-report-attachment.js';
import { rescheduleFollowUpReport } from '../../../usecases/projects/reschedule-follow-up-report.js';
import { reviewFollowUpReport } from '../../../usecases/projects/review-follow-up-report.js';
import { saveFollowUpReport } from '../../../usecases/projects/save-follow-up-report.js';
import { submitFollowUpReport } from '../../../usecases/projects/submit-follow-up-report.js';
import { uploadReportAttachment } from '../../../usecases/projects/upload-report-attachment.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { formFailure, formPost, readForm, renderAgain, type FormFields, type FormValues } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { projectNotices } from './kit.js';
import { NewReportPage } from './new-report-page.js';
import { contentFromForm, formFromContent, reportRename } from './report-form-mapping.js';
import { ReportFormPage } from './report-form-page.js';
import { ReportPage } from './report-page.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const ref = (c: C) => ({ applicationId: c.req.param('applicationId') ?? '', reportId: c.req.param('reportId') ?? '' });
const view = (c: C, actor: Actor) => getFollowUpReport(db(c), actor, ref(c));
const shown = (c: C, besked: string) => paths.projects.report(ref(c), { besked });

/** The report page again with the review or reschedule form's values and errors. */
const reportAgain = (name: 'review' | 'reschedule') => async (actor: Actor, form: { values: FormValues; errors: Record<string, string> }, c: C) =>
  ReportPage({ ctx: pageContext(c), view: await view(c, actor), form: { name, ...form } });

/** Save (handling=gem) or submit (handling=indsend, or the submit path) the report form. */
const writeReport = (forceSubmit: boolean) =>
  formPost({
    failure: { primaryField: 'content[lessons]', rename: reportRename },
    run: async (actor, f: FormFields, c) => {
      const content = contentFromForm(f);
      if (Object.keys(f.errors).length > 0) throw new AppError('VALIDATION_FAILED', { fields: {} });
      if (forceSubmit || f.text('handling') === 'indsend') {
        await submitFollowUpReport(db(c), actor, { ...ref(c), content });
        return shown(c, 'indsendt');
      }
      await saveFollowUpReport(db(c), actor, { ...ref(c), content });
      return paths.projects.editReport(ref(c), { besked: 'gemt' });
    },
    again: async (actor, form, c) => ReportFormPage({ ctx: pageContext(c), view: await view(c, actor), ...form }),
  });

/** Follow-up reports: read, write (draft, submit), review, move or skip, attachments, and adding one by hand. */
export function reportPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.projects.newReport.pattern, async (c) => {
    const p = await getProject(db(c), requireActor(c), { applicationId: ref(c).applicationId });
    if (!p.can.reviewReports) throw new AppError('FORBIDDEN');
    return render(c, NewReportPage({ ctx: pageContext(c), applicationId: p.application.id, title: p.application.title, values: {}, errors: {} }));
  });
  app.post(
    paths.projects.newReport.pattern,
    formPost({
      failure: { primaryField: 'title' },
      run: async (actor, f, c) => {
        const { reportId } = await addFollowUpReport(db(c), actor, {
          applicationId: ref(c).applicationId,
          kind: f.text('kind'),
          title: f.text('title'),
          dueOn: f.text('dueOn'),
        });
        return paths.projects.report({ applicationId: ref(c).applicationId, reportId }, { besked: 'rapport' });
      },
      again: async (actor, form, c) => {
        const p = await getProject(db(c), actor, { applicationId: ref(c).applicationId });
        return NewReportPage({ ctx: pageContext(c), applicationId: p.application.id, title: p.application.title, ...form });
      },
    }),
  );

  app.get(paths.projects.report.pattern, async (c) => {
    const actor = requireActor(c);
    const v = await getFollowUpReport(db(c), actor, { ...ref(c), version: c.req.query('version') });
    return render(c, ReportPage({ ctx: pageContext(c), view: v, notice: projectNotices[c.req.query('besked') ?? ''] }));
  });

  app.get(paths.projects.editReport.pattern, async (c) => {
    const v = await view(c, requireActor(c));
    if (!v.can.write) throw new AppError('FORBIDDEN');
    const notice = projectNotices[c.req.query('besked') ?? ''];
    return render(c, ReportFormPage({ ctx: pageContext(c), view: v, values: formFromContent(v.content, v.budget), errors: {}, notice }));
  });
  app.post(paths.projects.editReport.pattern, writeReport(false));
  app.post(paths.projects.submitReport.pattern, writeReport(true));

  app.post(
    paths.projects.reviewReport.pattern,
    formPost({
      failure: { primaryField: 'outcome' },
      run: async (actor, f, c) => {
        await reviewFollowUpReport(db(c), actor, { ...ref(c), outcome: f.text('outcome'), comment: f.text('comment') });
        return shown(c, 'vurderet');
      },
      again: reportAgain('review'),
    }),
  );

  app.post(
    paths.projects.rescheduleReport.pattern,
    formPost({
      failure: { primaryField: 'action' },
      run: async (actor, f, c) => {
        await rescheduleFollowUpReport(db(c), actor, { ...ref(c), action: f.text('action'), dueOn: f.text('dueOn'), reason: f.text('reason') });
        return shown(c, 'flyttet');
      },
      again: reportAgain('reschedule'),
    }),
  );

  app.get(paths.projects.reportAttachment.pattern, async (c) => {
    const f = await getReportAttachment(db(c), requireActor(c), { ...ref(c), attachmentId: c.req.param('attachmentId') });
    return new Response(Buffer.from(f.data), {
      headers: {
        'content-type': f.contentType,
        'content-disposition': `attachment; filename="${encodeURIComponent(f.fileName)}"`,
        'cache-control': 'no-store',
      },
    });
  });
  app.post(paths.projects.reportAttachments.pattern, async (c) => {
    const actor = requireActor(c);
    const form = await readForm(c);
    const file = form.files.file?.[0];
    try {
      await uploadReportAttachment(
        db(c),
        actor,
        { ...ref(c), fileName: file?.name ?? '', data: file ? new Uint8Array(await file.arrayBuffer()) : undefined },
        { maxBytes: c.get('deps').config.maxUploadBytes },
      );
      return c.redirect(paths.projects.editReport(ref(c), { besked: 'bilag' }), 303);
    } catch (err) {
      const ctx = pageContext(c);
      const failure = formFailure(err, ctx, { primaryField: 'file', rename: { fileName: 'file', data: 'file' } });
      const v = await view(c, actor);
      return renderAgain(c, ReportFormPage({ ctx, view: v, values: formFromContent(v.content, v.budget), errors: failure.errors }), failure);
    }
  });

  return app;
}
