import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { networkMemberships, users } from '../db/schema/accounts.js';
import { networkMembers, networks, organisations } from '../db/schema/organisations.js';
import { recordAudit } from '../usecases/shared/audit.js';

export interface DemoNetwork {
  slug: string;
  name: string;
  description: string;
  members: readonly string[];
  coordinator: { email: string };
}

/**
 * Creates a network, its member organisations and its coordinator's network role, as the
 * installation's operator (no network use cases exist yet; the audit log still gets the events).
 */
export async function seedNetwork(db: Db, n: DemoNetwork): Promise<void> {
  await db.transaction(async (tx) => {
    const [network] = await tx.insert(networks).values({ slug: n.slug, name: n.name, description: n.description }).returning({ id: networks.id });
    if (!network) throw new Error('insert returned no row');
    const orgs = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.slug, [...n.members]));
    if (orgs.length !== n.members.length) throw new Error(`network ${n.slug}: unknown member organisation`);
    await tx.insert(networkMembers).values(orgs.map((o) => ({ networkId: network.id, organisationId: o.id })));
    const [coordinator] = await tx.select({ id: users.id }).from(users).where(eq(users.email, n.coordinator.email));
    if (!coordinator) throw new Error(`network ${n.slug}: no user ${n.coordinator.email}`);
    await tx.insert(networkMemberships).values({ userId: coordinator.id, networkId: network.id, role: 'coordinator' });
    await recordAudit(tx, null, {
      action: 'network.created',
      objectType: 'network',
      objectId: network.id,
      organisationId: null,
      after: { slug: n.slug, name: n.name, members: n.members, coordinator: n.coordinator.email },
    });
  });
}
