import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { departments, organisations } from '../../db/schema/organisations.js';
import { AppError, forbidden } from '../../errors.js';
import { mayCreateAccounts } from '../../policies/accounts.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';

export const createOrganisationSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{2,40}$/, 'Koden må kun indeholde små bogstaver, tal og bindestreg (2-40 tegn)'),
  name: z.string().trim().min(1, 'Angiv et navn').max(200),
  municipalityCode: z
    .string()
    .regex(/^\d{3}$/, 'Kommunekoden er tre cifre')
    .optional(),
  departments: z.array(z.string().trim().min(1).max(200)).default([]),
});

export async function createOrganisation(db: Db, actor: Actor | null, input: unknown): Promise<{ id: string; slug: string }> {
  if (!mayCreateAccounts(actor)) throw forbidden();
  const data = parseInput(createOrganisationSchema, input);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, data.slug));
    if (existing) throw new AppError('ALREADY_EXISTS', { fields: { slug: 'Der findes allerede en organisation med den kode' } });
    const [org] = await tx
      .insert(organisations)
      .values({ slug: data.slug, name: data.name, municipalityCode: data.municipalityCode })
      .returning({ id: organisations.id, slug: organisations.slug });
    if (!org) throw new Error('insert returned no row');
    if (data.departments.length > 0) {
      await tx.insert(departments).values(data.departments.map((name) => ({ organisationId: org.id, name })));
    }
    await recordAudit(tx, actor, { action: 'organisation.created', objectType: 'organisation', objectId: org.id, organisationId: org.id, after: data });
    return org;
  });
}
