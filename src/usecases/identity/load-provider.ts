import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { identityProviders } from '../../db/schema/identity.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../domain/ids.js';

/** One provider by id, or NOT_FOUND (a malformed id too). */
export async function loadProvider(db: Db, providerId: string) {
  if (!isUuid(providerId)) throw notFound();
  const [provider] = await db.select().from(identityProviders).where(eq(identityProviders.id, providerId));
  if (!provider) throw notFound();
  return provider;
}
