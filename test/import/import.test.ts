import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries, importBatches, organisations } from '../../src/db/schema/index.js';
import { importProjects } from '../../src/usecases/imports/run-import.js';
import { uploadImport } from '../../src/usecases/imports/upload-import.js';
import { parseImportAmount, parseImportDate } from '../../src/domain/project-import.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectRefusal } from '../support/expect-refusal.js';

let t: TestApp;
let aarhusId = '';
const MAX = 10 * 1024 * 1024;
const mapping = {
  key: 'Sagsnr.',
  title: 'Titel',
  summary: 'Resumé',
  problem: 'Problem',
  unit: 'Enhed',
  periodStart: 'Start',
  periodEnd: 'Slut',
  budget: 'Budget (kr.)',
  spent: 'Forbrug (kr.)',
  outcome: 'Resultat',
};
const headers = Object.values(mapping);

beforeAll(async () => {
  t = await createTestApp('demo');
  const [org] = await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'aarhus'));
  aarhusId = org?.id ?? '';
});
afterAll(() => t?.close());

const csv = (rows: string[][]) => new TextEncoder().encode('\uFEFF' + [headers, ...rows].map((r) => r.join(';')).join('\r\n'));
const rowsOf = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => [
    `${prefix}-${i + 1}`,
    `Projekt ${prefix} ${i + 1}`,
    'Resumé',
    'Problem',
    'Sundhed og Omsorg',
    '01-01-2020',
    '2020-12-31',
    '1.234,50',
    '1000',
    'Drift',
  ]);
const importedCount = async (prefix: string) =>
  (
    await t.db
      .select({ key: catalogueEntries.importKey })
      .from(catalogueEntries)
      .where(and(eq(catalogueEntries.organisationId, aarhusId), eq(catalogueEntries.source, 'import')))
  ).filter((r) => r.key?.startsWith(`${prefix}-`)).length;

async function upload(fileName: string, data: Uint8Array) {
  return (await uploadImport(t.db, await t.actor('sekretariat@aarhus.demo'), { organisationId: aarhusId, fileName, data }, { maxBytes: MAX })).batchId;
}
async function run(batchId: string, dryRun = false) {
  return importProjects(t.db, await t.actor('sekretariat@aarhus.demo'), { batchId, mapping, dryRun });
}

describe('Danish values', () => {
  it('reads amounts and dates as the seed organisations write them', () => {
    expect(parseImportAmount('1.234,50')).toBe(123450);
    expect(parseImportAmount('1234')).toBe(123400);
    expect(parseImportAmount('12,5x')).toBeNull();
    expect(parseImportDate('31-12-2023')).toBe('2023-12-31');
    expect(parseImportDate('2023-12-31')).toBe('2023-12-31');
    expect(parseImportDate('45291')).toBe('2023-12-31'); // an Excel serial number
    expect(parseImportDate('31-02-2023')).toBeNull();
  });
});

