import type { CacheItem, CacheProvider } from '@node-saml/node-saml';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginStates } from '../../db/schema/identity.js';
import { paths } from '../../paths.js';
import { sha256 } from '../accounts/secrets.js';
import { SAML_REQUEST_TTL_MS } from './saml-service-provider.js';

/** The row's key: the hash of the AuthnRequest id, prefixed so it can never meet an OIDC state's hash. */
const keyOf = (requestId: string) => sha256(`saml:${requestId}`);

/**
 * node-saml's request-id cache over `login_states`, so any instance can take the response. node-saml
 * saves the AuthnRequest's id and looks it up (more than once) while it validates; the single use is
 * ours: `claim` deletes the row after validation (one DELETE … RETURNING, so of two concurrent posts of
 * the same response only one finds it). Rows are bound to the provider: a request started for one
 * provider is unknown to another's ACS.
 */
export interface SamlRequestStore extends CacheProvider {
  /** The return path of the stored request, deleting it; null when unknown, used or expired. */
  claim(requestId: string): Promise<string | null>;
}

export function samlRequestStore(db: Db, providerId: string, opts: { returnPath?: string; now?: () => Date } = {}): SamlRequestStore {
  const now = opts.now ?? (() => new Date());
  const live = (requestId: string) => and(eq(loginStates.keyHash, keyOf(requestId)), eq(loginStates.providerId, providerId), gt(loginStates.expiresAt, now()));
  return {
    async saveAsync(key: string, value: string): Promise<CacheItem | null> {
      const createdAt = now();
      await db.insert(loginStates).values({
        keyHash: keyOf(key),
        providerId,
        returnPath: opts.returnPath ?? paths.home(),
        createdAt,
        expiresAt: new Date(createdAt.getTime() + SAML_REQUEST_TTL_MS),
      });
      return { value, createdAt: createdAt.getTime() };
    },
    async getAsync(key: string): Promise<string | null> {
      const [row] = await db.select({ createdAt: loginStates.createdAt }).from(loginStates).where(live(key));
      return row ? row.createdAt.toISOString() : null;
    },
    // node-saml removes on every refusal too; the row simply expires, and `claim` is the one use.
    async removeAsync(key: string | null): Promise<string | null> {
      return key;
    },
    async claim(requestId: string): Promise<string | null> {
      const [row] = await db.delete(loginStates).where(live(requestId)).returning({ returnPath: loginStates.returnPath });
      return row?.returnPath ?? null;
    },
  };
}
