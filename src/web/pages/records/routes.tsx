import { Hono, type Context } from 'hono';
import { exportCaseRecord } from '../../../usecases/records/export-case-record.js';
import { getWithheldFields } from '../../../usecases/records/get-withheld-fields.js';
import { getJournalList } from '../../../usecases/records/journal-list.js';
import { markWithheldField, unmarkWithheldField } from '../../../usecases/records/withheld-fields.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import { zipResponse } from '../../api/records/routes.js';
import type { AppEnv } from '../../env.js';
import { formFailure, formPost, readForm, renderAgain } from '../../form-kit/index.js';
import { pageContext } from '../../page-context.js';
import { paths } from '../../../paths.js';
import { render } from '../../render.js';
import { requireActor } from '../../session.js';
import { AktindsigtPage, type AktindsigtFormState } from './aktindsigt-page.js';
import { renderCaseRecordPdf } from './case-record-html.js';
import { JournalPage } from './journal-page.js';

type C = Context<AppEnv>;
const db = (c: C) => c.get('deps').db;
const applicationId = (c: C) => c.req.param('applicationId') ?? '';

const notices = {
  undtaget: { da: 'Feltet udelades nu ved aktindsigt.', en: 'The field is now left out of access requests.' },
  frigivet: { da: 'Feltet er frigivet og kommer med ved aktindsigt igen.', en: 'The field is released and included in access requests again.' },
} as const;
const noticeOf = (c: C): string | undefined => {
  const key = c.req.query('besked') ?? '';
  return Object.hasOwn(notices, key) ? pageContext(c).t(notices[key as keyof typeof notices]) : undefined;
};

/** The journal list and the aktindsigt page of a case (withhold, release, export as ZIP). */
export function recordPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(paths.records.journal.pattern, async (c) => {
    const data = await getJournalList(db(c), requireActor(c), { applicationId: applicationId(c) });
    return render(c, JournalPage({ ctx: pageContext(c), data }));
  });

  const page = async (c: C, actor: Actor, form: AktindsigtFormState = {}) =>
    AktindsigtPage({
      ctx: pageContext(c),
      data: await getWithheldFields(db(c), actor, { applicationId: applicationId(c) }),
      form: { notice: noticeOf(c), ...form },
    });
  app.get(paths.records.aktindsigt.pattern, async (c) => render(c, await page(c, requireActor(c))));

  const done = (c: C, besked: keyof typeof notices) => paths.records.aktindsigt({ applicationId: applicationId(c) }, { besked });
  app.post(
    paths.records.withhold.pattern,
    formPost({
      failure: { primaryField: 'fieldPath' },
      run: async (actor, fields, c) => {
        await markWithheldField(db(c), actor, { ...fields.values, applicationId: applicationId(c) });
        return done(c, 'undtaget');
      },
      again: (actor, form, c) => page(c, actor, form),
    }),
  );
  app.post(
    paths.records.release.pattern,
    formPost({
      failure: { primaryField: 'fieldPath' },
      run: async (actor, fields, c) => {
        await unmarkWithheldField(db(c), actor, { ...fields.values, applicationId: applicationId(c) });
        return done(c, 'frigivet');
      },
      again: (actor, form, c) => page(c, actor, form),
    }),
  );

  // Not formPost: a successful export answers with the ZIP itself (a download), not a redirect.
  app.post(paths.records.export.pattern, async (c) => {
    const actor = requireActor(c);
    const { values } = await readForm(c);
    try {
      return zipResponse(await exportCaseRecord(db(c), actor, { ...values, applicationId: applicationId(c) }, renderCaseRecordPdf));
    } catch (err) {
      const failure = formFailure(err, pageContext(c), { primaryField: 'purpose' });
      return renderAgain(c, await page(c, actor, { values, errors: failure.errors }), failure);
    }
  });

  return app;
}