describe('importProjects', () => {
  it('imports the same 200-row file twice as 200 entries, not 400, and the second time changes nothing', async () => {
    const file = csv(rowsOf(200, 'TWICE'));
    const first = await run(await upload('projekter.csv', file));
    expect(first).toMatchObject({ created: 200, updated: 0, errors: [] });
    const second = await run(await upload('projekter.csv', file));
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 200 });
    expect(await importedCount('TWICE')).toBe(200);
    const [entry] = await t.db
      .select()
      .from(catalogueEntries)
      .where(and(eq(catalogueEntries.organisationId, aarhusId), eq(catalogueEntries.importKey, 'TWICE-1')));
    expect(entry).toMatchObject({
      source: 'import',
      budgetOere: 123450,
      spentOere: 100000,
      periodStart: '2020-01-01',
      evaluationOutcome: 'operation',
      visibility: 'organisation',
    });
    expect(entry?.departmentId).not.toBeNull(); // "Sundhed og Omsorg" is an Aarhus department
  });

  it('updates a changed row by its key instead of adding one', async () => {
    await run(await upload('a.csv', csv(rowsOf(3, 'CHG'))));
    const changed = rowsOf(3, 'CHG');
    changed[1]![1] = 'Nyt navn';
    const result = await run(await upload('a.csv', csv(changed)));
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await importedCount('CHG')).toBe(3);
  });

  it('names the row and the column of a bad amount or date, in Danish, and saves nothing from the file', async () => {
    const rows = rowsOf(20, 'BAD');
    rows[12]![8] = '12,5x'; // row 14 of the sheet (header is row 1)
    rows[15]![5] = '31-13-2020';
    const batchId = await upload('fejl.csv', csv(rows));
    const preview = await run(batchId, true);
    expect(preview.errors.map((e) => e.message)).toEqual([
      "Række 14, kolonne 'Forbrug (kr.)': '12,5x' er ikke et beløb",
      "Række 17, kolonne 'Start': '31-13-2020' er ikke en dato (skriv fx 31-12-2023 eller 2023-12-31)",
    ]);
    const err = await expectRefusal(run(batchId), 'VALIDATION_FAILED');
    expect(err.fields?.['rows.14.spent']).toBe("Række 14, kolonne 'Forbrug (kr.)': '12,5x' er ikke et beløb");
    expect(await importedCount('BAD')).toBe(0);
    const [batch] = await t.db.select().from(importBatches).where(eq(importBatches.id, batchId));
    expect(batch?.importedAt).toBeNull();
  });

  it('refuses a key twice in one file', async () => {
    const rows = rowsOf(2, 'DUP');
    rows[1]![0] = 'DUP-1';
    const preview = await run(await upload('dup.csv', csv(rows)), true);
    expect(preview.errors.map((e) => e.message)).toEqual(["Række 3, kolonne 'Sagsnr.': 'DUP-1' står også i række 2"]);
  });

  it('reads an .xlsx, its sheets, Excel dates and numbers', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Forside').addRow(['Intet her']);
    const ws = wb.addWorksheet('Projekter');
    ws.addRow(headers);
    ws.addRow(['XL-1', 'Excel-projekt', 'R', 'P', 'Sundhed og Omsorg', new Date(Date.UTC(2022, 0, 31)), new Date(Date.UTC(2022, 11, 31)), 1234.5, 99, 'Stop']);
    const batchId = await upload('projekter.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const result = await importProjects(t.db, await t.actor('sekretariat@aarhus.demo'), { batchId, mapping, sheet: 'Projekter' });
    expect(result.created).toBe(1);
    expect(result.projects[0]).toMatchObject({ periodStart: '2022-01-31', periodEnd: '2022-12-31', budgetOere: 123450, spentOere: 9900, outcome: 'stop' });
  });

  it('imports the sample file under test/fixtures', async () => {
    const data = new Uint8Array(await readFile(new URL('../fixtures/historiske-projekter.csv', import.meta.url)));
    const result = await run(await upload('historiske-projekter.csv', data));
    expect(result).toMatchObject({ created: 3, errors: [] });
    expect(result.projects[1]).toMatchObject({ spentOere: 41234550, periodStart: '2020-01-15' });
  });

  it('refuses a file that is neither .xlsx nor .csv, and another organisation', async () => {
    const actor = await t.actor('sekretariat@aarhus.demo');
    await expectRefusal(
      uploadImport(t.db, actor, { organisationId: aarhusId, fileName: 'x.pdf', data: new TextEncoder().encode('%PDF') }, { maxBytes: MAX }),
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const batchId = await upload('p.csv', csv(rowsOf(1, 'TEN')));
    await expectRefusal(importProjects(t.db, await t.actor('sekretariat@vejle.demo'), { batchId, mapping }), 'NOT_FOUND');
    await expectRefusal(importProjects(t.db, await t.actor('ansoeger@aarhus.demo'), { batchId, mapping }), 'FORBIDDEN');
  });
});

describe('the import pages and API', () => {
  it('uploads, previews with row errors and imports through the pages', async () => {
    const client = await t.as('sekretariat@aarhus.demo');
    const form = new FormData();
    form.append('organisationId', aarhusId);
    form.append('file', new Blob([csv([...rowsOf(1, 'PAGE'), ['PAGE-2', 'To', '', '', '', '', '', '5x', '', '']])]), 'side.csv');
    form.append('_csrf', client.csrfToken);
    const res = await client.request('/import', { method: 'POST', body: form });
    expect(res.status).toBe(303);
    const batchPath = res.headers.get('location') ?? '';
    const page = await (await client.get(batchPath)).text();
    expect(page).toContain('Række 3, kolonne &#39;Budget (kr.)&#39;: &#39;5x&#39; er ikke et beløb');
    const refused = await client.postForm(`${batchPath}/importer`, {});
    expect(refused.status).toBe(422);
    expect(await importedCount('PAGE')).toBe(0);
    // Leave the budget column out of the mapping: the preview is clean and the import goes through.
    const { budget: _budget, ...withoutBudget } = mapping;
    const fields = Object.fromEntries(Object.entries(withoutBudget).map(([k, v]) => [`mapping[${k}]`, v]));
    expect((await client.postForm(batchPath, { ...fields, sheet: 'CSV' })).status).toBe(303);
    const done = await client.postForm(`${batchPath}/importer`, {});
    expect(done.status).toBe(303);
    expect(await importedCount('PAGE')).toBe(2);
  });

  it('serves importProjects with dryRun', async () => {
    const client = await t.as('sekretariat@aarhus.demo');
    const form = new FormData();
    form.append('file', new Blob([csv(rowsOf(2, 'API'))]), 'api.csv');
    form.append('mapping', JSON.stringify(mapping));
    form.append('dryRun', 'true');
    const res = await client.request(`/api/v1/organisations/${aarhusId}/imports`, {
      method: 'POST',
      body: form,
      headers: { 'x-csrf-token': client.csrfToken },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ dryRun: true, created: 2, errors: [] });
    expect(await importedCount('API')).toBe(0);
  });
});
