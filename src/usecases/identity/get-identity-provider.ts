import type { Db } from '../../db/client.js';
import { authorizeIdentityAdmin } from '../../policies/identity.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadProvider } from './load-provider.js';
import { providerInfo, type IdentityProviderInfo } from './provider-info.js';
import { providerInputSchema } from './schemas.js';

export async function getIdentityProvider(db: Db, actor: Actor, input: unknown): Promise<IdentityProviderInfo> {
  const { providerId } = parseInput(providerInputSchema, input);
  const provider = await loadProvider(db, providerId);
  authorizeIdentityAdmin(actor, provider.organisationId);
  return providerInfo(provider);
}
