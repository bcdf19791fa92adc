import { and, asc, desc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/accounts.js';
import { departments, organisations } from '../db/schema/organisations.js';
import { budgetLines, decisionBodies, meetings, pools } from '../db/schema/pools.js';
import type { ApplicationPatch } from '../domain/application-content.js';
import { todayInCopenhagen } from '../domain/dates.js';
import { createUser } from '../usecases/accounts/create-user.js';
import { grantRole } from '../usecases/accounts/grant-role.js';
import { loadActor } from '../usecases/accounts/load-actor.js';
import { adviseIdea } from '../usecases/applications/advise-idea.js';
import { assessIdea } from '../usecases/applications/assess-idea.js';
import { createApplication } from '../usecases/applications/create-application.js';
import { createIdea } from '../usecases/applications/create-idea.js';
import { submitApplication } from '../usecases/applications/submit-application.js';
import { updateApplication } from '../usecases/applications/update-application.js';
import { assignReviewers } from '../usecases/assessment/assign-reviewers.js';
import { declareConflict } from '../usecases/assessment/declare-conflict.js';
import { recommendApplication } from '../usecases/assessment/recommend-application.js';
import { screenApplication } from '../usecases/assessment/screen-application.js';
import { submitReview } from '../usecases/assessment/submit-review.js';
import { recordPayout } from '../usecases/ledger/record-payout.js';
import { publishMeeting } from '../usecases/meetings/publish-meeting.js';
import { recordDecision } from '../usecases/meetings/record-decision.js';
import { setAgenda } from '../usecases/meetings/set-agenda.js';
import type { Actor } from '../usecases/shared/actor.js';
import { addDays, addMonths, demoToday, happenedAt, instantAt } from './dating.js';
import { DEMO_PASSWORD } from './seed.js';
import { seedProjectCases } from './project-cases.js';
import { seedOutcomeCases } from './outcome-cases.js';

/**
 * Demo cases on top of the presets (seedDemo), so a newcomer sees something on every page: ideas with
 * advice, applications in every step (draft, submitted, in review with scores, approved at a meeting
 * with money committed and partly paid out). Everything goes through the same use cases as the forms
 * and the API, as the person whose job it is; only look-ups read the tables directly.
 */

const kr = (kroner: number) => kroner * 100;

/** The extra Vejle reviewer, so a case can show two reviews side by side. */
export const DEMO_SECOND_REVIEWER = { email: 'bedoemmer2@vejle.demo', name: 'Mads Kirkegaard Holm' } as const;

interface OrgPool {
  slug: string;
  organisationId: string;
  poolId: string;
  rubricKeys: string[];
  lines: Record<string, string>;
  departments: Record<string, string>;
  bodyId: string;
}

async function orgPool(db: Db, slug: string): Promise<OrgPool> {
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
  if (!org) throw new Error(`demo cases: no organisation ${slug}`);
  const [pool] = await db.select().from(pools).where(eq(pools.organisationId, org.id)).orderBy(asc(pools.createdAt));
  if (!pool) throw new Error(`demo cases: no pool in ${slug}`);
  const lines = await db.select({ id: budgetLines.id, key: budgetLines.key }).from(budgetLines).where(eq(budgetLines.poolId, pool.id));
  const deps = await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.organisationId, org.id));
  const [body] = await db
    .select({ id: decisionBodies.id })
    .from(decisionBodies)
    .where(eq(decisionBodies.poolId, pool.id))
    .orderBy(asc(decisionBodies.sortOrder));
  if (!body) throw new Error(`demo cases: no decision body in ${slug}`);
  return {
    slug,
    organisationId: org.id,
    poolId: pool.id,
    rubricKeys: pool.rubric.criteria.map((c) => c.key),
    lines: Object.fromEntries(lines.map((l) => [l.key, l.id])),
    departments: Object.fromEntries(deps.map((d) => [d.name, d.id])),
    bodyId: body.id,
  };
}

async function userIdOf(db: Db, email: string): Promise<string> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!u) throw new Error(`demo cases: no user ${email}`);
  return u.id;
}

