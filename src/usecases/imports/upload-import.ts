import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { importBatches } from '../../db/schema/imports.js';
import { guessMapping } from '../../domain/project-import.js';
import { AppError, validationFailed } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { readSpreadsheet } from './read-spreadsheet.js';

export const uploadImportSchema = z.object({
  organisationId: z.uuid({ error: 'Vælg organisationen' }),
  fileName: z.string(),
  data: z.instanceof(Uint8Array).optional(),
});

/** More rows than this is not a list of projects (and would make the batch row unreasonably large). */
export const MAX_IMPORT_ROWS = 5000;

/**
 * Keep an uploaded project list (all its sheets, parsed) as a batch, with a first guess of the column
 * mapping, so mapping and preview work without JavaScript and the file is read once.
 */
export async function uploadImport(db: Db, actor: Actor, input: unknown, opts: { maxBytes: number }): Promise<{ batchId: string }> {
  const data = parseInput(uploadImportSchema, input);
  authorize(actor, 'import.run', data.organisationId);
  if (!data.data || data.data.byteLength === 0) throw validationFailed({ file: 'Vælg en fil (.xlsx eller .csv)' });
  if (data.data.byteLength > opts.maxBytes) throw new AppError('PAYLOAD_TOO_LARGE');
  const sheets = await readSpreadsheet(data.fileName, data.data);
  const tooLong = sheets.find((s) => s.rows.length > MAX_IMPORT_ROWS);
  if (tooLong)
    throw validationFailed({ file: `Arket '${tooLong.name}' har ${tooLong.rows.length} rækker; der kan højst importeres ${MAX_IMPORT_ROWS} ad gangen` });
  const first = sheets[0];
  if (!first || first.headers.length === 0) throw validationFailed({ file: 'Filen er tom' });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(importBatches)
      .values({
        organisationId: data.organisationId,
        fileName: data.fileName,
        sheets,
        sheet: first.name,
        headers: first.headers,
        rows: first.rows,
        mapping: guessMapping(first.headers),
        uploadedByUserId: actor.userId,
      })
      .returning({ id: importBatches.id });
    if (!row) throw new Error('uploadImport: no row');
    await recordAudit(tx, actor, {
      action: 'import.uploaded',
      objectType: 'import_batch',
      objectId: row.id,
      organisationId: data.organisationId,
      after: { fileName: data.fileName, sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length })) },
    });
    return { batchId: row.id };
  });
}
