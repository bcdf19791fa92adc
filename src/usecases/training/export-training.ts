import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { trainingLevelLabels } from '../../domain/training.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { getTrainingOverview, type TrainingOverview } from './get-training-overview.js';

export const exportTrainingSchema = z.object({
  departmentId: z.string(),
  format: z.enum(['csv', 'xlsx'], { error: 'Vælg formatet csv eller xlsx' }),
});

/** A unit's training records (and, in XLSX, what is due) as CSV for Danish Excel (BOM, semicolons) or XLSX. */
export async function exportTraining(
  db: Db,
  actor: Actor,
  input: unknown,
  now: Date = new Date(),
): Promise<{ fileName: string; contentType: string; body: Uint8Array }> {
  const overview = await getTrainingOverview(db, actor, input, now); // authorizes training.view
  const { format } = parseInput(exportTrainingSchema, input);
  const base = `uddannelse-${slug(overview.unit.name)}`;
  if (format === 'csv') {
    const text =
      '\uFEFF' +
      recordsTable(overview)
        .map((row) => row.map(csvCell).join(';'))
        .join('\r\n') +
      '\r\n';
    return { fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: new TextEncoder().encode(text) };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Velfærdsteknologipuljer';
  addSheet(wb, 'Uddannede', recordsTable(overview));
  addSheet(wb, 'Forfalder', dueTable(overview));
  const buffer = await wb.xlsx.writeBuffer();
  return {
    fileName: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}

function recordsTable(o: TrainingOverview): string[][] {
  return [
    ['Enhed', 'Teknologi', 'Navn', 'Niveau', 'Uddannet', 'Genopfriskes senest', 'Registreret af'],
    ...o.records.map((r) => [o.unit.name, r.technology, r.personName, trainingLevelLabels[r.level].da, r.trainedOn, r.refreshDueOn, r.recordedByName]),
  ];
}

function dueTable(o: TrainingOverview): string[][] {
  return [
    ['Teknologi', 'Hvad', 'Navn', 'Niveau', 'Senest'],
    ...o.due.map((d) =>
      d.kind === 'planned'
        ? [d.technology, 'Ingen uddannet endnu', '', '', '']
        : [d.technology, d.overdue ? 'Genopfriskning overskredet' : 'Genopfriskning', d.personName, trainingLevelLabels[d.level].da, d.dueOn],
    ),
  ];
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Text a spreadsheet would run as a formula gets an apostrophe first (CSV injection). */
function csvCell(cell: string): string {
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function addSheet(wb: ExcelJS.Workbook, name: string, table: string[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  table.forEach((row, i) => {
    const r = ws.addRow(row);
    if (i === 0) r.font = { bold: true };
  });
  ws.columns.forEach((c) => (c.width = 24));
}
