import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKronerInput } from '../../src/domain/money.js';
import { adjustBudget } from '../../src/usecases/ledger/adjust-budget.js';
import { recordCommitment } from '../../src/usecases/ledger/record-commitment.js';
import { recordPayout } from '../../src/usecases/ledger/record-payout.js';
import { recordReturn } from '../../src/usecases/ledger/record-return.js';
import { paths } from '../../src/paths.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { MIO, buildLedgerPool, buildLedgerApplication, vejleLedgerSpec, type LedgerTestPool } from '../support/factories.js';

let t: TestApp;
let pool: LedgerTestPool;
beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildLedgerPool(t.db, vejleLedgerSpec());
  const sek = await t.actor('sekretariat@vejle.demo');
  const fin = await t.actor('oekonomi@vejle.demo');
  const a = await buildLedgerApplication(t.db, pool, { title: 'Skærmbesøg; "pilot"' });
  const b = await buildLedgerApplication(t.db, pool, { title: '=HYPERLINK("x")', budgetLine: 'innovation' });
  await recordCommitment(
    t.db,
    sek,
    {
      poolId: pool.poolId,
      applicationId: a,
      budgetLineId: pool.lines.ordinaer,
      split: [
        { year: 2023, amountOere: 1_234_567_89 },
        { year: 2024, amountOere: 500_000_00 },
      ],
      reference: 'Rådet 2. marts 2023, punkt 4',
      reason: 'Godkendt',
    },
    { today: '2021-06-01' },
  );
  await recordCommitment(
    t.db,
    sek,
    {
      poolId: pool.poolId,
      applicationId: b,
      budgetLineId: pool.lines.innovation,
      split: [{ year: 2021, amountOere: 250_000_50 }],
      reference: 'Direktørerne',
      reason: 'Afprøvning',
    },
    { today: '2021-06-01' },
  );
  await recordPayout(t.db, fin, { applicationId: a, budgetLineId: pool.lines.ordinaer, year: 2023, amountOere: 600_000_01, reference: '1234-5678-90' });
  await recordReturn(t.db, fin, {
    applicationId: b,
    budgetLineId: pool.lines.innovation,
    year: 2021,
    amountOere: 50_000_25,
    reference: 'Bilag 7',
    reason: 'Ikke brugt',
  });
  await adjustBudget(t.db, sek, {
    poolId: pool.poolId,
    budgetLineId: pool.lines.ordinaer,
    year: 2024,
    amountOere: -1 * MIO,
    reference: 'Byrådet',
    reason: 'Besparelse',
  });
});
afterAll(() => t.close());

const fromCsvKroner = (s: string) => {
  const m = /^(-?)(\d+),(\d{2})$/.exec(s);
  if (!m) throw new Error(`not an amount: ${s}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};

/** Split one CSV line with ; and "" quoting. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The whole pool's totals as the page shows them (the tfoot of "Hele puljen pr. år"). */
async function pageTotals(): Promise<number[]> {
  const html = await (await (await t.as('oekonomi@vejle.demo')).get(paths.ledger.pool({ poolId: pool.poolId }))).text();
  const section = html.slice(html.indexOf('id="pool-total"'));
  const tfoot = section.slice(section.indexOf('<tfoot>'), section.indexOf('</tfoot>'));
  const cells = [...tfoot.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1] ?? '');
  return cells.map((c) => {
    const v = parseKronerInput(c.replace(/&nbsp;/g, ' '));
    if (v === null) throw new Error(`not kroner: ${c}`);
    return v;
  });
}

describe('ledger exports', () => {
  it('CSV: UTF-8 with BOM, semicolons, Danish headings, kroner with decimal comma, and the page’s totals', async () => {
    const res = await (await t.as('oekonomi@vejle.demo')).get(paths.ledger.summaryCsv({ poolId: pool.poolId }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    const head = csvFields(lines[0] ?? '');
    expect(head.slice(0, 7)).toEqual(['Budgetlinje', 'År', 'Budget (kr.)', 'Bevilget (kr.)', 'Udbetalt (kr.)', 'Tilbageført (kr.)', 'Rest (kr.)']);
    expect(lines).toHaveLength(1 + 8 + 1); // two lines × four years + total
    const total = csvFields(lines[lines.length - 1] ?? '');
    expect(total[0]).toBe('I alt');
    const csvTotals = total.slice(2, 7).map(fromCsvKroner);
    expect(csvTotals).toEqual(await pageTotals());
    // Rows add up to the total row, to the øre.
    const sums = [0, 0, 0, 0, 0];
    for (const l of lines.slice(1, -1))
      csvFields(l)
        .slice(2, 7)
        .forEach((v, i) => (sums[i] = (sums[i] ?? 0) + fromCsvKroner(v)));
    expect(sums).toEqual(csvTotals);
    expect(csvTotals).toEqual([19 * MIO, 1_984_568_39, 600_000_01, 50_000_25, 19 * MIO - 1_984_568_39 + 50_000_25]);
  });

  it('entries CSV quotes text with semicolons and quotes and defuses formulas', async () => {
    const res = await (await t.as('sekretariat@vejle.demo')).get(paths.ledger.entriesCsv({ poolId: pool.poolId }));
    const text = new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(3));
    expect(text).toContain('"Skærmbesøg; ""pilot"""');
    expect(text).toContain(`'=HYPERLINK(""x"")`);
    expect(text).toContain('-1000000,00');
    const rows = text.trimEnd().split('\r\n');
    expect(csvFields(rows[0] ?? '')).toContain('Beløb (kr.)');
    // heading + budget 2021, 2023, 2024 (2022 is 0 kr.: no entry) + three commitment years + payout + return + adjustment
    expect(rows.length).toBe(1 + 3 + 3 + 1 + 1 + 1);
  });

  it('XLSX: an overview sheet with numeric kroner cells, a number format and the page’s totals, and an entries sheet', async () => {
    const res = await (await t.as('raad@vejle.demo')).api('GET', `/pools/${pool.poolId}/ledger/export?format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet('Oversigt');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getRow(1).getCell(3).value).toBe('Budget (kr.)');
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('I alt');
    const cell = last.getCell(3);
    expect(typeof cell.value).toBe('number');
    expect(cell.numFmt).toBe('#,##0.00');
    const xlsxTotals = [3, 4, 5, 6, 7].map((c) => Math.round(Number(last.getCell(c).value) * 100));
    expect(xlsxTotals).toEqual(await pageTotals());
    const entries = wb.getWorksheet('Posteringer');
    expect(entries?.getRow(1).getCell(6).value).toBe('Beløb (kr.)');
    expect(entries?.rowCount).toBeGreaterThan(5);
  });

  it('refuses an unknown format with a Danish field error', async () => {
    const res = await (await t.as('sekretariat@vejle.demo')).api('GET', `/pools/${pool.poolId}/ledger/export?format=pdf`);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields.format).toBe('Vælg formatet csv eller xlsx');
  });
});
