import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { EntryKind } from '../../domain/ledger.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { getPoolLedger, type LedgerFigures, type PoolLedger } from './get-pool-ledger.js';
import { kindLabel } from './labels.js';
import { queryEntries, type LedgerEntryView } from './list-ledger-entries.js';

export const exportLedgerSchema = z.object({
  poolId: z.string(),
  format: z.enum(['csv', 'xlsx'], { error: 'Vælg formatet csv eller xlsx' }),
  /** CSV holds one table: the overview per line and year (default) or the entries. XLSX holds both. */
  content: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['summary', 'entries'], { error: 'Vælg summary eller entries' }).default('summary')),
});
export type ExportLedgerInput = z.input<typeof exportLedgerSchema>;

export interface LedgerExport {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

/** Columns of the overview, in the page's order; the first five after "År" are the page's table. */
export const summaryColumns: { key: keyof LedgerFigures; heading: string }[] = [
  { key: 'budgetOere', heading: 'Budget (kr.)' },
  { key: 'committedOere', heading: 'Bevilget (kr.)' },
  { key: 'paidOere', heading: 'Udbetalt (kr.)' },
  { key: 'returnedOere', heading: 'Tilbageført (kr.)' },
  { key: 'remainingOere', heading: 'Rest (kr.)' },
  { key: 'setupOere', heading: 'Heraf budget fra opsætningen (kr.)' },
  { key: 'adjustmentsOere', heading: 'Heraf reguleringer (kr.)' },
  { key: 'earmarkOere', heading: 'Heraf øremærkning (kr.)' },
  { key: 'carriedInOere', heading: 'Heraf overført fra året før (kr.)' },
  { key: 'carriedOutOere', heading: 'Overført til året efter (kr.)' },
];

export const TOTAL_LABEL = 'I alt';

/** The ledger as CSV (UTF-8 with BOM, semicolons, kroner with decimal comma: what Danish Excel opens) or XLSX. */
export async function exportLedger(db: Db, actor: Actor, input: unknown): Promise<LedgerExport> {
  const data = parseInput(exportLedgerSchema, input);
  const ledger = await getPoolLedger(db, actor, { poolId: data.poolId }); // authorizes ledger.view
  const base = `oekonomi-${slug(ledger.pool.name)}`;
  if (data.format === 'csv') {
    const table = data.content === 'entries' ? entriesTable(await allEntries(db, ledger)) : summaryTable(ledger);
    const text = '\uFEFF' + table.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
    return {
      fileName: `${base}${data.content === 'entries' ? '-posteringer' : ''}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: new TextEncoder().encode(text),
    };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Velfærdsteknologipuljer';
  addSheet(wb, 'Oversigt', summaryTable(ledger), true);
  addSheet(wb, 'Posteringer', entriesTable(await allEntries(db, ledger)), false);
  const buffer = await wb.xlsx.writeBuffer();
  return {
    fileName: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}

/** A cell: text, or an amount in øre (written as kroner). */
type Cell = string | number | { oere: number };

function summaryTable(ledger: PoolLedger): Cell[][] {
  const head: Cell[] = ['Budgetlinje', 'År', ...summaryColumns.map((c) => c.heading)];
  const rows: Cell[][] = ledger.rows.map((r) => [r.budgetLineName, r.year, ...summaryColumns.map((c) => ({ oere: r[c.key] }))]);
  const total: Cell[] = [TOTAL_LABEL, '', ...summaryColumns.map((c) => ({ oere: ledger.totals[c.key] }))];
  return [head, ...rows, total];
}

function entriesTable(entries: LedgerEntryView[]): Cell[][] {
  const head: Cell[] = [
    'Løbenr.',
    'Registreret',
    'Budgetlinje',
    'År',
    'Type',
    'Beløb (kr.)',
    'Projekt',
    'Sagsnr.',
    'Modtager (enhed)',
    'Reference',
    'Begrundelse',
    'Retter postering',
    'Registreret af',
  ];
  const seqOf = new Map(entries.map((e) => [e.id, e.seq]));
  return [
    head,
    ...entries.map((e) => [
      e.seq,
      e.recordedAt.slice(0, 10),
      e.budgetLineName,
      e.year,
      kindLabel(e.kind as EntryKind, e.amountOere, e.reversesEntryId !== null).da,
      { oere: e.amountOere },
      e.applicationTitle ?? '',
      e.caseNumber ?? '',
      e.payeeDepartmentName ?? '',
      e.reference,
      e.reason,
      e.reversesEntryId ? String(seqOf.get(e.reversesEntryId) ?? e.reversesEntryId) : '',
      e.recordedByName ?? '',
    ]),
  ];
}

async function allEntries(db: Db, ledger: PoolLedger): Promise<LedgerEntryView[]> {
  return (await queryEntries(db, ledger.pool.id, { limit: 10_000_000, offset: 0, order: 'oldest' })).entries;
}

/** Kroner with a decimal comma and no thousands separator, e.g. -1234,50 (Danish Excel reads it as a number). */
export function kronerCsv(oere: number): string {
  const sign = oere < 0 ? '-' : '';
  const abs = Math.abs(oere);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

function csvCell(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return kronerCsv(cell.oere);
  // Text that a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function addSheet(wb: ExcelJS.Workbook, name: string, table: Cell[][], totalRow: boolean): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  table.forEach((row, i) => {
    const r = ws.addRow(row.map((c) => (typeof c === 'object' ? c.oere / 100 : c)));
    row.forEach((c, j) => {
      if (typeof c === 'object') {
        const cell = r.getCell(j + 1);
        cell.numFmt = '#,##0.00';
        cell.alignment = { horizontal: 'right' };
      }
    });
    if (i === 0 || (totalRow && i === table.length - 1)) r.font = { bold: true };
  });
  ws.columns.forEach((col, j) => {
    const widest = Math.max(...table.map((row) => String(typeof row[j] === 'object' ? '0000000000,00' : (row[j] ?? '')).length));
    col.width = Math.min(60, Math.max(10, widest + 2));
  });
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'pulje'
  );
}
