import { Hono, type Context } from 'hono';
import { businessCaseDraftSchema } from '../../../domain/application-content.js';
import { SECTIONS, sectionBySlug, type SectionDef } from '../../../domain/application-sections.js';
import { DEFAULT_HORIZON_YEARS } from '../../../domain/business-case.js';
import { AppError, forbidden, notFound } from '../../../errors.js';
import { canAnywhere } from '../../../policies/authorize.js';
import { addCoApplicant } from '../../../usecases/applications/add-co-applicant.js';
import { checkEligibility } from '../../../usecases/applications/check-eligibility.js';
import { compareVersions } from '../../../usecases/applications/compare-versions.js';
import { businessCaseOfDraft } from '../../../usecases/applications/compute-business-case.js';
import { createApplication } from '../../../usecases/applications/create-application.js';
import { getApplication, type ApplicationView } from '../../../usecases/applications/get-application.js';
import { getAttachment } from '../../../usecases/applications/get-attachment.js';
import { getSubmittedCopy } from '../../../usecases/applications/get-submitted-copy.js';
import { listApplicationVersions } from '../../../usecases/applications/list-application-versions.js';
import { listApplications } from '../../../usecases/applications/list-applications.js';
import { listIdeas } from '../../../usecases/applications/list-ideas.js';
import { listOpenPools } from '../../../usecases/applications/list-open-pools.js';
import { removeAttachment } from '../../../usecases/applications/remove-attachment.js';
import { removeCoApplicant } from '../../../usecases/applications/remove-co-applicant.js';
import { submitApplication } from '../../../usecases/applications/submit-application.js';
import { updateApplication } from '../../../usecases/applications/update-application.js';
import { uploadAttachment } from '../../../usecases/applications/upload-attachment.js';
import { withdrawApplication } from '../../../usecases/applications/withdraw-application.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { FormFields, formFailure, formPost, readForm, renderAgain, textOf, type FormValues } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { caseEvidence } from '../catalogue/evidence.js';
import { attachmentResponse } from './download.js';
import { contentToForm, formToPatch } from './form-mapping.js';
import { ApplicationPage } from './views/application-page.js';
import { AttachmentsPage } from './views/attachments.js';
import { BusinessCaseFigures } from './views/business-case-figures.js';
import { CheckPage, SUBMIT_FIELD } from './views/check-page.js';
import { CoApplicantsPage, DiffPage, VersionsPage, WithdrawPage } from './views/more-pages.js';
import { NewApplicationPage, OverviewPage } from './views/overview-page.js';
import { StepPage } from './views/step-page.js';
import { ApplicationPrintPage } from './views/print-page.js';
import { MAX_LIMIT } from '../../../usecases/shared/keyset.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const p = paths.applications;
const applicationIdOf = (c: C) => c.req.param('applicationId') ?? '';
const viewOf = (c: C, actor: Actor) => getApplication(db(c), actor, { applicationId: applicationIdOf(c) });

function stepValues(view: ApplicationView, section: SectionDef): FormValues {
  const values = contentToForm(section, view.application.title, view.content);
  if (section.slug === 'business-case') {
    const bc = (values.businessCase ?? {}) as Record<string, unknown>;
    // Defaults shown so the applicant sees what is used: 5 years at 3,5 %.
    if (bc.horizonYears === '') bc.horizonYears = String(DEFAULT_HORIZON_YEARS);
    if (bc.discountRate === '') bc.discountRate = '3,5';
    values.businessCase = bc;
  }
  return values;
}

function businessCaseOf(view: ApplicationView) {
  return { result: businessCaseOfDraft(view.content.businessCase), horizon: view.content.businessCase?.horizonYears ?? DEFAULT_HORIZON_YEARS };
}

/** The "handling" button of a step: save, continue, calculate, add a row (`tilfoej:key`) or remove one (`fjern:key:index`). */
function stepHandling(fields: FormFields) {
  const handling = fields.text('handling');
  const remove = /^fjern:([A-Za-z]+):(\d+)$/.exec(handling);
  const add = /^tilfoej:([A-Za-z]+)$/.exec(handling);
  return { handling, remove: remove ? { key: remove[1] ?? '', index: Number(remove[2]) } : undefined, anchor: add?.[1] ?? remove?.[1] };
}

/** Where a saved step leads: the next step (or the check) on "continue", else the same step with "saved". */
function afterStep(applicationId: string, section: SectionDef, fields: FormFields): string {
  const { handling, anchor } = stepHandling(fields);
  if (handling === 'fortsaet') {
    const next = SECTIONS[SECTIONS.findIndex((s) => s.slug === section.slug) + 1];
    return next ? p.step({ applicationId, sectionSlug: next.slug }) : p.check({ applicationId });
  }
  const saved = p.step({ applicationId, sectionSlug: section.slug }, { gemt: 1 });
  if (handling === 'beregn') return `${saved}#business-case-figures`;
  return anchor !== undefined ? `${saved}#${anchor}` : saved;
}

