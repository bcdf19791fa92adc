import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/accounts.js';
import { catalogueEntries, technologyCategories } from '../db/schema/catalogue.js';
import { organisations } from '../db/schema/organisations.js';
import type { EntryVisibility, Maturity } from '../domain/catalogue.js';
import type { Recommendation } from '../domain/evaluation.js';
import { recordAudit } from '../usecases/shared/audit.js';

/** Titles other demo code (the VT Syd network data) may refer to. */
export const demoCatalogueTitles = {
  toenderSpiserobot: 'Spiserobotter på plejecentre',
  aarhusInternal: 'Sengesensorer i natplejen (intern afprøvning)',
  vejleHjaelpemidler: 'Digitale hjælpemidler til borgere med demens',
} as const;

interface DemoEntry {
  org: string;
  visibility: EntryVisibility;
  title: string;
  summary: string;
  problem: string;
  technology: string;
  category: string;
  unit: string;
  maturity: Maturity | null;
  outcome: Recommendation | null;
  targetGroups: string[];
  partners?: { name: string; cvr: string | null }[];
}

const entries: DemoEntry[] = [
  {
    org: 'toender',
    visibility: 'network',
    title: demoCatalogueTitles.toenderSpiserobot,
    summary: 'Beboere med nedsat funktion i armene spiser selv ved hjælp af en spiserobot, i eget tempo.',
    problem: 'Beboere, der skal mades, mister selvstændighed og værdighed ved måltiderne.',
    technology: 'En bordmonteret robotarm med ske, som borgeren selv styrer med knap eller joystick.',
    category: 'spise-og-ernaering',
    unit: 'Plejecenter Digegården',
    maturity: 'klar',
    outcome: 'operation',
    targetGroups: ['aeldre', 'handicap'],
    partners: [{ name: 'Robotik Syd ApS', cvr: null }],
  },
  {
    org: 'aarhus',
    visibility: 'organisation',
    title: demoCatalogueTitles.aarhusInternal,
    summary: 'Sensorer i sengen giver natpersonalet besked, når en beboer er ved at forlade sengen.',
    problem: 'Fald om natten og unødige tilsyn, der vækker beboerne.',
    technology: 'Trykfølsomme sensorer under madrassen, koblet til personalets telefoner.',
    category: 'sensorer-og-tryghed',
    unit: 'Sundhed og Omsorg',
    maturity: 'afproev',
    outcome: null,
    targetGroups: ['aeldre'],
    partners: [{ name: 'Nattesyn A/S', cvr: null }],
  },
  {
    org: 'vejle',
    visibility: 'public',
    title: demoCatalogueTitles.vejleHjaelpemidler,
    summary: 'Kognitive hjælpemidler som digitale kalendere og påmindelser giver struktur i hverdagen.',
    problem: 'Borgere med demens glemmer aftaler og måltider.',
    technology: 'Digitale kalendere og påmindelsesure med stor skrift og lyd.',
    category: 'kognition-og-struktur',
    unit: 'Hjemmeplejen',
    maturity: 'klar',
    outcome: 'scale_up',
    targetGroups: ['demens'],
  },
  {
    org: 'horsens',
    visibility: 'public',
    title: 'Skærmbesøg i hjemmeplejen',
    summary: 'Udvalgte besøg i hjemmeplejen sker på skærm, så borgeren får kontakt uden transporttid.',
    problem: 'Lange køreture til korte besøg.',
    technology: 'Tablet med enkel videoforbindelse til hjemmeplejen.',
    category: 'kommunikation-og-skaerm',
    unit: 'Hjemmeplejen Nord',
    maturity: 'hold_oeje',
    outcome: 'extension',
    targetGroups: ['aeldre'],
  },
];

/** A few catalogue entries across organisations (typed in as older projects, source 'history'). */
export async function seedDemoCatalogue(db: Db): Promise<void> {
  const orgs = await db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .where(inArray(organisations.slug, [...new Set(entries.map((e) => e.org))]));
  const cats = await db.select({ id: technologyCategories.id, key: technologyCategories.key }).from(technologyCategories);
  for (const e of entries) {
    const org = orgs.find((o) => o.slug === e.org);
    if (!org) throw new Error(`demo catalogue: no organisation ${e.org}`);
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, `sekretariat@${e.org}.demo`));
    if (!user) throw new Error(`demo catalogue: no secretariat user in ${e.org}`);
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(catalogueEntries)
        .values({
          organisationId: org.id,
          source: 'history',
          visibility: e.visibility,
          title: e.title,
          summary: e.summary,
          problem: e.problem,
          technologyDescription: e.technology,
          technologyCategoryId: cats.find((c) => c.key === e.category)?.id ?? null,
          unitName: e.unit,
          maturity: e.maturity,
          evaluationOutcome: e.outcome,
          targetGroups: e.targetGroups,
          partnerCompanies: e.partners ?? [],
          publishedByUserId: user.id,
        })
        .returning({ id: catalogueEntries.id });
      if (!row) throw new Error('insert returned no row');
      await recordAudit(tx, null, {
        action: 'catalogue.entry_created',
        objectType: 'catalogue_entry',
        objectId: row.id,
        organisationId: org.id,
        after: { title: e.title, visibility: e.visibility, source: 'history' },
      });
    });
  }
}
