import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/accounts.js';
import { catalogueEntries, technologyCategories } from '../db/schema/catalogue.js';
import { experiencePosts, jointProjectPartners, jointProjects, networkActorProjects, networkActors } from '../db/schema/network-platform.js';
import { guideThemes } from '../db/schema/guide.js';
import { departments, networks, organisations } from '../db/schema/organisations.js';
import type { EntryEffect, EntryPartner, EntryVisibility, Maturity } from '../domain/catalogue.js';
import type { Recommendation } from '../domain/evaluation.js';
import type { ActorKind, ExperienceKind } from '../domain/network-platform.js';
import { todayInCopenhagen } from '../domain/dates.js';
import { loadActor } from '../usecases/accounts/load-actor.js';
import { postExperience } from '../usecases/network/post-experience.js';
import type { Actor } from '../usecases/shared/actor.js';
import { recordAudit } from '../usecases/shared/audit.js';
import { demoCatalogueTitles } from './catalogue.js';
import { addDays, addMonths, happenedAt, instantAt } from './dating.js';
import { vtSyd } from './organisations.js';

/**
 * The VT Syd experience platform's demo, dated relative to the seeding day: entries shared with the
 * network in all four member municipalities (varied phases, categories, one internal and two public),
 * experience posts between them (through `postExperience`, so the owners are notified), one joint
 * project led by Sønderborg with the three others as partners, and the actors' directory (a company
 * by CVR, a knowledge centre, an education institution) linked to projects across the members.
 *
 * The VT Syd municipalities have no pools in the demo, so the joint project's partners have no case
 * (application) of their own yet: `joint_project_partners.application_id` stays null until they do.
 */

/** Titles and names tests and other demo code refer to. */
export const demoNetworkTitles = {
  jointEntry: 'Vasketoiletter i eget hjem',
  jointProject: 'Vasketoiletter i eget hjem – fælles afprøvning i VT Syd',
  soenderborgPublic: 'Træningsrobot til genoptræning af armen',
  aabenraaPublic: 'GPS-alarm til borgere med demens',
  haderslevInternal: 'Digital medicinhåndtering i hjemmeplejen (intern)',
} as const;

export const demoNetworkActors = {
  company: { name: 'Robotik Syd ApS', cvr: '31245672' },
  knowledgeCentre: { name: 'Videnscenter for Velfærdsteknologi Sønderjylland' },
  education: { name: 'Social- og Sundhedsskolen Syd' },
} as const;

interface DemoNetworkEntry {
  org: string;
  visibility: EntryVisibility;
  title: string;
  summary: string;
  problem: string;
  technology: string;
  category: string;
  unit: string;
  phase: string;
  maturity: Maturity | null;
  outcome: Recommendation | null;
  targetGroups: string[];
  /** Months before the seeding day the trial started, and how long it ran (null: still running). */
  startedMonthsAgo: number;
  months: number | null;
  effects: Omit<EntryEffect, 'measuredOn'>[];
  spentKr: number | null;
  budgetKr: number | null;
  businessCaseNetKr: number | null;
  lessons: string;
  partners: EntryPartner[];
}

const effect = (goal: string, unit: string, baseline: number, target: number, measured: number | null, comment = ''): Omit<EntryEffect, 'measuredOn'> => ({
  goal,
  unit,
  baseline,
  target,
  measured,
  comment,
});

