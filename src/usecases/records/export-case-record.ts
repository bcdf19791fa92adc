import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipArchive } from 'archiver';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applicationAttachments } from '../../db/schema/applications.js';
import { caseRecordExports } from '../../db/schema/case-records.js';
import { followUpReportAttachments } from '../../db/schema/projects.js';
import { formatDate } from '../../domain/dates.js';
import { assertMayExportCase } from '../../policies/records.js';
import { recordAudit } from '../shared/audit.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { gatherCaseRecord, type CaseRecord } from './case-record.js';
import { exportCaseRecordSchema } from './export-schema.js';
import { buildJournalList, type JournalEntry } from './journal-list.js';
import { loadCase } from './load-case.js';

/** Prints the case record to PDF (the web layer renders its view and prints it with Chromium). */
export type CaseRecordPdfRenderer = (record: CaseRecord) => Promise<Uint8Array>;

export interface CaseRecordExport {
  exportId: string;
  fileName: string;
  /** The ZIP on disk; stream it, then call `cleanup`. */
  filePath: string;
  sizeBytes: number;
  sha256: string;
  documentCount: number;
  withheldFieldCount: number;
  cleanup: () => Promise<void>;
}

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The journal list as CSV (UTF-8 with BOM, semicolons, as Danish spreadsheets read it). */
export function journalCsv(entries: JournalEntry[]): string {
  const rows = [['Dato', 'Emne', 'Sagsnummer', 'Dokument-id', 'Fil'].map(csvCell).join(';')];
  for (const e of entries) rows.push([formatDate(e.date, 'da'), e.subject, e.caseNumber, e.documentId, e.file?.zipPath ?? ''].map(csvCell).join(';'));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/**
 * Exports a case's full record as a ZIP — `sag.pdf` (every version, screening, questions, reviews,
 * recommendation, decision, ledger, reports, evaluation, outcome decisions, audit trail and the
 * journal list), `journalliste.csv` and every attachment under `bilag/` — for aktindsigt (withheld
 * fields left out and said so) or for the archive (complete). The ZIP is streamed to a temporary file
 * one attachment at a time (never the whole case in memory), hashed, and recorded in
 * `case_record_exports` with its audit event in one transaction before it is handed out.
 */
export async function exportCaseRecord(db: Db, actor: Actor, input: unknown, renderPdf: CaseRecordPdfRenderer): Promise<CaseRecordExport> {
  const { applicationId, purpose } = parseInput(exportCaseRecordSchema, input);
  const app = await loadCase(db, applicationId);
  assertMayExportCase(actor, app);
  const journal = await buildJournalList(db, app);
  const record = await gatherCaseRecord(db, app, purpose, journal);
  const pdf = await renderPdf(record);

  const dir = await mkdtemp(join(tmpdir(), 'sagsudtraek-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const filePath = join(dir, 'export.zip');
    const zip = new ZipArchive({ zlib: { level: 6 } });
    const out = createWriteStream(filePath);
    const done = new Promise<void>((resolve, reject) => {
      out.on('close', resolve);
      out.on('error', reject);
      zip.on('error', reject);
    });
    zip.pipe(out);
    zip.append(Buffer.from(pdf), { name: 'sag.pdf' });
    zip.append(journalCsv(journal), { name: 'journalliste.csv' });
    for (const e of journal) {
      if (!e.file) continue;
      const table = e.file.source === 'application' ? applicationAttachments : followUpReportAttachments;
      const [row] = await db.select({ data: table.data }).from(table).where(eq(table.id, e.file.attachmentId));
      if (row) zip.append(Buffer.from(row.data), { name: e.file.zipPath });
    }
    await zip.finalize();
    await done;

    const hash = createHash('sha256');
    await new Promise<void>((resolve, reject) =>
      createReadStream(filePath)
        .on('data', (c) => hash.update(c))
        .on('end', resolve)
        .on('error', reject),
    );
    const sha256 = hash.digest('hex');
    const sizeBytes = (await stat(filePath)).size;
    const withheldFieldCount = record.withheld.length;
    const exportId = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(caseRecordExports)
        .values({
          applicationId: app.id,
          organisationId: app.organisationId,
          purpose,
          exportedByUserId: actor.userId,
          sha256,
          sizeBytes,
          documentCount: journal.length,
          withheldFieldCount,
        })
        .returning({ id: caseRecordExports.id });
      await recordAudit(tx, actor, {
        action: 'case.record_exported',
        objectType: 'application',
        objectId: app.id,
        organisationId: app.organisationId,
        after: { purpose, sha256, sizeBytes, documentCount: journal.length, withheldFieldCount },
      });
      return row!.id;
    });
    const fileName = `${app.caseNumber.replace(/[^\w.-]+/g, '_')}-${purpose}.zip`;
    return { exportId, fileName, filePath, sizeBytes, sha256, documentCount: journal.length, withheldFieldCount, cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
