import { z } from 'zod';
import { CASE_EXPORT_PURPOSES } from '../../db/schema/case-records.js';
import { caseIdSchema } from './load-case.js';

export type CaseExportPurpose = (typeof CASE_EXPORT_PURPOSES)[number];

export const exportCaseRecordSchema = caseIdSchema.extend({
  purpose: z.enum(CASE_EXPORT_PURPOSES, { error: 'Vælg formålet: aktindsigt eller arkivering' }),
});