const entries: DemoNetworkEntry[] = [
  {
    org: 'soenderborg',
    visibility: 'network',
    title: demoNetworkTitles.jointEntry,
    summary: 'Borgere i eget hjem afprøver vasketoiletter, så de klarer toiletbesøget selv og uden hjælp fra hjemmeplejen.',
    problem: 'Borgere, der ikke selv kan klare den nedre hygiejne, er afhængige af hjemmeplejen flere gange om dagen.',
    technology: 'Et toilet med indbygget skylning og tørring, som borgeren betjener med en stor knap eller fjernbetjening.',
    category: 'personlig-hygiejne',
    unit: 'Sundhed og Omsorg',
    phase: 'Afprøvning',
    maturity: 'afproev',
    outcome: null,
    targetGroups: ['aeldre', 'handicap'],
    startedMonthsAgo: 8,
    months: null,
    effects: [effect('Borgere, der klarer toiletbesøget selv', 'borgere', 0, 40, 27), effect('Hjemmeplejebesøg sparet pr. uge', 'besøg', 0, 120, 85)],
    spentKr: 610_000,
    budgetKr: 1_200_000,
    businessCaseNetKr: 900_000,
    lessons: 'Ergoterapeuten skal vurdere borgeren før installationen; VVS-arbejdet tager længere tid i ældre boliger.',
    partners: [{ name: demoNetworkActors.company.name, cvr: demoNetworkActors.company.cvr }],
  },
  {
    org: 'soenderborg',
    visibility: 'public',
    title: demoNetworkTitles.soenderborgPublic,
    summary: 'Borgere med nedsat armfunktion efter en blodprop træner selv med en træningsrobot mellem terapeutens besøg.',
    problem: 'Genoptræningen efter en blodprop i hjernen kræver mange gentagelser, som terapeuterne ikke har tid til.',
    technology: 'En bordmonteret træningsrobot med spil, der guider og måler armens bevægelser.',
    category: 'genoptraening-og-aktivitet',
    unit: 'Sundhed og Omsorg',
    phase: 'Drift',
    maturity: 'klar',
    outcome: 'scale_up',
    targetGroups: ['handicap'],
    startedMonthsAgo: 30,
    months: 12,
    effects: [effect('Træningsgentagelser pr. uge', 'gentagelser', 300, 900, 1100)],
    spentKr: 380_000,
    budgetKr: 400_000,
    businessCaseNetKr: 250_000,
    lessons: 'Borgerne træner mest, når robotten står i træningscentret og ikke i hjemmet.',
    // Named inside the organisation and the network only; the public entry page must never show it.
    partners: [{ name: 'Rehabot Danmark A/S', cvr: '31245680' }],
  },
  {
    org: 'aabenraa',
    visibility: 'network',
    title: 'Skærmbesøg i hjemmesygeplejen',
    summary: 'Sygeplejersker ser borgeren på skærm til opfølgning på sår og medicin, så køreturene bliver færre.',
    problem: 'Mange korte kontrolbesøg i landdistrikterne giver lange køreture for sygeplejen.',
    technology: 'Tablet med enkel videoforbindelse og mulighed for at sende billeder af sår.',
    category: 'kommunikation-og-skaerm',
    unit: 'Social og Sundhed',
    phase: 'Drift',
    maturity: 'klar',
    outcome: 'operation',
    targetGroups: ['aeldre', 'kronikere'],
    startedMonthsAgo: 26,
    months: 12,
    effects: [effect('Kørte kilometer pr. måned', 'km', 6000, 4000, 4300)],
    spentKr: 290_000,
    budgetKr: 300_000,
    businessCaseNetKr: 420_000,
    lessons: 'Faste tider for skærmbesøg virker bedre end besøg efter behov.',
    partners: [],
  },
  {
    org: 'aabenraa',
    visibility: 'public',
    title: demoNetworkTitles.aabenraaPublic,
    summary: 'Borgere med demens kan gå ture alene, fordi de pårørende får besked, hvis borgeren forlader et aftalt område.',
    problem: 'Borgere med demens mister friheden til at gå ture, fordi de pårørende er bange for, at de farer vild.',
    technology: 'En lille GPS-enhed, der giver besked til en pårørende, når borgeren forlader et aftalt område.',
    category: 'sensorer-og-tryghed',
    unit: 'Social og Sundhed',
    phase: 'Idé',
    maturity: 'afvent',
    outcome: null,
    targetGroups: ['demens'],
    startedMonthsAgo: 2,
    months: null,
    effects: [],
    spentKr: null,
    budgetKr: 150_000,
    businessCaseNetKr: null,
    lessons: '',
    partners: [{ name: 'Sporing Nord ApS', cvr: '31245699' }],
  },
  {
    org: 'haderslev',
    visibility: 'network',
    title: 'Loftlifte i plejeboliger',
    summary: 'Loftlifte i alle plejeboliger gør forflytninger sikrere og kræver én medarbejder i stedet for to.',
    problem: 'Forflytninger med mobile lifte kræver to medarbejdere og giver arbejdsskader.',
    technology: 'Loftmonterede lifte med skinne mellem seng og bad.',
    category: 'forflytning-og-mobilitet',
    unit: 'Social og Sundhed',
    phase: 'Evaluering',
    maturity: 'klar',
    outcome: 'extension',
    targetGroups: ['aeldre'],
    startedMonthsAgo: 18,
    months: 12,
    effects: [effect('Forflytninger med én medarbejder', '%', 10, 70, 62), effect('Arbejdsskader ved forflytning pr. år', 'skader', 9, 3, 4)],
    spentKr: 1_450_000,
    budgetKr: 1_300_000,
    businessCaseNetKr: 600_000,
    lessons: 'Byggesagen skal med fra starten; skinnerne kunne ikke monteres i alle lofter.',
    partners: [],
  },
  {
    org: 'haderslev',
    visibility: 'organisation',
    title: demoNetworkTitles.haderslevInternal,
    summary: 'Medicinhusker med låg, der kun åbner på det rette tidspunkt, afprøves internt i hjemmeplejen.',
    problem: 'Borgere tager medicinen på forkerte tidspunkter, og hjemmeplejen kommer alene for at give medicin.',
    technology: 'En medicinhusker, der åbner til tiden, siger til og giver besked, hvis dosen ikke tages.',
    category: 'medicin',
    unit: 'Social og Sundhed',
    phase: 'Afprøvning',
    maturity: 'afproev',
    outcome: null,
    targetGroups: ['aeldre'],
    startedMonthsAgo: 4,
    months: null,
    effects: [],
    spentKr: 80_000,
    budgetKr: 350_000,
    businessCaseNetKr: null,
    lessons: '',
    partners: [{ name: 'Medicura ApS', cvr: null }],
  },
  {
    org: 'toender',
    visibility: 'network',
    title: 'Ruteplanlægning i hjemmeplejen',
    summary: 'Et planlægningsværktøj lægger hjemmeplejens ruter, så der bliver mere tid hos borgerne og mindre i bilen.',
    problem: 'Ruterne planlægges i hånden hver morgen og giver lange køreture i et stort landområde.',
    technology: 'Et planlægningsværktøj, der beregner ruter ud fra besøg, kompetencer og køretid.',
    category: 'data-og-planlaegning',
    unit: 'Social og Sundhed',
    phase: 'Afprøvning',
    maturity: 'afproev',
    outcome: null,
    targetGroups: ['aeldre'],
    startedMonthsAgo: 6,
    months: null,
    effects: [effect('Køretid pr. vagt', 'minutter', 95, 70, 81)],
    spentKr: 210_000,
    budgetKr: 500_000,
    businessCaseNetKr: 700_000,
    lessons: 'Planlæggerne skal være med til at sætte reglerne op, ellers bliver ruterne ikke brugt.',
    partners: [],
  },
];

