import ExcelJS from 'exceljs';
import { AppError } from '../../errors.js';

export interface SheetData {
  name: string;
  headers: string[];
  rows: string[][];
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a ZIP container

/** The sheets of an uploaded .xlsx or .csv, every cell as text (first row: the headers). Refuses other files with a Danish message. */
export async function readSpreadsheet(fileName: string, data: Uint8Array): Promise<SheetData[]> {
  const lower = fileName.toLowerCase();
  const isZip = XLSX_MAGIC.every((b, i) => data[i] === b);
  if (lower.endsWith('.xlsx') && isZip) return readXlsx(data);
  if (lower.endsWith('.csv') && !isZip) return [toSheet('CSV', parseCsv(decodeText(data)))];
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
    message: { da: 'Vælg en Excel-fil (.xlsx) eller en CSV-fil (.csv).', en: 'Choose an Excel file (.xlsx) or a CSV file (.csv).' },
  });
}

function toSheet(name: string, table: string[][]): SheetData {
  const [head = [], ...rows] = table;
  const headers = head.map((h, i) => h.trim() || `Kolonne ${i + 1}`);
  return { name, headers, rows: rows.map((r) => headers.map((_, i) => r[i] ?? '')) };
}

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252, what older Danish Excel saves. */
function decodeText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** RFC 4180 with the separator Danish Excel writes (semicolon) or a comma, whichever the header line uses more. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

async function readXlsx(data: Uint8Array): Promise<SheetData[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: { da: 'Excel-filen kunne ikke læses.', en: 'The Excel file could not be read.' } });
  }
  const sheets: SheetData[] = [];
  wb.eachSheet((ws) => {
    const table: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (r, n) => {
      const cells: string[] = [];
      r.eachCell({ includeEmpty: true }, (c, col) => {
        cells[col - 1] = cellText(c.value);
      });
      table[n - 1] = Array.from(cells, (v) => v ?? '');
    });
    const filled = Array.from(table, (r) => r ?? []);
    if (filled.length > 0) sheets.push(toSheet(ws.name, filled));
  });
  if (sheets.length === 0)
    throw new AppError('VALIDATION_FAILED', { message: { da: 'Excel-filen har ingen ark med data.', en: 'The Excel file has no sheet with data.' } });
  return sheets;
}

/**
 * A cell as the text a person would type: dates as `YYYY-MM-DD` (Excel stores them as UTC midnight),
 * numbers with a decimal comma (so `1234.5` becomes `1234,5`, which the Danish amount parser reads),
 * formulas by their result, rich text by its plain text.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((p) => p.text).join('');
  if ('text' in value) return String(value.text);
  return '';
}