async function actorOf(db: Db, email: string): Promise<Actor> {
  const actor = await loadActor(db, await userIdOf(db, email));
  if (!actor) throw new Error(`demo cases: no actor ${email}`);
  return actor;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo cases: no ${what}`);
  return value;
}

/** The application's text; departments and the budget line by name and key. */
interface CaseSpec {
  lineKey: string;
  leadDepartment: string;
  partnerDepartments?: string[];
  content: Omit<ApplicationPatch, 'leadDepartmentId' | 'partnerDepartmentIds' | 'budgetLineId'> & { title: string };
}

function patchOf(pool: OrgPool, spec: CaseSpec): ApplicationPatch {
  return {
    ...spec.content,
    leadDepartmentId: need(pool.departments[spec.leadDepartment], `department ${spec.leadDepartment}`),
    partnerDepartmentIds: (spec.partnerDepartments ?? []).map((d) => need(pool.departments[d], `department ${d}`)),
    budgetLineId: need(pool.lines[spec.lineKey], `budget line ${spec.lineKey}`),
  };
}

/** Created on `createdOn` and left as a draft. */
async function draft(db: Db, pool: OrgPool, applicant: Actor, spec: CaseSpec, createdOn: Date): Promise<string> {
  return happenedAt(db, createdOn, async () => {
    const { id } = await createApplication(db, applicant, { poolId: pool.poolId, title: spec.content.title });
    await updateApplication(db, applicant, { ...patchOf(pool, spec), applicationId: id });
    return id;
  });
}

/** Created on `createdOn`, submitted on `submittedOn`. */
async function submitted(db: Db, pool: OrgPool, applicant: Actor, spec: CaseSpec, createdOn: Date, submittedOn: Date): Promise<string> {
  const id = await draft(db, pool, applicant, spec, createdOn);
  await happenedAt(db, submittedOn, () => submitApplication(db, applicant, { applicationId: id }));
  return id;
}

interface ReviewSpec {
  reviewer: Actor;
  /** One score per rubric criterion, in the rubric's order. */
  scores: number[];
  comments?: Record<string, string>;
  overallComment: string;
  /** When the reviewer declared no conflict and submitted the review. */
  on: Date;
}

/** Qualified by the secretariat on `screenedOn` (the reviewers assigned), each reviewer declares no conflict and submits on their day. */
async function reviewed(db: Db, pool: OrgPool, secretariat: Actor, applicationId: string, screenedOn: Date, reviews: ReviewSpec[]): Promise<void> {
  await happenedAt(db, screenedOn, async () => {
    await screenApplication(db, secretariat, { applicationId, decision: 'qualify' });
    await assignReviewers(db, secretariat, { applicationId, mode: 'manual', reviewerUserIds: reviews.map((r) => r.reviewer.userId) });
  });
  for (const r of reviews) {
    const criteria = Object.fromEntries(
      pool.rubricKeys.map((key, i) => [key, { score: need(r.scores[i], `score ${i + 1}`), comment: r.comments?.[key] ?? '' }]),
    );
    await happenedAt(db, r.on, async () => {
      await declareConflict(db, r.reviewer, { applicationId, hasConflict: false });
      await submitReview(db, r.reviewer, { applicationId, criteria, overallComment: r.overallComment });
    });
  }
}

interface CalendarMeeting {
  id: string;
  startsAt: Date;
}

/** The decision body's last meeting from the preset's calendar that started on or before `latest`. */
async function meetingBefore(db: Db, pool: OrgPool, latest: Date): Promise<CalendarMeeting> {
  const [m] = await db
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.decisionBodyId, pool.bodyId), lte(meetings.startsAt, latest)))
    .orderBy(desc(meetings.startsAt))
    .limit(1);
  return need(m, `meeting before ${latest.toISOString()} in ${pool.slug}`);
}

/** The decision body's next meeting from the preset's calendar (after `now`). */
async function meetingAfter(db: Db, pool: OrgPool, now: Date): Promise<CalendarMeeting> {
  const [m] = await db
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.decisionBodyId, pool.bodyId), gt(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  return need(m, `meeting after ${now.toISOString()} in ${pool.slug}`);
}

interface Grant {
  lineKey: string;
  split: { year: number; amountOere: number }[];
  justification: string;
  conditions?: string;
}

const DAY = 86_400_000;
const daysBefore = (d: Date, n: number) => new Date(d.getTime() - n * DAY);

/** Recommended by the secretariat, put on the meeting's agenda, recommended for the grant. */
async function onAgenda(db: Db, pool: OrgPool, secretariat: Actor, applicationId: string, meetingId: string, grant: Grant, on: Date): Promise<void> {
  const amountOere = grant.split.reduce((s, x) => s + x.amountOere, 0);
  const budgetLineId = need(pool.lines[grant.lineKey], `budget line ${grant.lineKey}`);
  await happenedAt(db, on, () =>
    recommendApplication(db, secretariat, {
      applicationId,
      kind: 'recommend',
      amountOere,
      budgetLineId,
      split: grant.split,
      justification: grant.justification,
    }),
  );
  await happenedAt(db, new Date(on.getTime() + DAY), () => setAgenda(db, secretariat, { meetingId, applicationIds: [applicationId] }));
}

/**
 * Recommended by the secretariat four weeks before the (past) meeting, put on its agenda, approved
 * at the meeting (an hour after it started) and the minutes published two days later.
 */
async function approvedAtMeeting(
  db: Db,
  pool: OrgPool,
  secretariat: Actor,
  council: Actor,
  applicationId: string,
  meeting: CalendarMeeting,
  grant: Grant,
): Promise<void> {
  const amountOere = grant.split.reduce((s, x) => s + x.amountOere, 0);
  const budgetLineId = need(pool.lines[grant.lineKey], `budget line ${grant.lineKey}`);
  await onAgenda(db, pool, secretariat, applicationId, meeting.id, grant, daysBefore(meeting.startsAt, 28));
  await happenedAt(db, new Date(meeting.startsAt.getTime() + 3_600_000), () =>
    recordDecision(db, council, {
      meetingId: meeting.id,
      applicationId,
      outcome: 'approve',
      amountOere,
      budgetLineId,
      split: grant.split,
      conditions: grant.conditions ?? '',
    }),
  );
  await happenedAt(db, new Date(meeting.startsAt.getTime() + 2 * DAY), () => publishMeeting(db, secretariat, { meetingId: meeting.id }));
}

// ─── Vejle ────────────────────────────────────────────────────────────────────────────────────────

/** `start`: when the trial actually started (the outcome demo's 14 months ago); the money is this year's (`year`). */
const robotstoevsugere = (year: number, start: string): CaseSpec => ({
  lineKey: 'ordinaer',
  leadDepartment: 'Velfærd',
  partnerDepartments: ['Økonomi & Personale'],
  content: {
    title: 'Robotstøvsugere i plejeboliger',
    summary:
      'Robotstøvsugere og -gulvvaskere i 120 plejeboliger på tre plejecentre overtager den daglige gulvrengøring, så personalet får mere tid til beboerne.',
    projectType: 'implementering',
    category: 'seniorer',
    targetGroups: ['seniorer', 'medarbejdere'],
    effectGoals: ['ressourcer', 'arbejdsmiljoe'],
    privatePartners: [{ name: 'Nordisk Rengøringsteknik ApS', cvr: '26150620', role: 'Leverandør af robotter, service og oplæring' }],
    publicPartners: [],
    needAnalysis:
      'Personalet på Bredballe, Søndermarken og Kirkebakken plejecentre bruger i gennemsnit 25 minutter om dagen pr. bolig på gulvrengøring. ' +
      'Det er tid, der tages fra omsorg og aktiviteter, og støvsugning giver mange belastende arbejdsstillinger.',
    solution:
      'Der opsættes en robotstøvsuger med ladestation i hver bolig og en gulvvaskerobot pr. afdeling. Robotterne kører om formiddagen, mens beboeren er i fællesarealerne. ' +
      'Personalet tømmer og rengør robotterne én gang om ugen efter en fast tjekliste.',
    novelty: 'Robotstøvsugere er afprøvet på ét plejecenter (Innovation og Test); nu opskaleres løsningen til tre centre med fælles driftsmodel.',
    solutionNewness: 'new_use',
    citizenFacing: false,
    replacesOrPostpones: false,
    replacesOrPostponesText: '',
    valueCitizens: 'Renere gulve hver dag og mere tid sammen med personalet; mindre larm og forstyrrelse midt på dagen.',
    valueEmployees: 'Færre belastende arbejdsstillinger og mindre tid på rutineopgaver.',
    valueEconomy: 'Ca. 6.300 frigjorte timer om året på de tre centre, som bruges på kerneopgaven i stedet for vikartimer.',
    resultGoals: [
      {
        indicator: 'Minutter brugt på gulvrengøring pr. bolig pr. dag',
        baseline: '25',
        target: '8',
        method: 'Tidsregistrering i to uger før og efter',
        deadline: addDays(start, 240),
      },
      {
        indicator: 'Medarbejdere, der oplever færre belastende arbejdsstillinger',
        baseline: '0 %',
        target: '70 %',
        method: 'Spørgeskema til personalet',
        deadline: addDays(start, 330),
      },
    ],
    budget: [
      { year, costType: 'equipment', description: '120 robotstøvsugere og 9 gulvvaskerobotter', amountOere: kr(540_000) },
      { year, costType: 'training', description: 'Oplæring af superbrugere og personale', amountOere: kr(60_000) },
      { year, costType: 'licences', description: 'Service- og softwareaftale, første år', amountOere: kr(150_000) },
      { year, costType: 'staff', description: 'Projektleder 10 timer om ugen', amountOere: kr(100_000) },
    ],
    coFinancing: [{ source: 'Plejecentrenes driftsbudget (egen arbejdstid)', amountOere: kr(80_000) }],
    startDate: start,
    endDate: addDays(start, 370),
    milestones: [
      { date: addDays(start, 45), title: 'Robotter opsat på Bredballe Plejecenter' },
      { date: addDays(start, 120), title: 'Alle tre centre i drift' },
      { date: addDays(start, 330), title: 'Evaluering og beslutning om drift' },
    ],
    businessCase: {
      investmentOere: kr(850_000),
      yearlyRunningCostOere: kr(150_000),
      hoursFreedPerYear: 6300,
      hourlyRateOere: kr(345),
      kronerSavedPerYearOere: 0,
      horizonYears: 5,
      discountRate: 0.035,
    },
    operationFinancingPlan:
      'Når afprøvningen slutter, betaler plejecentrene serviceaftale og udskiftning af batterier over deres driftsbudgetter (ca. 150.000 kr. om året).',
    trainingPlan: 'To superbrugere pr. afdeling oplæres af leverandøren og oplærer deres kolleger; fast tjekliste til den ugentlige rengøring af robotterne.',
    leastIntervention: 'Robotten kører kun, når beboeren er ude af boligen eller har sagt ja.',
    consent: 'Beboeren eller de pårørende giver samtykke til, at robotten kører i boligen.',
    freedomVsSafety: 'Ingen kameraer eller optagelser; robotterne kortlægger kun gulvarealet.',
    privacy: 'Robotterne er ikke forbundet til internettet; der behandles ingen personoplysninger.',
  },
});

/** `year`: the year the trial runs (next year). */
const kolKuffert = (year: number): CaseSpec => ({
  lineKey: 'ordinaer',
  leadDepartment: 'Kultur & Sundhed',
  partnerDepartments: ['Velfærd'],
  content: {
    title: 'Telemedicinsk KOL-kuffert i eget hjem',
    summary:
      'Borgere med svær KOL måler selv iltmætning, puls og vægt hjemme, og sygeplejen følger målingerne på afstand, så indlæggelser og akutte besøg kan undgås.',
    projectType: 'afproevning',
    category: 'sundhed',
    targetGroups: ['kronisk-syge'],
    effectGoals: ['livskvalitet', 'ressourcer'],
    privatePartners: [{ name: 'Telecare Danmark A/S', cvr: '13327882', role: 'Leverandør af måleudstyr og platform' }],
    publicPartners: [{ name: 'Sygehus Lillebælt, Lungemedicinsk Afdeling', role: 'Faglig sparring og fælles behandlingsplan' }],
    needAnalysis:
      'Vejle Kommune har ca. 450 borgere med svær KOL. Mange bliver indlagt akut med forværring, som kunne være opdaget tidligere, og sygeplejen kører mange korte kontrolbesøg.',
    solution:
      'Et måleudstyr i en kuffert (pulsoximeter, vægt, tablet) og en fælles platform, hvor sygeplejen ser målingerne og reagerer på alarmer efter aftalte grænser.',
    novelty: 'Ikke tidligere brugt i Vejle Kommunes sygepleje; nyt er den fælles behandlingsplan med sygehuset.',
    solutionNewness: 'new',
    citizenFacing: true,
    replacesOrPostpones: true,
    replacesOrPostponesText: 'Erstatter halvdelen af sygeplejens kontrolbesøg og udskyder genindlæggelser.',
    valueCitizens: 'Tryghed og mere kontrol over egen sygdom; færre indlæggelser.',
    valueEmployees: 'Sygeplejerskerne bruger tiden, hvor der er brug for den, i stedet for på rutinebesøg.',
    valueEconomy: 'Færre kontrolbesøg og færre akutte indlæggelser (kommunal medfinansiering).',
    resultGoals: [
      {
        indicator: 'Akutte indlæggelser pr. borger pr. år',
        baseline: '1,8',
        target: '1,2',
        method: 'Udtræk fra Sundhedsdatastyrelsen',
        deadline: `${year}-12-31`,
      },
    ],
    budget: [
      { year, costType: 'equipment', description: '40 måle-kufferter', amountOere: kr(320_000) },
      { year, costType: 'licences', description: 'Platform og drift, 12 måneder', amountOere: kr(140_000) },
    ],
    coFinancing: [{ source: 'Sygeplejens driftsbudget', amountOere: kr(60_000) }],
    startDate: `${year}-02-01`,
    endDate: `${year}-12-31`,
    milestones: [
      { date: `${year}-03-01`, title: 'De første 10 borgere i gang' },
      { date: `${year}-09-01`, title: 'Midtvejsevaluering med sygehuset' },
    ],
    businessCase: {
      investmentOere: kr(460_000),
      yearlyRunningCostOere: kr(140_000),
      hoursFreedPerYear: 1400,
      hourlyRateOere: kr(380),
      kronerSavedPerYearOere: kr(250_000),
      horizonYears: 5,
      discountRate: 0.035,
    },
    operationFinancingPlan: `Ved positiv evaluering overgår licens og udstyr til sygeplejens budget fra ${year + 1}, finansieret af færre kørte besøg.`,
    trainingPlan: 'Sygeplejersker med lungefaglig funktion oplæres af leverandøren og sygehuset; borgerne instrueres ved opstartsbesøget.',
    leastIntervention: 'Borgeren vælger selv at deltage og kan til enhver tid stoppe.',
    consent: 'Skriftligt samtykke til deling af målinger med sygehuset.',
    freedomVsSafety: 'Målingerne tages af borgeren selv; der er ingen overvågning i hjemmet.',
    privacy: 'Databehandleraftale med leverandøren; data ligger i EU.',
  },
});

const medicinhusker = (year: number): CaseSpec => ({
  lineKey: 'ordinaer',
  leadDepartment: 'Velfærd',
  content: {
    title: 'Digital medicinhusker',
    summary:
      'En digital medicinhusker med låg og påmindelse hjælper hjemmeboende borgere med at tage deres medicin selv, så hjemmeplejen kan droppe en del af medicinbesøgene.',
    projectType: 'afproevning',
    category: 'seniorer',
    targetGroups: ['seniorer'],
    effectGoals: ['livskvalitet', 'ressourcer'],
    privatePartners: [{ name: 'MediRemind ApS', cvr: '45683141', role: 'Leverandør af medicinhuskere og app' }],
    publicPartners: [],
    needAnalysis: 'Hjemmeplejen i Vejle kører ca. 1.100 medicinbesøg om ugen; mange af dem er kun for at minde borgeren om at tage medicinen.',
    solution:
      'En aflåst medicinhusker, der åbner og giver lyd- og lyssignal på det rigtige tidspunkt, og som giver hjemmeplejen besked, hvis medicinen ikke tages.',
    novelty: 'Ikke afprøvet i Vejle Kommune før.',
    solutionNewness: 'new',
    citizenFacing: true,
    replacesOrPostpones: true,
    replacesOrPostponesText: 'Erstatter op til to daglige medicinbesøg for de borgere, der kan bruge den.',
    valueCitizens: 'Større selvstændighed: borgeren behøver ikke vente hjemme på hjemmeplejen.',
    valueEmployees: 'Færre korte besøg og mindre kørsel.',
    valueEconomy: 'Ca. 3.000 frigjorte besøg om året.',
    resultGoals: [
      {
        indicator: 'Medicinbesøg pr. uge for deltagende borgere',
        baseline: '14',
        target: '4',
        method: 'Udtræk fra omsorgssystemet',
        deadline: `${year}-12-31`,
      },
    ],
    budget: [{ year, costType: 'equipment', description: '60 medicinhuskere med 12 måneders abonnement', amountOere: kr(285_000) }],
    coFinancing: [{ source: 'Hjemmeplejens driftsbudget', amountOere: kr(40_000) }],
    startDate: `${year}-03-01`,
    endDate: `${year}-12-31`,
    milestones: [{ date: `${year}-04-01`, title: 'Første 20 borgere i gang' }],
    businessCase: {
      investmentOere: kr(285_000),
      yearlyRunningCostOere: kr(90_000),
      hoursFreedPerYear: 1500,
      hourlyRateOere: kr(345),
      kronerSavedPerYearOere: 0,
      horizonYears: 5,
      discountRate: 0.035,
    },
    operationFinancingPlan: `Abonnementet betales af hjemmeplejen fra ${year + 1} inden for de frigjorte timer.`,
    trainingPlan: 'Sygeplejersker visiterer og instruerer borgerne; leverandøren oplærer superbrugere.',
    leastIntervention: 'Kun til borgere, der selv kan tage medicinen, når de bliver mindet om det.',
    consent: 'Borgeren giver samtykke; pårørende inddrages efter ønske.',
    freedomVsSafety: 'Manglende medicintagning udløser et opkald, ikke et besøg uden aftale.',
    privacy: 'Kun tidspunkter for åbning registreres.',
  },
});

const vasketoiletter = (year: number): CaseSpec => ({
  lineKey: 'ordinaer',
  leadDepartment: 'Velfærd',
  content: {
    title: 'Vasketoiletter på Bakkehuset',
    summary: 'Vasketoiletter til beboerne på bostedet Bakkehuset, så flere kan klare toiletbesøg uden hjælp.',
    projectType: 'afproevning',
    category: 'voksne',
    targetGroups: ['voksne'],
    needAnalysis: 'Otte af bostedets 14 beboere har brug for hjælp til intimhygiejne efter toiletbesøg.',
    solution: 'Vasketoiletter med skylle- og tørrefunktion, betjent med stor knap eller fjernbetjening.',
    privatePartners: [{ name: 'Hygiejne & Hjælpemidler A/S', cvr: '38299697', role: 'Leverandør' }],
    budget: [{ year, costType: 'equipment', description: '8 vasketoiletter inkl. installation', amountOere: kr(248_000) }],
  },
});

// ─── Horsens ──────────────────────────────────────────────────────────────────────────────────────

/** `start`: two weeks after Styregruppen's decision; the money is this year's (`year`). */
const dagsstruktur = (year: number, start: string): CaseSpec => ({
  lineKey: 'afproevning',
  leadDepartment: 'Job og Velfærd',
  partnerDepartments: ['Sundhed og Omsorg'],
  content: {
    title: 'Digital dagsstruktur på bosteder',
    summary: 'Borgere med kognitive udfordringer får en digital kalender med billeder og påmindelser, så de selv kan overskue dagen.',
    projectType: 'igangsaettelse',
    category: 'struktur',
    targetGroups: ['handicap'],
    effectGoals: ['borgere', 'medarbejdere', 'oekonomi'],
    privatePartners: [{ name: 'Dagsplan Digital ApS', cvr: '12631154', role: 'Leverandør af app og skærme' }],
    publicPartners: [],
    needAnalysis:
      'På bostederne Nørrestrand og Solgården bruger personalet meget tid på at guide beboerne gennem dagens aktiviteter, og uforudsete ændringer skaber uro.',
    solution:
      'En vægskærm i hver bolig og en app på beboerens telefon viser dagens aktiviteter med billeder og nedtælling; personalet planlægger i en fælles kalender.',
    novelty: 'Ikke i brug i Horsens Kommune; bruges i Randers og Viborg.',
    solutionNewness: 'new',
    citizenFacing: true,
    replacesOrPostpones: true,
    replacesOrPostponesText: 'Erstatter en del af den personlige guidning morgen og eftermiddag.',
    valueCitizens: 'Mere selvstændighed og mindre uro, når dagen ændrer sig.',
    valueEmployees: 'Færre gentagne forklaringer; fælles planlægning.',
    valueEconomy: 'Ca. 900 frigjorte timer om året på to bosteder.',
    resultGoals: [
      {
        indicator: 'Beboere, der selv følger dagsplanen',
        baseline: '4 af 22',
        target: '14 af 22',
        method: 'Registrering af kontaktpersonerne',
        deadline: addMonths(start, 10),
      },
    ],
    budget: [
      { year, costType: 'equipment', description: '22 vægskærme', amountOere: kr(176_000) },
      { year, costType: 'licences', description: 'Licenser, første år', amountOere: kr(66_000) },
      { year, costType: 'training', description: 'Oplæring af personalet', amountOere: kr(38_000) },
    ],
    coFinancing: [{ source: 'Bostedernes driftsbudget', amountOere: kr(30_000) }],
    startDate: start,
    endDate: addDays(addMonths(start, 12), -1),
    milestones: [
      { date: addMonths(start, 1), title: 'Skærme opsat på Nørrestrand' },
      { date: addMonths(start, 6), title: 'Afrapportering efter 6 måneder' },
    ],
    businessCase: {
      investmentOere: kr(280_000),
      yearlyRunningCostOere: kr(66_000),
      hoursFreedPerYear: 900,
      hourlyRateOere: kr(340),
      kronerSavedPerYearOere: 0,
      horizonYears: 5,
      discountRate: 0.035,
    },
    operationFinancingPlan: 'Bostederne betaler licenserne over deres driftsbudget, når projektåret er gået.',
    trainingPlan: 'To superbrugere pr. bosted; leverandøren holder to workshops.',
    leastIntervention: 'Beboeren vælger selv, hvilke påmindelser der bruges.',
    consent: 'Samtykke fra beboeren eller værgen.',
    freedomVsSafety: 'Kalenderen støtter; den registrerer ikke, hvor beboeren er.',
    privacy: 'Kun aktiviteter, ingen helbredsoplysninger, i kalenderen.',
  },
});

const vendeseng = (year: number): CaseSpec => ({
  lineKey: 'afproevning',
  leadDepartment: 'Sundhed og Omsorg',
  content: {
    title: 'Automatisk vendeseng i hjemmeplejen',
    summary: 'Senge, der selv vender sengeliggende borgere om natten, så to medarbejdere ikke skal køre ud for at vende borgeren.',
    projectType: 'afproevning',
    category: 'mobilitet',
    targetGroups: ['aeldre', 'medarbejdere'],
    effectGoals: ['borgere', 'medarbejdere', 'oekonomi'],
    privatePartners: [{ name: 'Care Motion ApS', cvr: '28115318', role: 'Leverandør af vendesystemer' }],
    publicPartners: [],
    needAnalysis: 'Hjemmeplejens nattevagt kører hver nat dobbeltbemandet ud til 12 borgere alene for at vende dem.',
    solution: 'Et vendesystem monteres i borgerens plejeseng og vender borgeren blidt hver 2.–3. time efter en individuel plan.',
    novelty: 'Ikke tidligere brugt i Horsens Kommune.',
    solutionNewness: 'new',
    citizenFacing: true,
    replacesOrPostpones: true,
    replacesOrPostponesText: 'Erstatter natlige vendebesøg.',
    valueCitizens: 'Uforstyrret nattesøvn og færre tryksår.',
    valueEmployees: 'Færre tunge løft og mindre natkørsel.',
    valueEconomy: 'Ca. 2.600 frigjorte timer om året i nattevagten.',
    resultGoals: [{ indicator: 'Natlige vendebesøg pr. uge', baseline: '84', target: '20', method: 'Udtræk fra omsorgssystemet', deadline: `${year}-12-31` }],
    budget: [{ year, costType: 'equipment', description: '12 vendesystemer inkl. montering', amountOere: kr(420_000) }],
    coFinancing: [{ source: 'Hjælpemiddeldepotet', amountOere: kr(50_000) }],
    startDate: `${year}-02-01`,
    endDate: `${year}-12-31`,
    milestones: [{ date: `${year}-03-01`, title: 'Første seks borgere i gang' }],
    businessCase: {
      investmentOere: kr(420_000),
      yearlyRunningCostOere: kr(30_000),
      hoursFreedPerYear: 2600,
      hourlyRateOere: kr(360),
      kronerSavedPerYearOere: 0,
      horizonYears: 7,
      discountRate: 0.035,
    },
    operationFinancingPlan: 'Service og reparationer betales af hjemmeplejens budget efter projektet.',
    trainingPlan: 'Ergoterapeuterne oplærer nattevagten og laver vendeplaner.',
    leastIntervention: 'Bruges kun, hvor borgeren ikke selv kan vende sig.',
    consent: 'Samtykke fra borgeren eller de pårørende.',
    freedomVsSafety: 'Sengen har sensor, der stopper vendingen ved uro.',
    privacy: 'Ingen data forlader sengen.',
  },
});

// ─── Aarhus ───────────────────────────────────────────────────────────────────────────────────────

const spiserobot = (year: number): CaseSpec => ({
  lineKey: 'vtu',
  leadDepartment: 'Sundhed og Omsorg',
  partnerDepartments: ['Sociale Forhold og Beskæftigelse'],
  content: {
    title: 'Spiserobotter til borgere med nedsat armfunktion',
    summary: 'Borgere, der ikke selv kan føre hånden til munden, spiser selv ved hjælp af en spiserobot i stedet for at blive madet.',
    projectType: 'testprojekt',
    category: 'robotter',
    targetGroups: ['handicap', 'aeldre'],
    effectGoals: ['selvhjulpenhed', 'frigjorte-ressourcer'],
    privatePartners: [{ name: 'Robotic Meals ApS', cvr: '35890025', role: 'Leverandør og udviklingspartner' }],
    publicPartners: [{ name: 'VIA University College, Ergoterapeutuddannelsen', role: 'Evaluering' }],
    needAnalysis: 'Ca. 60 borgere i plejeboliger og botilbud bliver madet ved hvert måltid; det tager tid og tager værdighed fra borgeren.',
    solution: 'En spiserobot, som borgeren styrer med en knap eller hagen; personalet anretter maden og sætter robotten op.',
    novelty: 'Spiserobotter bruges få steder; nyt er brugen i botilbud for yngre borgere med muskelsvind og sklerose.',
    solutionNewness: 'new_use',
    citizenFacing: true,
    replacesOrPostpones: true,
    replacesOrPostponesText: 'Erstatter madning ved de fleste måltider.',
    valueCitizens: 'Selv at bestemme tempo og rækkefølge; værdighed ved måltidet.',
    valueEmployees: 'Mere tid til samvær ved måltidet i stedet for madning.',
    valueEconomy: 'Ca. 20 minutter frigjort pr. måltid pr. borger.',
    resultGoals: [
      {
        indicator: 'Måltider, hvor borgeren spiser selv',
        baseline: '0 %',
        target: '60 %',
        method: 'Registrering i to uger hver tredje måned',
        deadline: `${year}-12-31`,
      },
    ],
    budget: [
      { year, costType: 'equipment', description: '10 spiserobotter', amountOere: kr(450_000) },
      { year, costType: 'consultancy', description: 'Evaluering ved VIA', amountOere: kr(120_000) },
    ],
    coFinancing: [{ source: 'Robotic Meals ApS (udviklingstimer)', amountOere: kr(100_000) }],
    startDate: `${year}-01-15`,
    endDate: `${year}-12-31`,
    milestones: [{ date: `${year}-03-01`, title: 'Robotter i brug på tre botilbud' }],
    businessCase: {
      investmentOere: kr(570_000),
      yearlyRunningCostOere: kr(40_000),
      hoursFreedPerYear: 2000,
      hourlyRateOere: kr(350),
      kronerSavedPerYearOere: 0,
      horizonYears: 5,
      discountRate: 0.035,
    },
    operationFinancingPlan: 'Ved positiv evaluering indgår robotterne i hjælpemiddelsortimentet.',
    trainingPlan: 'Ergoterapeuter oplærer personale og borgere.',
    leastIntervention: 'Borgeren vælger ved hvert måltid, om robotten skal bruges.',
    consent: 'Skriftligt samtykke.',
    freedomVsSafety: 'Personalet er til stede under måltidet.',
    privacy: 'Robotten gemmer ingen data.',
  },
});

/**
 * Ideas, applications in every step, a past meeting with an approval and a payout, an upcoming meeting
 * with a draft agenda, for Vejle, Horsens and Aarhus; dated relative to `today` (the seeding day):
 * submitted from a few days to weeks ago, decided only at meetings that have started, money committed
 * only in this year or later (src/demo/dating.ts).
 */
export async function seedDemoCases(db: Db, options: { today?: string } = {}): Promise<void> {
  const { today, year } = demoToday(options.today);
  const vejle = await orgPool(db, 'vejle');
  const horsens = await orgPool(db, 'horsens');
  const aarhus = await orgPool(db, 'aarhus');

  // A second reviewer in Vejle, so a case can show two reviews side by side.
  await createUser(db, null, { email: DEMO_SECOND_REVIEWER.email, name: DEMO_SECOND_REVIEWER.name, password: DEMO_PASSWORD });
  await grantRole(db, null, { email: DEMO_SECOND_REVIEWER.email, organisationSlug: 'vejle', role: 'reviewer' });

  const v = {
    applicant: await actorOf(db, 'ansoeger@vejle.demo'),
    secretariat: await actorOf(db, 'sekretariat@vejle.demo'),
    reviewer: await actorOf(db, 'bedoemmer@vejle.demo'),
    reviewer2: await actorOf(db, DEMO_SECOND_REVIEWER.email),
    council: await actorOf(db, 'raad@vejle.demo'),
    finance: await actorOf(db, 'oekonomi@vejle.demo'),
  };
  const h = {
    applicant: await actorOf(db, 'ansoeger@horsens.demo'),
    secretariat: await actorOf(db, 'sekretariat@horsens.demo'),
    reviewer: await actorOf(db, 'bedoemmer@horsens.demo'),
    council: await actorOf(db, 'raad@horsens.demo'),
    finance: await actorOf(db, 'oekonomi@horsens.demo'),
  };
  const a = {
    applicant: await actorOf(db, 'ansoeger@aarhus.demo'),
    secretariat: await actorOf(db, 'sekretariat@aarhus.demo'),
  };

  // Days before the seeding day, at 10.00 Danish time unless said otherwise.
  const ago = (days: number, time = '10:00') => instantAt(addDays(today, -days), time);

  // ── Ideas ──
  const skaerm = await happenedAt(db, ago(40), () =>
    createIdea(db, h.applicant, {
      poolId: horsens.poolId,
      title: 'Skærmbesøg i hjemmeplejen',
      summary: 'Korte tilsyn og medicinpåmindelser som skærmbesøg på en tablet i stedet for fysiske besøg.',
      needAnalysis:
        'Hjemmeplejen i Horsens Syd kører ca. 400 besøg om ugen, der varer under ti minutter (tilsyn, påmindelser). ' +
        'Mange borgere oplever besøgene som forstyrrende, og kørslen tager op mod en tredjedel af tiden.',
    }),
  );
  await happenedAt(db, ago(38), () =>
    adviseIdea(db, h.secretariat, {
      ideaId: skaerm.id,
      topic: 'economy',
      body: 'Husk at vise, hvordan licenserne betales efter projektet: puljen kræver en plan for enhedens egen finansiering. Regn gerne med frigjorte køretimer i business casen.',
    }),
  );
  await happenedAt(db, ago(37, '13:30'), () =>
    adviseIdea(db, h.secretariat, {
      ideaId: skaerm.id,
      topic: 'law',
      body: 'Skærmbesøg må kun erstatte et fysisk besøg efter en konkret vurdering og med borgerens samtykke (servicelovens § 83). Beskriv også, hvordan I sikrer, at der ikke optages noget.',
    }),
  );
  await happenedAt(db, ago(35), () =>
    adviseIdea(db, h.applicant, {
      ideaId: skaerm.id,
      body: 'Tak! Vi tager samtykke og visitation med i ansøgningen og regner kørslen med i business casen.',
    }),
  );

  const sensorer = await happenedAt(db, ago(20), () =>
    createIdea(db, v.applicant, {
      poolId: vejle.poolId,
      title: 'Sensorer mod faldulykker',
      summary: 'Sensorer i loftet, der opdager fald og usædvanlig uro om natten i plejeboliger.',
      needAnalysis: 'Faldulykker om natten er den hyppigste årsag til akutte indlæggelser fra plejecentrene; mange fald opdages først ved næste tilsyn.',
    }),
  );
  await happenedAt(db, ago(18), () =>
    adviseIdea(db, v.secretariat, {
      ideaId: sensorer.id,
      topic: 'project_management',
      body: 'God idé, som passer til puljens seniorområde. Start med ét plejecenter og aftal med natholdet, hvordan alarmerne håndteres.',
    }),
  );
  await happenedAt(db, ago(17), () =>
    assessIdea(db, v.secretariat, {
      ideaId: sensorer.id,
      assessment: 'promising',
      note: 'Lovende: klar gevinst for borgere og arbejdsmiljø. Søg til et af de næste rådsmøder med en business case.',
    }),
  );

  const genoptraening = await happenedAt(db, ago(7), () =>
    createIdea(db, a.applicant, {
      poolId: aarhus.poolId,
      title: 'Træningsapp til genoptræning i eget hjem',
      summary: 'En app med videoøvelser, som borgeren bruger mellem træningsbesøgene.',
      needAnalysis: 'Borgere i genoptræning træner for lidt mellem besøgene, og forløbene bliver lange.',
    }),
  );
  await happenedAt(db, ago(5), () =>
    assessIdea(db, a.secretariat, {
      ideaId: genoptraening.id,
      assessment: 'new_angle',
      note: 'Træningsapps er udbredte; find en ny vinkel, fx træning sammen med pårørende eller en privat partner, der udvikler noget nyt.',
    }),
  );

  // ── Vejle: a draft, a fresh submission, one reviewed and on the next council meeting's draft agenda,
  //    and one approved at a council meeting more than a year ago (since tried, evaluated and scaled up) ──
  await draft(db, vejle, v.applicant, vasketoiletter(year + 1), ago(2));
  await submitted(db, vejle, v.applicant, medicinhusker(year + 1), ago(9), ago(4, '14:20'));

  const kol = await submitted(db, vejle, v.applicant, kolKuffert(year + 1), ago(32), ago(25, '11:45'));
  await reviewed(db, vejle, v.secretariat, kol, ago(21), [
    {
      reviewer: v.reviewer,
      scores: [4, 5, 3, 4, 4, 4, 3],
      comments: { 'oekonomisk-gevinst': 'Færre akutte indlæggelser giver en tydelig gevinst; kørselsbesparelsen er skønnet forsigtigt.' },
      overallComment: 'Velbeskrevet projekt med klar effekt for borgerne og et godt samarbejde med sygehuset.',
      on: ago(12),
    },
    {
      reviewer: v.reviewer2,
      scores: [3, 4, 3, 4, 5, 4, 4],
      comments: { 'tvaerfaglige-koblinger': 'Godt samspil mellem sygepleje og Sygehus Lillebælt.' },
      overallComment: 'Anbefales, men business casen bør følges op efter seks måneder.',
      on: ago(6),
    },
  ]);
  const nextCouncil = await meetingAfter(db, vejle, new Date());
  await onAgenda(
    db,
    vejle,
    v.secretariat,
    kol,
    nextCouncil.id,
    {
      lineKey: 'ordinaer',
      split: [{ year: year + 1, amountOere: kr(460_000) }],
      justification: 'Direktørerne indstiller projektet: klar effekt for borgerne, et godt samarbejde med sygehuset og en forsigtig business case.',
    },
    ago(3),
  );

  // The robot vacuum cleaners: the trial started 14 months ago (outcome-cases.ts), so the council
  // approved it at its last meeting before that; the grant is this year's money (a decision commits
  // only budget years that have not ended).
  const robotStart = addDays(today, -420);
  const robotMeeting = await meetingBefore(db, vejle, ago(430));
  const beforeMeeting = (days: number) => daysBefore(robotMeeting.startsAt, days);
  const robot = await submitted(db, vejle, v.applicant, robotstoevsugere(year, robotStart), beforeMeeting(75), beforeMeeting(60));
  await reviewed(db, vejle, v.secretariat, robot, beforeMeeting(55), [
    {
      reviewer: v.reviewer,
      scores: [5, 3, 5, 4, 3, 4, 5],
      overallComment: 'Stor og veldokumenteret tidsgevinst; løsningen kan bredes ud til alle centre.',
      on: beforeMeeting(45),
    },
    {
      reviewer: v.reviewer2,
      scores: [4, 3, 5, 4, 3, 4, 4],
      overallComment: 'Klar gevinst for arbejdsmiljøet. Driftsplanen er realistisk.',
      on: beforeMeeting(42),
    },
  ]);
  await approvedAtMeeting(db, vejle, v.secretariat, v.council, robot, robotMeeting, {
    lineKey: 'ordinaer',
    split: [{ year, amountOere: kr(850_000) }],
    justification:
      'Direktørerne for Kultur & Sundhed og Velfærd indstiller projektet: høj score på økonomisk gevinst og arbejdsmiljø, og driften er finansieret efter projektet.',
    conditions: 'Evalueringen forelægges rådet senest 14 måneder efter projektstart.',
  });
  await recordPayout(db, v.finance, {
    applicationId: robot,
    budgetLineId: need(vejle.lines.ordinaer, 'Vejle ordinary line'),
    year,
    amountOere: kr(400_000),
    reference: `Faktura ${year}-1187, Nordisk Rengøringsteknik ApS`,
    reason: 'Første rate: robotter leveret til Bredballe og Søndermarken',
  });

  // ── Horsens: one fresh submission, one approved by Styregruppen at its last meeting at least a month ago and partly paid out ──
  await submitted(db, horsens, h.applicant, vendeseng(year + 1), ago(16), ago(9, '09:15'));
  const horsensMeeting = await meetingBefore(db, horsens, ago(30));
  const beforeHorsens = (days: number) => daysBefore(horsensMeeting.startsAt, days);
  const dag = await submitted(
    db,
    horsens,
    h.applicant,
    dagsstruktur(year, addDays(todayInCopenhagen(horsensMeeting.startsAt), 14)),
    beforeHorsens(40),
    beforeHorsens(35),
  );
  await reviewed(db, horsens, h.secretariat, dag, beforeHorsens(32), [
    {
      reviewer: h.reviewer,
      scores: [4, 4, 4, 5, 4],
      overallComment: 'Værdi på alle tre bundlinjer og en klar plan for licenserne efter projektet.',
      on: beforeHorsens(30),
    },
  ]);
  await approvedAtMeeting(db, horsens, h.secretariat, h.council, dag, horsensMeeting, {
    lineKey: 'afproevning',
    split: [{ year, amountOere: kr(280_000) }],
    justification: 'Sekretariatet indstiller: ny løsning i Horsens med værdi på alle tre bundlinjer.',
  });
  await recordPayout(db, h.finance, {
    applicationId: dag,
    budgetLineId: need(horsens.lines.afproevning, 'Horsens line'),
    year,
    amountOere: kr(176_000),
    reference: 'Kontostreng 5.32.32.001-2210',
    reason: 'Vægskærme leveret',
  });

  // ── Aarhus: one submitted ──
  await submitted(db, aarhus, a.applicant, spiserobot(year + 1), ago(15), ago(11, '15:05'));

  await seedProjectCases(db, today); // projects after the grant (Horsens: 6-month report accepted, 12-month overdue)
  await seedOutcomeCases(db, today);
}