/** What the Tønder meal robot entry (seeded by the catalogue demo) measured: the evidence a Sønderborg case sees. */
const spiserobotFacts = {
  phase: 'Drift',
  startedMonthsAgo: 28,
  months: 12,
  effects: [
    effect('Beboere, der spiser selv', 'beboere', 0, 12, 14, 'Alle fire plejecentre'),
    effect('Personaletid ved måltider pr. dag', 'minutter', 240, 150, 165),
  ],
  spentKr: 520_000,
  budgetKr: 560_000,
  businessCaseNetKr: 310_000,
  lessons: 'Start med de beboere, der selv ønsker det; personalet skal have en superbruger på hver vagt.',
};

interface DemoPost {
  key: string;
  entry: string;
  author: string;
  kind: ExperienceKind;
  body: string;
  replyTo?: string;
  daysAgo: number;
}

const posts: DemoPost[] = [
  {
    key: 'spiserobot-q',
    entry: demoCatalogueTitles.toenderSpiserobot,
    author: 'ansoeger@soenderborg.demo',
    kind: 'question',
    body: 'Hvor lang tid tog det at oplære personalet, og hvor mange superbrugere havde I pr. plejecenter?',
    daysAgo: 40,
  },
  {
    key: 'spiserobot-a',
    entry: demoCatalogueTitles.toenderSpiserobot,
    author: 'ansoeger@toender.demo',
    kind: 'answer',
    replyTo: 'spiserobot-q',
    body: 'To timers oplæring for alle og en dag for superbrugerne. Vi havde to superbrugere pr. center, så der altid var én på vagt.',
    daysAgo: 38,
  },
  {
    key: 'spiserobot-l',
    entry: demoCatalogueTitles.toenderSpiserobot,
    author: 'ansoeger@haderslev.demo',
    kind: 'lesson',
    body: 'Vi prøvede spiserobotten på ét plejecenter: den virker bedst til morgenmad og frokost, hvor der er ro.',
    daysAgo: 21,
  },
  {
    key: 'vasketoilet-q',
    entry: demoNetworkTitles.jointEntry,
    author: 'ansoeger@aabenraa.demo',
    kind: 'question',
    body: 'Hvem betaler VVS-arbejdet, når toilettet installeres i en lejebolig?',
    daysAgo: 12,
  },
  {
    key: 'vasketoilet-a',
    entry: demoNetworkTitles.jointEntry,
    author: 'sekretariat@soenderborg.demo',
    kind: 'answer',
    replyTo: 'vasketoilet-q',
    body: 'I vores afprøvning betaler projektet installationen; ved drift bevilges det som et hjælpemiddel efter serviceloven.',
    daysAgo: 10,
  },
  {
    key: 'loftlift-l',
    entry: 'Loftlifte i plejeboliger',
    author: 'ansoeger@toender.demo',
    kind: 'lesson',
    body: 'Vi fik arbejdsmiljørepræsentanten med i valget af skinner, og det gav meget bedre opbakning hos personalet.',
    daysAgo: 5,
  },
];

