import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/rows.js';
import { createOrganisation } from '../usecases/organisations/create-organisation.js';
import { createUser } from '../usecases/accounts/create-user.js';
import { grantRole } from '../usecases/accounts/grant-role.js';

export const DEMO_PASSWORD = 'demo1234';
export const demoOrgs = ['aarhus', 'vejle', 'horsens', 'aabenraa', 'haderslev', 'soenderborg', 'toender'] as const;
export const demoRoles = { ansoeger: 'applicant', sekretariat: 'secretariat', bedoemmer: 'reviewer', raad: 'decision_body', oekonomi: 'finance', admin: 'admin' } as const;

export function demoLoginsText(): string {
  return [
    `Log ind som <rolle>@<kommune>.demo med adgangskoden ${DEMO_PASSWORD}`,
    `  roller: ${Object.keys(demoRoles).join(', ')}`,
    `  kommuner: ${demoOrgs.join(', ')}`,
    '  netværk: koordinator@vtsyd.demo',
    '  fx sekretariat@vejle.demo',
  ].join('\n');
}

/** Seed the demo presets into an empty database. Returns false when there was already data. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const [first] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from organisations`));
  if (first && Number(first.n) > 0) return false;
  await seedDemo(db);
  return true;
}

export async function seedDemo(db: Db): Promise<void> {
  for (const slug of demoOrgs) {
    await createOrganisation(db, null, { slug, name: slug });
    for (const [prefix, role] of Object.entries(demoRoles)) {
      const email = `${prefix}@${slug}.demo`;
      await createUser(db, null, { email, name: `${prefix} ${slug}`, password: DEMO_PASSWORD });
      await grantRole(db, null, { email, organisationSlug: slug, role });
    }
  }
}
