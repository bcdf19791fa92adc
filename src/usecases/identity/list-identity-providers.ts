import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { identityProviders } from '../../db/schema/identity.js';
import { authorizeIdentityAdmin } from '../../policies/identity.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { providerInfo, type IdentityProviderInfo } from './provider-info.js';
import { organisationInputSchema } from './schemas.js';

/** The organisation's identity providers (a handful per organisation: no pagination). */
export async function listIdentityProviders(db: Db, actor: Actor, input: unknown): Promise<IdentityProviderInfo[]> {
  const { organisationId } = parseInput(organisationInputSchema, input);
  authorizeIdentityAdmin(actor, organisationId);
  const rows = await db
    .select()
    .from(identityProviders)
    .where(eq(identityProviders.organisationId, organisationId))
    .orderBy(asc(identityProviders.displayName), asc(identityProviders.id));
  return rows.map(providerInfo);
}
