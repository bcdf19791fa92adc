import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import { staffStatusLabel } from '../../domain/application-workflow.js';
import { recommendationLabels } from '../../domain/evaluation.js';
import type { Actor } from '../shared/actor.js';
import { getPortfolio } from './get-portfolio.js';

type Cell = string | number | { oere: number };

/** The portfolio as an XLSX workbook (projects, money per year, phases), with the same filters as the page. */
export async function exportPortfolio(db: Db, actor: Actor, input: unknown): Promise<{ fileName: string; contentType: string; body: Uint8Array }> {
  const p = await getPortfolio(db, actor, input);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Velfærdsteknologipuljer';
  sheet(wb, 'Projekter', [
    [
      'Sagsnr.',
      'Projekt',
      'Pulje',
      'Fase',
      'Enhed',
      'Bevilget (kr.)',
      'Udbetalt (kr.)',
      'Tilbageført (kr.)',
      'Rapporter for sent',
      'Mål på sporet',
      'Mål ikke på sporet',
      'Anbefaling',
    ],
    ...p.projects.map((r): Cell[] => [
      r.caseNumber,
      r.title,
      r.poolName,
      staffStatusLabel[r.state].da,
      r.leadDepartmentName ?? '',
      { oere: r.committedOere },
      { oere: r.paidOere },
      { oere: r.returnedOere },
      r.overdueReports,
      r.goalsOnTrack,
      r.goalsOffTrack,
      r.recommendation ? recommendationLabels[r.recommendation].da : '',
    ]),
  ]);
  sheet(wb, 'Penge pr. år', [
    ['År', 'Bevilget (kr.)', 'Udbetalt (kr.)', 'Tilbageført (kr.)'],
    ...p.years.map((y): Cell[] => [y.year, { oere: y.committedOere }, { oere: y.paidOere }, { oere: y.returnedOere }]),
  ]);
  sheet(wb, 'Faser', [['Fase', 'Projekter'], ...p.byPhase.map((f): Cell[] => [staffStatusLabel[f.state].da, f.count])]);
  const buffer = await wb.xlsx.writeBuffer();
  return {
    fileName: 'portefoelje.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}

function sheet(wb: ExcelJS.Workbook, name: string, table: Cell[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  table.forEach((row, i) => {
    const r = ws.addRow(row.map((c) => (typeof c === 'object' ? c.oere / 100 : c)));
    row.forEach((c, j) => {
      if (typeof c === 'object') r.getCell(j + 1).numFmt = '#,##0.00';
    });
    if (i === 0) r.font = { bold: true };
  });
  ws.columns.forEach((col, j) => {
    col.width = Math.min(50, Math.max(10, ...table.map((row) => String(typeof row[j] === 'object' ? '0000000000,00' : (row[j] ?? '')).length + 2)));
  });
}
