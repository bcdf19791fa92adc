import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { reportStatusInfo } from '../../domain/follow-up.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { listReportsDue, listReportsDueSchema } from './list-reports-due.js';

export const exportReportsDueSchema = listReportsDueSchema.extend({ format: z.enum(['csv', 'xlsx'], { error: 'Vælg formatet csv eller xlsx' }) });

export interface ReportsDueFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

const HEAD = ['Sagsnr.', 'Projekt', 'Pulje', 'Enhed', 'Projektleder', 'Rapport', 'Frist', 'Status', 'Dage over fristen'];

/** The reports-due table as CSV (UTF-8 with BOM, semicolons: what Danish Excel opens) or XLSX, with the page's filters. */
export async function exportReportsDue(db: Db, actor: Actor, input: unknown, opts: { today?: string } = {}): Promise<ReportsDueFile> {
  const { format, ...filters } = parseInput(exportReportsDueSchema, input);
  const due = await listReportsDue(db, actor, filters, opts);
  const table: (string | number)[][] = [
    HEAD,
    ...due.rows.map((r) => [
      r.caseNumber,
      r.projectTitle,
      r.poolName,
      r.departmentName ?? '',
      r.leadName,
      r.reportTitle,
      r.dueOn,
      reportStatusInfo[r.status].label.da,
      Math.max(0, r.daysOverdue),
    ]),
  ];
  if (format === 'csv') {
    const text = '\uFEFF' + table.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
    return { fileName: 'opfoelgningsrapporter.csv', contentType: 'text/csv; charset=utf-8', body: new TextEncoder().encode(text) };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Velfærdsteknologipuljer';
  const ws = wb.addWorksheet('Rapporter', { views: [{ state: 'frozen', ySplit: 1 }] });
  table.forEach((row, i) => {
    const r = ws.addRow(row);
    if (i === 0) r.font = { bold: true };
  });
  ws.columns.forEach((col, j) => {
    col.width = Math.min(60, Math.max(10, ...table.map((row) => String(row[j] ?? '').length + 2)));
  });
  const buffer = await wb.xlsx.writeBuffer();
  return {
    fileName: 'opfoelgningsrapporter.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}

function csvCell(cell: string | number): string {
  if (typeof cell === 'number') return String(cell);
  // Text a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
