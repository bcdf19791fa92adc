import { z } from 'zod';
import { pageInputSchema } from '../shared/keyset.js';
import { applicationPatchSchema } from '../../domain/application-content.js';
import { ADVICE_TOPICS, IDEA_ASSESSMENTS } from '../../db/schema/applications.js';

/** One schema per use case input, shared by the forms and the API. */

const id = (what: string) =>
  z
    .string({ error: `Angiv ${what}` })
    .trim()
    .min(1, { error: `Angiv ${what}` });
const title = z.string({ error: 'Angiv en titel' }).trim().min(1, { error: 'Angiv en titel' }).max(200, { error: 'Højst 200 tegn' });

export const createIdeaSchema = z.object({
  poolId: id('puljen'),
  title,
  summary: z.string({ error: 'Skal være en tekst' }).trim().max(2000, { error: 'Højst 2000 tegn' }).default(''),
  needAnalysis: z
    .string({ error: 'Beskriv behovet' })
    .trim()
    .min(1, { error: 'Beskriv behovet: hvilket problem skal løses, og for hvem?' })
    .max(10_000, { error: 'Højst 10000 tegn' }),
});

export const listIdeasSchema = pageInputSchema.extend({ poolId: z.string().optional() });

export const adviseIdeaSchema = z.object({
  ideaId: id('idéen'),
  /** Required for the secretariat's advice; the author's replies may leave it out. */
  topic: z.enum(ADVICE_TOPICS, { error: 'Vælg emnet: projektledelse, økonomi, jura eller kommunikation' }).optional(),
  body: z.string({ error: 'Skriv en besked' }).trim().min(1, { error: 'Skriv en besked' }).max(10_000, { error: 'Højst 10000 tegn' }),
});

export const assessIdeaSchema = z.object({
  ideaId: id('idéen'),
  assessment: z.enum(IDEA_ASSESSMENTS, { error: 'Vælg en vurdering: lovende, brug for en ny vinkel eller passer ikke til puljen' }),
  note: z.string({ error: 'Skal være en tekst' }).trim().max(4000, { error: 'Højst 4000 tegn' }).default(''),
});

export const convertIdeaSchema = z.object({ ideaId: id('idéen') });

export const createApplicationSchema = z.object({ poolId: id('puljen'), title });

export const updateApplicationSchema = applicationPatchSchema.extend({ applicationId: id('ansøgningen') });

export const applicationIdSchema = z.object({ applicationId: id('ansøgningen') });

export const listApplicationsSchema = pageInputSchema.extend({
  poolId: z.string().optional(),
  /** Only the ones I lead or co-apply for. */
  mine: z.boolean().optional(),
});

export const withdrawApplicationSchema = z.object({
  applicationId: id('ansøgningen'),
  reason: z.string({ error: 'Skal være en tekst' }).trim().max(2000, { error: 'Højst 2000 tegn' }).default(''),
});

export const coApplicantSchema = z.object({
  applicationId: id('ansøgningen'),
  email: z
    .string({ error: 'Angiv kollegaens e-mailadresse' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'Angiv en gyldig e-mailadresse, fx navn@kommune.dk' })),
});

export const removeCoApplicantSchema = z.object({ applicationId: id('ansøgningen'), userId: id('medansøgeren') });

export const compareVersionsSchema = z.object({
  applicationId: id('ansøgningen'),
  from: z.coerce.number({ error: 'Angiv en version' }).int({ error: 'Angiv en version' }).min(0, { error: 'Angiv en version' }),
  /** A version number, or 0 for the current (unsubmitted) text. */
  to: z.coerce.number({ error: 'Angiv en version' }).int({ error: 'Angiv en version' }).min(0, { error: 'Angiv en version' }),
});

export const uploadAttachmentSchema = z.object({
  applicationId: id('ansøgningen'),
  fileName: z.string({ error: 'Vælg en fil' }).trim().min(1, { error: 'Vælg en fil' }).max(255, { error: 'Filnavnet er for langt (højst 255 tegn)' }),
  data: z.instanceof(Uint8Array, { error: 'Vælg en fil' }),
});

/** For the OpenAPI document: the multipart body of uploadAttachment. */
export const uploadAttachmentFormSchema = z.object({ file: z.string().describe('The file (PDF, Office document or image), as multipart/form-data') });