interface DemoActor {
  kind: ActorKind;
  name: string;
  cvr: string | null;
  description: string;
  projects: { org: string; entry: string; role: string }[];
}

const actors: DemoActor[] = [
  {
    kind: 'company',
    ...demoNetworkActors.company,
    description: 'Leverandør af spiserobotter og vasketoiletter; service og oplæring i Sønderjylland.',
    projects: [
      { org: 'toender', entry: demoCatalogueTitles.toenderSpiserobot, role: 'Leverandør' },
      { org: 'soenderborg', entry: demoNetworkTitles.jointEntry, role: 'Leverandør og installation' },
    ],
  },
  {
    kind: 'knowledge_centre',
    cvr: null,
    ...demoNetworkActors.knowledgeCentre,
    description: 'Hjælper kommunerne med effektmåling og evaluering af velfærdsteknologi.',
    projects: [
      { org: 'soenderborg', entry: demoNetworkTitles.jointEntry, role: 'Effektmåling' },
      { org: 'haderslev', entry: 'Loftlifte i plejeboliger', role: 'Evaluering' },
      { org: 'aabenraa', entry: 'Skærmbesøg i hjemmesygeplejen', role: 'Evaluering' },
    ],
  },
  {
    kind: 'education',
    cvr: null,
    ...demoNetworkActors.education,
    description: 'Uddanner social- og sundhedspersonale og holder kurser for superbrugere.',
    projects: [
      { org: 'toender', entry: demoCatalogueTitles.toenderSpiserobot, role: 'Oplæring af superbrugere' },
      { org: 'haderslev', entry: 'Loftlifte i plejeboliger', role: 'Kursus i forflytning' },
    ],
  },
];

const kr = (v: number | null) => (v === null ? null : v * 100);

async function actorOf(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const actor = u ? await loadActor(db, u.id) : null;
  if (!actor) throw new Error(`demo network: no actor ${email}`);
  return actor;
}

function period(today: string, startedMonthsAgo: number, months: number | null): { periodStart: string; periodEnd: string | null } {
  const periodStart = addMonths(today, -startedMonthsAgo);
  return { periodStart, periodEnd: months === null ? null : addDays(addMonths(periodStart, months), -1) };
}

const withMeasuredOn = (effects: Omit<EntryEffect, 'measuredOn'>[], on: string): EntryEffect[] =>
  effects.map((e) => ({ ...e, measuredOn: e.measured === null ? null : on }));

