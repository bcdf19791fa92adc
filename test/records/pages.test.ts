import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import { caseWithheldFields } from '../../src/db/schema/case-records.js';
import { seedDemoCases } from '../../src/demo/cases.js';
import { paths } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** The journal and aktindsigt pages of the demo's approved Vejle case (robot vacuum cleaners). */
let t: TestApp;
let robotId: string;
let caseNumber: string;

beforeAll(async () => {
  t = await createTestApp('demo');
  await seedDemoCases(t.db);
  const [robot] = await t.db
    .select({ id: applications.id, caseNumber: applications.caseNumber })
    .from(applications)
    .where(eq(applications.title, 'Robotstøvsugere i plejeboliger'));
  robotId = robot!.id;
  caseNumber = robot!.caseNumber;
}, 120_000);
afterAll(() => t.close());

const ids = () => ({ applicationId: robotId });
const withheldPaths = async () => (await t.db.select().from(caseWithheldFields).where(eq(caseWithheldFields.applicationId, robotId))).map((w) => w.fieldPath);

describe('the pages for the Vejle secretariat', () => {
  it('shows the journal list as a table of the case documents, linked from the case page', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const res = await s.get(paths.records.journal(ids()));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`Journalliste: ${caseNumber}`);
    expect(html).toContain('<table');
    expect(html).toMatch(/application_version:[0-9a-f-]{36}/);
    expect(html).toContain('Afgørelse: bevilget');
    const casePage = await (await s.get(paths.assessment.case(ids()))).text();
    expect(casePage).toContain(`href="${paths.records.journal(ids())}"`);
    expect(casePage).toContain(`href="${paths.records.aktindsigt(ids())}"`);
  });

  it('shows the aktindsigt page with the fields to withhold and the export form', async () => {
    const res = await (await t.as('sekretariat@vejle.demo')).get(paths.records.aktindsigt(ids()));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('value="privatePartners.0"');
    expect(html).toContain('(hele rækken)');
    expect(html).toContain('Eksportér sagen');
    expect(html).toContain('value="archive"');
  });

  it('is 404 for Aarhus, by page and by form', async () => {
    const a = await t.as('sekretariat@aarhus.demo');
    expect((await a.get(paths.records.journal(ids()))).status).toBe(404);
    expect((await a.get(paths.records.aktindsigt(ids()))).status).toBe(404);
    expect((await a.postForm(paths.records.withhold(ids()), { fieldPath: 'title', reason: 'x' })).status).toBe(404);
    expect((await a.postForm(paths.records.export(ids()), { purpose: 'archive' })).status).toBe(404);
    expect(await withheldPaths()).toEqual([]);
  });
});

describe('withholding and releasing a field', () => {
  it('refuses a mark without a reason or with an unknown field (422, Danish error, values kept)', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const noReason = await s.postForm(paths.records.withhold(ids()), { fieldPath: 'privatePartners.0', reason: '' });
    expect(noReason.status).toBe(422);
    const html = await noReason.text();
    expect(html).toContain('Skriv, hvorfor oplysningen undtages');
    expect(html).toContain('href="#reason"');
    expect(html).toMatch(/value="privatePartners\.0"[^>]*selected/);
    const unknown = await s.postForm(paths.records.withhold(ids()), { fieldPath: 'noSuchField', reason: 'Leverandørens økonomi' });
    expect(unknown.status).toBe(422);
    const html2 = await unknown.text();
    expect(html2).toContain('Vælg et felt fra ansøgningen');
    expect(html2).toContain('Leverandørens økonomi</textarea>');
    expect(await withheldPaths()).toEqual([]);
  });

  it('marks a field (303 to the page, listed with a Frigiv button), then releases it', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const ok = await s.postForm(paths.records.withhold(ids()), { fieldPath: 'privatePartners.0', reason: 'Leverandørens forretningsforhold' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(paths.records.aktindsigt(ids(), { besked: 'undtaget' }));
    expect(await withheldPaths()).toEqual(['privatePartners.0']);
    const page = await (await s.get(ok.headers.get('location')!)).text();
    expect(page).toContain('Feltet udelades nu ved aktindsigt.');
    expect(page).toContain('Leverandørens forretningsforhold');
    expect(page).toContain(`action="${paths.records.release(ids())}"`);
    expect(page).toContain('Frigiv');
    const released = await s.postForm(paths.records.release(ids()), { fieldPath: 'privatePartners.0' });
    expect(released.status).toBe(303);
    expect(await withheldPaths()).toEqual([]);
  });
});

describe('the export form', () => {
  it('downloads the case as a ZIP', async () => {
    const res = await (await t.as('sekretariat@vejle.demo')).postForm(paths.records.export(ids()), { purpose: 'aktindsigt' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+-aktindsigt\.zip"$/);
    const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['sag.pdf', 'journalliste.csv']));
  }, 60_000);

  it('refuses an export without a purpose (422 on the page)', async () => {
    const res = await (await t.as('sekretariat@vejle.demo')).postForm(paths.records.export(ids()), {});
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Vælg formålet: aktindsigt eller arkivering');
  });
});
