import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema/applications.js';
import { auditEvents } from '../../src/db/schema/audit.js';
import { caseRecordExports } from '../../src/db/schema/case-records.js';
import { seedDemoCases } from '../../src/demo/cases.js';
import { gatherCaseRecord } from '../../src/usecases/records/case-record.js';
import { buildJournalList } from '../../src/usecases/records/journal-list.js';
import { loadCase } from '../../src/usecases/records/load-case.js';
import { markWithheldField } from '../../src/usecases/records/withheld-fields.js';
import { caseRecordHtml } from '../../src/web/pages/records/case-record-html.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let robotId: string;

beforeAll(async () => {
  t = await createTestApp('demo');
  await seedDemoCases(t.db);
  const [robot] = await t.db.select({ id: applications.id }).from(applications).where(eq(applications.title, 'Robotstøvsugere i plejeboliger'));
  robotId = robot!.id;
}, 120_000);
afterAll(() => t.close());

describe("the case export of the demo's approved Vejle case", () => {
  it('withholds a private partner’s CVR from the aktindsigt PDF (asserted on the HTML the PDF is printed from) but not from the archive', async () => {
    const secretariat = await t.actor('sekretariat@vejle.demo');
    await markWithheldField(t.db, secretariat, { applicationId: robotId, fieldPath: 'privatePartners.0', reason: 'Leverandørens forretningsforhold' });
    const app = await loadCase(t.db, robotId);
    const journal = await buildJournalList(t.db, app);
    const akt = caseRecordHtml(await gatherCaseRecord(t.db, app, 'aktindsigt', journal));
    expect(akt).not.toContain('26150620');
    expect(akt).toContain('Udeladt efter offentlighedslovens § 30, nr. 2');
    const archive = caseRecordHtml(await gatherCaseRecord(t.db, app, 'archive', journal));
    expect(archive).toContain('26150620');
  });

  it('holds sag.pdf, the journal list matching the case documents, and every attachment; recorded and audited', async () => {
    const client = await t.as('sekretariat@vejle.demo');
    const res = await client.api('POST', `/applications/${robotId}/record-export`, { purpose: 'aktindsigt' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const pdf = await zip.file('sag.pdf')!.async('uint8array');
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    // Chromium compresses its text streams, so this only proves the CVR is not there in plain bytes.
    expect(Buffer.from(pdf).includes('26150620')).toBe(false);
    const app = await loadCase(t.db, robotId);
    const journal = await buildJournalList(t.db, app);
    expect(journal.some((e) => e.kind === 'application_version')).toBe(true);
    expect(journal.some((e) => e.kind === 'decision')).toBe(true);
    const csv = await zip.file('journalliste.csv')!.async('string');
    for (const e of journal) {
      expect(csv).toContain(e.documentId);
      expect(e.caseNumber).toBe(app.caseNumber);
    }
    const files = journal.filter((e) => e.file).map((e) => e.file!.zipPath);
    expect(
      Object.keys(zip.files)
        .filter((n) => n.startsWith('bilag/') && !n.endsWith('/'))
        .sort(),
    ).toEqual(files.sort());

    const [row] = await t.db.select().from(caseRecordExports).where(eq(caseRecordExports.applicationId, robotId));
    expect(row).toMatchObject({ purpose: 'aktindsigt', sizeBytes: bytes.length, documentCount: journal.length, withheldFieldCount: 1 });
    const { createHash } = await import('node:crypto');
    expect(row!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'case.record_exported'));
    expect(audits.map((a) => a.objectId)).toContain(robotId);
  }, 60_000);

  it('is refused to another organisation (404) and to a role without the permission (403)', async () => {
    const aarhus = await t.as('sekretariat@aarhus.demo');
    expect((await aarhus.api('POST', `/applications/${robotId}/record-export`, { purpose: 'archive' })).status).toBe(404);
    const reviewer = await t.as('bedoemmer@vejle.demo');
    expect((await reviewer.api('POST', `/applications/${robotId}/record-export`, { purpose: 'archive' })).status).toBe(403);
    const journal = await (await t.as('sekretariat@vejle.demo')).api('GET', `/applications/${robotId}/journal`);
    expect(journal.status).toBe(200);
  });
});