export async function seedDemoNetworkPlatform(db: Db, today: string = todayInCopenhagen()): Promise<void> {
  const [network] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, vtSyd.slug));
  if (!network) throw new Error('demo network: no VT Syd');
  const orgRows = await db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .where(inArray(organisations.slug, [...vtSyd.members]));
  const org = (slug: string) => {
    const o = orgRows.find((r) => r.slug === slug);
    if (!o) throw new Error(`demo network: no organisation ${slug}`);
    return o.id;
  };
  const cats = await db.select({ id: technologyCategories.id, key: technologyCategories.key }).from(technologyCategories);
  const entryIds = new Map<string, string>();

  for (const e of entries) {
    const secretariat = await actorOf(db, `sekretariat@${e.org}.demo`);
    const [dept] = await db
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.organisationId, org(e.org)), eq(departments.name, e.unit)));
    const { periodStart, periodEnd } = period(today, e.startedMonthsAgo, e.months);
    const publishedAt = instantAt(addMonths(today, -Math.max(1, Math.floor(e.startedMonthsAgo / 2))));
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(catalogueEntries)
        .values({
          organisationId: org(e.org),
          departmentId: dept?.id ?? null,
          unitName: e.unit,
          source: 'history',
          visibility: e.visibility,
          title: e.title,
          summary: e.summary,
          problem: e.problem,
          technologyDescription: e.technology,
          technologyCategoryId: cats.find((c) => c.key === e.category)?.id ?? null,
          projectType: 'Afprøvning',
          targetGroups: e.targetGroups,
          periodStart,
          periodEnd,
          phase: e.phase,
          maturity: e.maturity,
          effects: withMeasuredOn(e.effects, addMonths(today, -1)),
          lessons: e.lessons,
          evaluationOutcome: e.outcome,
          spentOere: kr(e.spentKr),
          budgetOere: kr(e.budgetKr),
          businessCaseNetOere: kr(e.businessCaseNetKr),
          contactName: secretariat.name,
          contactEmail: secretariat.email,
          partnerCompanies: e.partners,
          publishedByUserId: secretariat.userId,
          publishedAt,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        })
        .returning({ id: catalogueEntries.id });
      if (!row) throw new Error('insert returned no row');
      entryIds.set(e.title, row.id);
      await recordAudit(tx, null, {
        action: 'catalogue.entry_created',
        objectType: 'catalogue_entry',
        objectId: row.id,
        organisationId: org(e.org),
        after: { title: e.title, visibility: e.visibility, source: 'history' },
      });
    });
  }

  // The Tønder meal robots (the catalogue demo's entry) with what the trial measured and cost.
  const [spiserobot] = await db
    .select({ id: catalogueEntries.id })
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.organisationId, org('toender')), eq(catalogueEntries.title, demoCatalogueTitles.toenderSpiserobot)));
  if (!spiserobot) throw new Error('demo network: no Tønder meal robot entry');
  entryIds.set(demoCatalogueTitles.toenderSpiserobot, spiserobot.id);
  await db.transaction(async (tx) => {
    const f = spiserobotFacts;
    const { periodStart, periodEnd } = period(today, f.startedMonthsAgo, f.months);
    await tx
      .update(catalogueEntries)
      .set({
        phase: f.phase,
        periodStart,
        periodEnd,
        effects: withMeasuredOn(f.effects, addMonths(today, -14)),
        spentOere: kr(f.spentKr),
        budgetOere: kr(f.budgetKr),
        businessCaseNetOere: kr(f.businessCaseNetKr),
        lessons: f.lessons,
      })
      .where(eq(catalogueEntries.id, spiserobot.id));
    await recordAudit(tx, null, {
      action: 'catalogue.entry_updated',
      objectType: 'catalogue_entry',
      objectId: spiserobot.id,
      organisationId: org('toender'),
      after: { phase: f.phase, effects: f.effects.length },
    });
  });

  const entryId = (title: string) => {
    const id = entryIds.get(title);
    if (!id) throw new Error(`demo network: no entry ${title}`);
    return id;
  };

  // Experience posts through the use case (the entry's publisher is notified), dated when they were written.
  const postIds = new Map<string, string>();
  for (const p of posts) {
    const when = instantAt(addDays(today, -p.daysAgo), '13:30');
    const author = await actorOf(db, p.author);
    const { id } = await happenedAt(db, when, () =>
      postExperience(db, author, {
        catalogueEntryId: entryId(p.entry),
        kind: p.kind,
        body: p.body,
        replyToId: p.replyTo ? postIds.get(p.replyTo) : undefined,
      }),
    );
    await db.update(experiencePosts).set({ createdAt: when }).where(eq(experiencePosts.id, id));
    postIds.set(p.key, id);
  }

  // The joint project: led by Sønderborg, the three others as partners, one shared entry.
  await db.transaction(async (tx) => {
    const [joint] = await tx
      .insert(jointProjects)
      .values({
        networkId: network.id,
        title: demoNetworkTitles.jointProject,
        leadOrganisationId: org('soenderborg'),
        catalogueEntryId: entryId(demoNetworkTitles.jointEntry),
        createdAt: instantAt(addMonths(today, -9)),
      })
      .returning({ id: jointProjects.id });
    if (!joint) throw new Error('insert returned no row');
    const partners = vtSyd.members.filter((m) => m !== 'soenderborg');
    await tx.insert(jointProjectPartners).values(partners.map((m) => ({ jointProjectId: joint.id, organisationId: org(m) })));
    await recordAudit(tx, null, {
      action: 'network.joint_project_created',
      objectType: 'joint_project',
      objectId: joint.id,
      organisationId: org('soenderborg'),
      after: { title: demoNetworkTitles.jointProject, lead: 'soenderborg', partners },
    });
  });

  // The actors' directory, each actor with the projects it took part in across the members.
  for (const a of actors) {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(networkActors)
        .values({ networkId: network.id, kind: a.kind, name: a.name, cvr: a.cvr, description: a.description })
        .returning({ id: networkActors.id });
      if (!row) throw new Error('insert returned no row');
      await tx
        .insert(networkActorProjects)
        .values(a.projects.map((p) => ({ actorId: row.id, organisationId: org(p.org), catalogueEntryId: entryId(p.entry), title: p.entry, role: p.role })));
      await recordAudit(tx, null, {
        action: 'network.actor_created',
        objectType: 'network_actor',
        objectId: row.id,
        organisationId: null,
        after: { name: a.name, kind: a.kind, projects: a.projects.length },
      });
    });
  }
}

