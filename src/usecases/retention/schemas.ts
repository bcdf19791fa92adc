import { z } from 'zod';
import { isUuid } from '../../domain/ids.js';

const uuid = (what: string) => z.string().refine(isUuid, { error: `Ukendt ${what}` });

export const DEFAULT_RETENTION_YEARS = 5;
export const retentionOrgSchema = z.object({ organisationId: uuid('organisation') });
export const saveRetentionSettingSchema = z.object({
  organisationId: uuid('organisation'),
  retentionYears: z.coerce
    .number({ error: 'Angiv antal år som et helt tal' })
    .int({ error: 'Angiv antal år som et helt tal' })
    .min(1, { error: 'Mindst 1 år' })
    .max(30, { error: 'Højst 30 år' }),
});
export const deleteCaseSchema = z.object({ organisationId: uuid('organisation'), applicationId: uuid('sag') });