export function applicationPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(p.list.pattern, async (c) => {
    const actor = requireActor(c);
    const after = c.req.query('after');
    const [page, ideas, pools] = await Promise.all([
      listApplications(db(c), actor, { after }),
      // The overview shows the actor's own ideas; the idea list pages through all of them.
      listIdeas(db(c), actor, { limit: MAX_LIMIT }),
      listOpenPools(db(c), actor, new Date(), { includeClosed: true }),
    ]);
    return render(
      c,
      OverviewPage({
        ctx: pageContext(c),
        mine: page.applications.filter((a) => a.relation !== 'staff'),
        others: page.applications.filter((a) => a.relation === 'staff'),
        ideas: ideas.ideas.filter((i) => i.mine),
        nextPage: page.nextCursor ? p.list({ after: page.nextCursor }) : null,
        pools,
        canApply: canAnywhere(actor, 'application.create'),
      }),
    );
  });

  app.get(p.create.pattern, async (c) => {
    const actor = requireActor(c);
    if (!canAnywhere(actor, 'application.create')) throw forbidden();
    return render(c, NewApplicationPage({ ctx: pageContext(c), pools: await listOpenPools(db(c), actor), values: { poolId: c.req.query('pulje') ?? '' } }));
  });

  app.post(
    p.create.pattern,
    formPost({
      failure: { primaryField: 'poolId' },
      run: async (actor, f, c) => {
        const created = await createApplication(db(c), actor, { poolId: f.text('poolId'), title: f.text('title') });
        return p.show({ applicationId: created.id });
      },
      again: async (actor, { values, errors }, c) =>
        NewApplicationPage({
          ctx: pageContext(c),
          pools: await listOpenPools(db(c), actor),
          values: { poolId: textOf(values.poolId), title: textOf(values.title) },
          errors,
        }),
    }),
  );

  /** Live business-case figures for the progressive-enhancement script: the figures block as HTML. */
  app.post(p.businessCaseFigures.pattern, async (c) => {
    requireActor(c);
    const { values } = await readForm(c);
    const section = sectionBySlug('business-case');
    if (!section) throw notFound();
    const { patch } = formToPatch(section, values);
    const parsed = businessCaseDraftSchema.safeParse(patch.businessCase);
    const draft = parsed.success ? parsed.data : undefined;
    const figures = BusinessCaseFigures({ ctx: pageContext(c), result: businessCaseOfDraft(draft), horizon: draft?.horizonYears ?? DEFAULT_HORIZON_YEARS });
    return c.json({ html: String(await Promise.resolve(figures?.toString() ?? '')), valid: parsed.success });
  });

  app.get(p.show.pattern, async (c) => {
    const actor = requireActor(c);
    const view = await viewOf(c, actor);
    const ctx = pageContext(c);
    const notice = c.req.query('indsendt') ? ctx.t({ da: 'Ansøgningen er indsendt', en: 'The application has been submitted' }) : undefined;
    return render(c, ApplicationPage({ ctx, view, notice, evidence: await caseEvidence(c, actor, view.application.id) }));
  });

  app.get(p.print.pattern, async (c) => {
    const copy = await getSubmittedCopy(db(c), requireActor(c), { applicationId: applicationIdOf(c) });
    return render(c, ApplicationPrintPage({ ctx: pageContext(c), copy }));
  });

  app.get(p.step.pattern, async (c) => {
    const actor = requireActor(c);
    const view = await viewOf(c, actor);
    const section = sectionBySlug(c.req.param('sectionSlug'));
    if (!section) throw notFound();
    if (!view.access.canEdit) return c.redirect(p.show({ applicationId: view.application.id }), 303);
    const ctx = pageContext(c);
    const saved = c.req.query('gemt') !== undefined;
    if (section.slug === 'bilag') return render(c, AttachmentsPage({ ctx, view, maxBytes: c.get('deps').config.maxUploadBytes, saved }));
    const evidence = await caseEvidence(c, actor, view.application.id);
    return render(c, StepPage({ ctx, view, section, values: stepValues(view, section), saved, businessCase: businessCaseOf(view), evidence }));
  });

  app.post(p.step.pattern, async (c) => {
    const actor = requireActor(c);
    const applicationId = applicationIdOf(c);
    const section = sectionBySlug(c.req.param('sectionSlug'));
    if (!section) throw notFound();
    const form = await readForm(c);
    const maxBytes = c.get('deps').config.maxUploadBytes;
    if (section.slug === 'bilag') {
      const file = form.files.file?.[0];
      try {
        const data = file ? new Uint8Array(await file.arrayBuffer()) : undefined;
        await uploadAttachment(db(c), actor, { applicationId, fileName: file?.name ?? '', data }, { maxBytes });
        return c.redirect(p.step({ applicationId, sectionSlug: 'bilag' }, { gemt: 1 }), 303);
      } catch (err) {
        // 413 and 415 keep their status, with the message under the file field.
        const failure = formFailure(err, pageContext(c), { primaryField: 'file', rename: { fileName: 'file', data: 'file' } });
        return renderAgain(c, AttachmentsPage({ ctx: pageContext(c), view: await viewOf(c, actor), errors: failure.errors, maxBytes }), failure);
      }
    }
    const fields = new FormFields(form.values);
    const { patch, values } = formToPatch(section, form.values, stepHandling(fields).remove);
    try {
      await updateApplication(db(c), actor, { applicationId, ...patch });
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { primaryField: section.items[0]?.key ?? 'handling' });
      const view = await viewOf(c, actor);
      const evidence = await caseEvidence(c, actor, applicationId);
      return renderAgain(
        c,
        StepPage({ ctx: pageContext(c), view, section, values, errors: failure.errors, businessCase: businessCaseOf(view), evidence }),
        failure,
      );
    }
    return c.redirect(afterStep(applicationId, section, fields), 303);
  });

  app.get(p.check.pattern, async (c) => {
    const actor = requireActor(c);
    const view = await viewOf(c, actor);
    const report = await checkEligibility(db(c), actor, { applicationId: applicationIdOf(c) });
    return render(c, CheckPage({ ctx: pageContext(c), view, report }));
  });

  app.post(
    p.submit.pattern,
    formPost({
      failure: { primaryField: SUBMIT_FIELD },
      run: async (actor, _f, c) => {
        const applicationId = applicationIdOf(c);
        await submitApplication(db(c), actor, { applicationId });
        return p.show({ applicationId }, { indsendt: 1 });
      },
      again: async (actor, { errors }, c) => {
        const report = await checkEligibility(db(c), actor, { applicationId: applicationIdOf(c) });
        return CheckPage({ ctx: pageContext(c), view: await viewOf(c, actor), report, errors });
      },
    }),
  );

  app.get(p.coApplicants.pattern, async (c) => {
    const view = await viewOf(c, requireActor(c));
    if (!view.access.isLead) throw forbidden();
    const ctx = pageContext(c);
    const notice = c.req.query('tilfoejet') ? ctx.t({ da: 'Kollegaen er nu medansøger', en: 'The colleague is now a co-applicant' }) : undefined;
    return render(c, CoApplicantsPage({ ctx, view, notice }));
  });

  app.post(
    p.coApplicants.pattern,
    formPost({
      failure: { primaryField: 'email' },
      run: async (actor, f, c) => {
        const applicationId = applicationIdOf(c);
        await addCoApplicant(db(c), actor, { applicationId, email: f.text('email') });
        return p.coApplicants({ applicationId }, { tilfoejet: 1 });
      },
      again: async (actor, { values, errors }, c) =>
        CoApplicantsPage({ ctx: pageContext(c), view: await viewOf(c, actor), email: textOf(values.email), errors }),
    }),
  );

  app.post(p.removeCoApplicant.pattern, async (c) => {
    const actor = requireActor(c);
    const applicationId = applicationIdOf(c);
    await removeCoApplicant(db(c), actor, { applicationId, userId: c.req.param('userId') });
    return c.redirect(p.coApplicants({ applicationId }), 303);
  });

  app.get(p.versions.pattern, async (c) => {
    const actor = requireActor(c);
    const view = await viewOf(c, actor);
    const versions = await listApplicationVersions(db(c), actor, { applicationId: applicationIdOf(c) });
    return render(c, VersionsPage({ ctx: pageContext(c), view, versions }));
  });

  app.get(p.compareVersions.pattern, async (c) => {
    const actor = requireActor(c);
    const view = await viewOf(c, actor);
    let diff;
    try {
      diff = await compareVersions(db(c), actor, { applicationId: applicationIdOf(c), from: c.req.query('fra'), to: c.req.query('til') });
    } catch (err) {
      // A link with versions that do not exist is a page that does not exist.
      if (err instanceof AppError && err.code === 'VALIDATION_FAILED') throw notFound();
      throw err;
    }
    return render(c, DiffPage({ ctx: pageContext(c), view, diff }));
  });

  app.get(p.withdraw.pattern, async (c) => {
    const view = await viewOf(c, requireActor(c));
    if (!view.access.isLead) throw forbidden();
    return render(c, WithdrawPage({ ctx: pageContext(c), view }));
  });

  app.post(
    p.withdraw.pattern,
    formPost({
      failure: { primaryField: 'reason' },
      run: async (actor, f, c) => {
        const applicationId = applicationIdOf(c);
        await withdrawApplication(db(c), actor, { applicationId, reason: f.text('reason') });
        return p.show({ applicationId });
      },
      again: async (actor, { values, errors }, c) => WithdrawPage({ ctx: pageContext(c), view: await viewOf(c, actor), reason: textOf(values.reason), errors }),
    }),
  );

  app.get(p.attachment.pattern, async (c) => {
    const actor = requireActor(c);
    const file = await getAttachment(db(c), actor, { applicationId: applicationIdOf(c), attachmentId: c.req.param('attachmentId') });
    return attachmentResponse(c, file);
  });

  app.post(p.removeAttachment.pattern, async (c) => {
    const actor = requireActor(c);
    const applicationId = applicationIdOf(c);
    await removeAttachment(db(c), actor, { applicationId, attachmentId: c.req.param('attachmentId') });
    return c.redirect(p.step({ applicationId, sectionSlug: 'bilag' }), 303);
  });

  return app;
}