/** Public entries the demo guides' themes link to (by theme slug); the guides are seeded after the catalogue. */
const guideLinks: Record<string, string[]> = {
  'mangel-paa-struktur': [demoCatalogueTitles.vejleHjaelpemidler],
  'svaert-ved-at-huske': [demoCatalogueTitles.vejleHjaelpemidler, demoNetworkTitles.aabenraaPublic],
  'nedsat-mobilitet': [demoNetworkTitles.soenderborgPublic],
};

/** Links the demo guides' themes to public entries of the demo catalogue (Vejle, Aabenraa, Sønderborg). */
export async function linkDemoGuideEntries(db: Db): Promise<void> {
  const titles = [...new Set(Object.values(guideLinks).flat())];
  const rows = await db
    .select({ id: catalogueEntries.id, title: catalogueEntries.title })
    .from(catalogueEntries)
    .where(and(inArray(catalogueEntries.title, titles), eq(catalogueEntries.visibility, 'public')));
  const themes = await db.select({ id: guideThemes.id, slug: guideThemes.slug, organisationId: guideThemes.organisationId }).from(guideThemes);
  for (const theme of themes) {
    const entryIds = (guideLinks[theme.slug] ?? []).flatMap((title) => rows.filter((r) => r.title === title).map((r) => r.id));
    if (entryIds.length === 0) continue;
    await db.transaction(async (tx) => {
      await tx.update(guideThemes).set({ entryIds }).where(eq(guideThemes.id, theme.id));
      await recordAudit(tx, null, {
        action: 'guide.themeSaved',
        objectType: 'guide_theme',
        objectId: theme.id,
        organisationId: theme.organisationId,
        after: { entryIds },
      });
    });
  }
}
