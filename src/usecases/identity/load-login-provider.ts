import type { Db } from '../../db/client.js';
import type { IdentityProviderKind } from '../../db/schema/identity.js';
import { notFound } from '../../errors.js';
import { loadProvider } from './load-provider.js';

/** An enabled provider a login can start at, and its kind (the start handler dispatches on it); else NOT_FOUND. */
export async function loadLoginProvider(db: Db, providerId: string): Promise<{ id: string; kind: IdentityProviderKind }> {
  const provider = await loadProvider(db, providerId);
  if (!provider.enabled) throw notFound();
  return { id: provider.id, kind: provider.kind };
}
