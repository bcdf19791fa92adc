import type { Db } from '../../db/client.js';
import { z } from 'zod';
import { authorizeIdentityAdmin, requireSameOrganisation } from '../../policies/identity.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadProvider } from './load-provider.js';
import { providerInfo, type IdentityProviderInfo } from './provider-info.js';
import { providerInputSchema } from './schemas.js';

/** The provider, when the page names its organisation too: a provider of another organisation "does not exist" there. */
const inputSchema = providerInputSchema.extend({ organisationId: z.string().optional() });

export async function getIdentityProvider(db: Db, actor: Actor, input: unknown): Promise<IdentityProviderInfo> {
  const { providerId, organisationId } = parseInput(inputSchema, input);
  const provider = await loadProvider(db, providerId);
  authorizeIdentityAdmin(actor, provider.organisationId);
  if (organisationId !== undefined) requireSameOrganisation(provider, organisationId);
  return providerInfo(provider);
}
