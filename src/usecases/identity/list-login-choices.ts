import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { identityProviders, type IdentityProviderKind } from '../../db/schema/identity.js';
import { organisations } from '../../db/schema/organisations.js';

export interface LoginChoice {
  providerId: string;
  kind: IdentityProviderKind;
  organisationName: string;
  /** The provider's own name, shown only when an organisation has more than one. */
  displayName: string;
}

/** The login page's "Log ind med <organisation>" buttons: every enabled provider, by organisation. Public: names only. */
export async function listLoginChoices(db: Db): Promise<LoginChoice[]> {
  return db
    .select({
      providerId: identityProviders.id,
      kind: identityProviders.kind,
      organisationName: organisations.name,
      displayName: identityProviders.displayName,
    })
    .from(identityProviders)
    .innerJoin(organisations, eq(organisations.id, identityProviders.organisationId))
    .where(eq(identityProviders.enabled, true))
    .orderBy(asc(organisations.name), asc(identityProviders.displayName));
}
