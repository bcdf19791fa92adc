import { Hono, type Context } from 'hono';
import { businessCaseDraftSchema } from '../../../domain/application-content.js';
import { SECTIONS, sectionBySlug, type SectionDef } from '../../../domain/application-sections.js';
import { DEFAULT_HORIZON_YEARS } from '../../../domain/business-case.js';
import { AppError, forbidden, notFound, type FieldErrors } from '../../../errors.js';
import { addCoApplicant } from '../../../usecases/applications/add-co-applicant.js';
import { checkEligibility } from '../../../usecases/applications/check-eligibility.js';
import { compareVersions } from '../../../usecases/applications/compare-versions.js';
import { businessCaseOfDraft } from '../../../usecases/applications/compute-business-case.js';
import { createApplication } from '../../../usecases/applications/create-application.js';
import { getApplication, type ApplicationView } from '../../../usecases/applications/get-application.js';
import { getAttachment } from '../../../usecases/applications/get-attachment.js';
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
import { readForm } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { contentToForm, formToPatch, type FormValues } from './form-mapping.js';
import { ApplicationPage } from './views/application-page.js';
import { AttachmentsPage } from './views/attachments.js';
import { BusinessCaseFigures } from './views/business-case-figures.js';
import { CheckPage } from './views/check-page.js';
import { CoApplicantsPage, DiffPage, VersionsPage, WithdrawPage } from './views/more-pages.js';
import { NewApplicationPage, OverviewPage } from './views/overview-page.js';
import { StepPage } from './views/step-page.js';
import { attachmentResponse } from './download.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Refusals a form shows next to its fields (status kept) instead of an error page. */
function formRefusal(err: unknown, codes: readonly string[] = ['VALIDATION_FAILED']): { status: 413 | 415 | 422; errors: FieldErrors } {
  if (err instanceof AppError && codes.includes(err.code) && err.fields) {
    return { status: err.status === 413 ? 413 : err.status === 415 ? 415 : 422, errors: err.fields };
  }
  throw err;
}

function canApply(actor: Actor): boolean {
  return actor.memberships.some((m) => m.role === 'applicant');
}

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

