import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/rows.js';
import { organisations } from '../db/schema/organisations.js';
import { createUser } from '../usecases/accounts/create-user.js';
import { grantRole } from '../usecases/accounts/grant-role.js';
import { createOrganisation } from '../usecases/organisations/create-organisation.js';
import { todayInCopenhagen } from '../domain/dates.js';
import { createPool } from '../usecases/pools/create-pool.js';
import type { CreatePoolInput } from '../usecases/pools/pool-schema.js';
import { seedDemoCatalogue } from './catalogue.js';
import { seedDemoCases } from './cases.js';
import { seedNetwork } from './network.js';
import { linkDemoGuideEntries, seedDemoNetworkPlatform } from './network-platform.js';
import { seedGuide } from './guide.js';
import { demoOrganisations, demoOrgs, demoRoles, vtSyd } from './organisations.js';
import { aarhusPreset } from './presets/aarhus.js';
import { horsensPreset } from './presets/horsens.js';
import { vejlePreset } from './presets/vejle.js';
import { outbox } from '../db/schema/notifications.js';

export { demoOrgs, demoRoles };
export const DEMO_PASSWORD = 'demo1234';

/** The pool presets, by owner organisation; each dated relative to the seeding day (`YYYY-MM-DD`, see dating.ts). */
export const demoPoolPresets: { organisation: string; preset: (today: string) => Omit<CreatePoolInput, 'organisationId'> }[] = [
  { organisation: 'aarhus', preset: aarhusPreset },
  { organisation: 'vejle', preset: vejlePreset },
  { organisation: 'horsens', preset: horsensPreset },
];

export function demoLoginsText(): string {
  return [
    `Log ind som <rolle>@<kommune>.demo med adgangskoden ${DEMO_PASSWORD}`,
    `  roller: ${Object.keys(demoRoles).join(', ')}`,
    `  kommuner: ${demoOrgs.join(', ')}`,
    `  netværk: ${vtSyd.coordinator.email} (koordinator for ${vtSyd.name})`,
    '  fx sekretariat@vejle.demo',
  ].join('\n');
}

export interface SeedDemoOptions {
  /** Also seed the demo cases (ideas, applications in every step, a meeting, commitments and payouts). */
  withCases?: boolean;
  /** The seeding day, `YYYY-MM-DD` in Copenhagen (default: today); pools, meetings and cases are dated relative to it. */
  today?: string;
}

/** Seed the demo presets (and, if asked, the demo cases) into an empty database. Returns false when there was already data. */
export async function seedDemoIfEmpty(db: Db, options: SeedDemoOptions = {}): Promise<boolean> {
  const [first] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from organisations`));
  if (first && Number(first.n) > 0) return false;
  const today = options.today ?? todayInCopenhagen();
  await seedDemo(db, { today });
  if (options.withCases) await seedDemoCases(db, { today });
  return true;
}

/**
 * The seven municipalities with departments and one person per role, the VT Syd network with its
 * coordinator, and the Aarhus, Vejle and Horsens pools, created through the same use cases as
 * everything else (so the ledger and the audit log have them too). The pools' periods and meeting
 * calendars are laid out around `today` (src/demo/dating.ts).
 */
export async function seedDemo(db: Db, options: { today?: string } = {}): Promise<void> {
  const today = options.today ?? todayInCopenhagen();
  for (const org of demoOrganisations) {
    await createOrganisation(db, null, { slug: org.slug, name: org.name, municipalityCode: org.municipalityCode, departments: [...org.departments] });
    for (const [prefix, role] of Object.entries(demoRoles)) {
      const email = `${prefix}@${org.slug}.demo`;
      await createUser(db, null, { email, name: org.people[prefix as keyof typeof demoRoles], password: DEMO_PASSWORD });
      await grantRole(db, null, { email, organisationSlug: org.slug, role });
    }
  }
  // The coordinator works for the network (URS), not for one municipality: a network role only.
  await createUser(db, null, { email: vtSyd.coordinator.email, name: vtSyd.coordinator.name, password: DEMO_PASSWORD });
  await seedNetwork(db, vtSyd);

  for (const { organisation, preset } of demoPoolPresets) {
    const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, organisation));
    if (!org) throw new Error(`demo: no organisation ${organisation}`);
    await createPool(db, null, { organisationId: org.id, ...preset(today) });
  }
  await seedDemoCatalogue(db);
  await seedDemoNetworkPlatform(db, today);
  await seedGuide(db);
  await linkDemoGuideEntries(db);
  // The demo's experience posts notify their owners in the app; the e-mails they queued are history, not news.
  await db.delete(outbox).where(eq(outbox.status, 'pending'));
}