export function applicationPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const actor = requireActor(c);
    const [all, ideas, pools] = await Promise.all([listApplications(db(c), actor, {}), listIdeas(db(c), actor, {}), listOpenPools(db(c), actor)]);
    return render(
      c,
      OverviewPage({
        ctx: pageContext(c),
        mine: all.filter((a) => a.relation !== 'staff'),
        others: all.filter((a) => a.relation === 'staff'),
        ideas: ideas.filter((i) => i.mine),
        pools,
        canApply: canApply(actor),
      }),
    );
  });

  app.get('/ny', async (c) => {
    const actor = requireActor(c);
    if (!canApply(actor)) throw forbidden();
    return render(c, NewApplicationPage({ ctx: pageContext(c), pools: await listOpenPools(db(c), actor), values: { poolId: c.req.query('pulje') ?? '' } }));
  });

  app.post('/ny', async (c) => {
    const actor = requireActor(c);
    const { values } = await readForm(c);
    try {
      const created = await createApplication(db(c), actor, { poolId: str(values.poolId), title: str(values.title) });
      return c.redirect(`/ansoegninger/${created.id}`, 303);
    } catch (err) {
      const r = formRefusal(err);
      return render(
        c,
        NewApplicationPage({
          ctx: pageContext(c),
          pools: await listOpenPools(db(c), actor),
          values: { poolId: str(values.poolId), title: str(values.title) },
          errors: r.errors,
        }),
        r.status,
      );
    }
  });

  /** Live business-case figures for the progressive-enhancement script: the figures block as HTML. */
  app.post('/business-case/beregn', async (c) => {
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

  app.get('/:id', async (c) => {
    const actor = requireActor(c);
    const view = await getApplication(db(c), actor, { applicationId: c.req.param('id') });
    const ctx = pageContext(c);
    const notice = c.req.query('indsendt') ? ctx.t({ da: 'Ansøgningen er indsendt', en: 'The application has been submitted' }) : undefined;
    return render(c, ApplicationPage({ ctx, view, notice }));
  });

  app.get('/:id/trin/:slug', async (c) => {
    const actor = requireActor(c);
    const view = await getApplication(db(c), actor, { applicationId: c.req.param('id') });
    const section = sectionBySlug(c.req.param('slug'));
    if (!section) throw notFound();
    if (!view.access.canEdit) return c.redirect(`/ansoegninger/${view.application.id}`, 303);
    const ctx = pageContext(c);
    const saved = c.req.query('gemt') !== undefined;
    if (section.slug === 'bilag') return render(c, AttachmentsPage({ ctx, view, maxBytes: c.get('deps').config.maxUploadBytes, saved }));
    return render(c, StepPage({ ctx, view, section, values: stepValues(view, section), saved, businessCase: businessCaseOf(view) }));
  });

  app.post('/:id/trin/:slug', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const section = sectionBySlug(c.req.param('slug'));
    if (!section) throw notFound();
    const form = await readForm(c);
    const base = `/ansoegninger/${id}`;
    if (section.slug === 'bilag') {
      const file = form.files.file?.[0];
      try {
        await uploadAttachment(
          db(c),
          actor,
          { applicationId: id, fileName: file?.name ?? '', data: file ? new Uint8Array(await file.arrayBuffer()) : undefined },
          { maxBytes: c.get('deps').config.maxUploadBytes },
        );
        return c.redirect(`${base}/trin/bilag?gemt=1`, 303);
      } catch (err) {
        const r = formRefusal(err, ['VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE']);
        const errors = Object.fromEntries(Object.entries(r.errors).map(([k, v]) => [k === 'fileName' || k === 'data' ? 'file' : k, v]));
        const view = await getApplication(db(c), actor, { applicationId: id });
        return render(c, AttachmentsPage({ ctx: pageContext(c), view, errors, maxBytes: c.get('deps').config.maxUploadBytes }), r.status);
      }
    }
    const handling = str(form.values.handling);
    const remove = /^fjern:([A-Za-z]+):(\d+)$/.exec(handling);
    const { patch, values } = formToPatch(section, form.values, remove ? { key: remove[1] ?? '', index: Number(remove[2]) } : undefined);
    try {
      await updateApplication(db(c), actor, { applicationId: id, ...patch });
    } catch (err) {
      const r = formRefusal(err);
      const view = await getApplication(db(c), actor, { applicationId: id });
      return render(c, StepPage({ ctx: pageContext(c), view, section, values, errors: r.errors, businessCase: businessCaseOf(view) }), r.status);
    }
    const add = /^tilfoej:([A-Za-z]+)$/.exec(handling);
    if (handling === 'fortsaet') {
      const next = SECTIONS[SECTIONS.findIndex((s) => s.slug === section.slug) + 1];
      return c.redirect(next ? `${base}/trin/${next.slug}` : `${base}/tjek`, 303);
    }
    if (handling === 'beregn') return c.redirect(`${base}/trin/${section.slug}?gemt=1#business-case-figures`, 303);
    if (add || remove) return c.redirect(`${base}/trin/${section.slug}?gemt=1#${add?.[1] ?? remove?.[1] ?? ''}`, 303);
    return c.redirect(`${base}/trin/${section.slug}?gemt=1`, 303);
  });

  app.get('/:id/tjek', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const view = await getApplication(db(c), actor, { applicationId: id });
    const report = await checkEligibility(db(c), actor, { applicationId: id });
    return render(c, CheckPage({ ctx: pageContext(c), view, report }));
  });

  app.post('/:id/indsend', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    try {
      await submitApplication(db(c), actor, { applicationId: id });
      return c.redirect(`/ansoegninger/${id}?indsendt=1`, 303);
    } catch (err) {
      const r = formRefusal(err, ['NOT_ELIGIBLE']);
      const view = await getApplication(db(c), actor, { applicationId: id });
      const report = await checkEligibility(db(c), actor, { applicationId: id });
      return render(c, CheckPage({ ctx: pageContext(c), view, report, errors: r.errors }), r.status);
    }
  });

  app.get('/:id/medansoegere', async (c) => {
    const actor = requireActor(c);
    const view = await getApplication(db(c), actor, { applicationId: c.req.param('id') });
    if (!view.access.isLead) throw forbidden();
    const ctx = pageContext(c);
    const notice = c.req.query('tilfoejet') ? ctx.t({ da: 'Kollegaen er nu medansøger', en: 'The colleague is now a co-applicant' }) : undefined;
    return render(c, CoApplicantsPage({ ctx, view, notice }));
  });

  app.post('/:id/medansoegere', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    try {
      await addCoApplicant(db(c), actor, { applicationId: id, email: str(values.email) });
      return c.redirect(`/ansoegninger/${id}/medansoegere?tilfoejet=1`, 303);
    } catch (err) {
      const r = formRefusal(err);
      const view = await getApplication(db(c), actor, { applicationId: id });
      return render(c, CoApplicantsPage({ ctx: pageContext(c), view, email: str(values.email), errors: r.errors }), r.status);
    }
  });

  app.post('/:id/medansoegere/:userId/fjern', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    await removeCoApplicant(db(c), actor, { applicationId: id, userId: c.req.param('userId') });
    return c.redirect(`/ansoegninger/${id}/medansoegere`, 303);
  });

  app.get('/:id/versioner', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const view = await getApplication(db(c), actor, { applicationId: id });
    const versions = await listApplicationVersions(db(c), actor, { applicationId: id });
    return render(c, VersionsPage({ ctx: pageContext(c), view, versions }));
  });

  app.get('/:id/versioner/sammenlign', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const view = await getApplication(db(c), actor, { applicationId: id });
    let diff;
    try {
      diff = await compareVersions(db(c), actor, { applicationId: id, from: c.req.query('fra'), to: c.req.query('til') });
    } catch (err) {
      if (err instanceof AppError && err.code === 'VALIDATION_FAILED') throw notFound();
      throw err;
    }
    return render(c, DiffPage({ ctx: pageContext(c), view, diff }));
  });

  app.get('/:id/traek-tilbage', async (c) => {
    const actor = requireActor(c);
    const view = await getApplication(db(c), actor, { applicationId: c.req.param('id') });
    if (!view.access.isLead) throw forbidden();
    return render(c, WithdrawPage({ ctx: pageContext(c), view }));
  });

  app.post('/:id/traek-tilbage', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    const { values } = await readForm(c);
    try {
      await withdrawApplication(db(c), actor, { applicationId: id, reason: str(values.reason) });
      return c.redirect(`/ansoegninger/${id}`, 303);
    } catch (err) {
      const r = formRefusal(err);
      const view = await getApplication(db(c), actor, { applicationId: id });
      return render(c, WithdrawPage({ ctx: pageContext(c), view, reason: str(values.reason), errors: r.errors }), r.status);
    }
  });

  app.get('/:id/bilag/:attachmentId', async (c) => {
    const actor = requireActor(c);
    const file = await getAttachment(db(c), actor, { applicationId: c.req.param('id'), attachmentId: c.req.param('attachmentId') });
    return attachmentResponse(c, file);
  });

  app.post('/:id/bilag/:attachmentId/fjern', async (c) => {
    const actor = requireActor(c);
    const id = c.req.param('id');
    await removeAttachment(db(c), actor, { applicationId: id, attachmentId: c.req.param('attachmentId') });
    return c.redirect(`/ansoegninger/${id}/trin/bilag`, 303);
  });

  return app;
}
