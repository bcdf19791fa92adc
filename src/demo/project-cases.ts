import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/accounts.js';
import { departments, organisations } from '../db/schema/organisations.js';
import { budgetLines, decisionBodies, pools } from '../db/schema/pools.js';
import { followUpReports } from '../db/schema/projects.js';
import { addMonths, todayInCopenhagen } from '../domain/dates.js';
import { addDays, happenedAt, instantAt } from './dating.js';
import { loadActor } from '../usecases/accounts/load-actor.js';
import { createApplication } from '../usecases/applications/create-application.js';
import { submitApplication } from '../usecases/applications/submit-application.js';
import { updateApplication } from '../usecases/applications/update-application.js';
import { assignReviewers } from '../usecases/assessment/assign-reviewers.js';
import { declareConflict } from '../usecases/assessment/declare-conflict.js';
import { recommendApplication } from '../usecases/assessment/recommend-application.js';
import { screenApplication } from '../usecases/assessment/screen-application.js';
import { submitReview } from '../usecases/assessment/submit-review.js';
import { recordPayout } from '../usecases/ledger/record-payout.js';
import { createMeeting } from '../usecases/meetings/create-meeting.js';
import { publishMeeting } from '../usecases/meetings/publish-meeting.js';
import { recordDecision } from '../usecases/meetings/record-decision.js';
import { setAgenda } from '../usecases/meetings/set-agenda.js';
import { reviewFollowUpReport } from '../usecases/projects/review-follow-up-report.js';
import { startProject } from '../usecases/projects/start-project.js';
import { submitFollowUpReport } from '../usecases/projects/submit-follow-up-report.js';
import type { Actor } from '../usecases/shared/actor.js';

/**
 * The Horsens demo project after the grant, dated relative to the day it is seeded: submitted 15
 * months ago, approved by Styregruppen 14 months ago and started 13 months ago, its 6-month report
 * submitted and accepted, its 12-month report a month overdue (so the project page, the reports-due
 * table and the reminders have something to show). The grant is this year's money (a decision
 * commits only budget years that have not ended). Everything goes through the same use cases as the
 * forms, each step dated when it happened (dating.ts).
 */
const kr = (kroner: number) => kroner * 100;

export const HORSENS_DEMO_PROJECT = 'Digitale huskeure til borgere med demens';

async function actorOf(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const actor = u ? await loadActor(db, u.id) : null;
  if (!actor) throw new Error(`demo projects: no actor ${email}`);
  return actor;
}

export async function seedProjectCases(db: Db, today: string = todayInCopenhagen()): Promise<void> {
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'horsens'));
  if (!org) throw new Error('demo projects: no Horsens');
  const [pool] = await db.select().from(pools).where(eq(pools.organisationId, org.id)).orderBy(asc(pools.createdAt));
  if (!pool) throw new Error('demo projects: no Horsens pool');
  const [line] = await db
    .select({ id: budgetLines.id })
    .from(budgetLines)
    .where(and(eq(budgetLines.poolId, pool.id), eq(budgetLines.key, 'afproevning')));
  const [body] = await db.select({ id: decisionBodies.id }).from(decisionBodies).where(eq(decisionBodies.poolId, pool.id));
  const [dept] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.organisationId, org.id), eq(departments.name, 'Sundhed og Omsorg')));
  if (!line || !body || !dept) throw new Error('demo projects: Horsens line, body or department missing');
  const applicant = await actorOf(db, 'ansoeger@horsens.demo');
  const secretariat = await actorOf(db, 'sekretariat@horsens.demo');
  const reviewer = await actorOf(db, 'bedoemmer@horsens.demo');
  const council = await actorOf(db, 'raad@horsens.demo');
  const finance = await actorOf(db, 'oekonomi@horsens.demo');

  const startedOn = addMonths(today, -13);
  const meetingDay = addMonths(today, -14);
  const year = Number(today.slice(0, 4));
  /** Days before the meeting, at 10.00. */
  const beforeMeeting = (days: number) => instantAt(addDays(meetingDay, -days));

  const id = await happenedAt(db, beforeMeeting(45), async () => {
    const created = await createApplication(db, applicant, { poolId: pool.id, title: HORSENS_DEMO_PROJECT });
    await updateApplication(db, applicant, {
      applicationId: created.id,
      leadDepartmentId: dept.id,
      budgetLineId: line.id,
      summary: 'Hjemmeboende borgere med demens får et huskeur, der viser dag og tid og minder om måltider og medicin, så de klarer mere selv.',
      projectType: 'afproevning',
      category: 'hukommelse',
      targetGroups: ['aeldre'],
      effectGoals: ['borgere', 'medarbejdere', 'oekonomi'],
      privatePartners: [{ name: 'Huskeur Danmark ApS', cvr: '26150620', role: 'Leverandør af huskeure og platform' }],
      needAnalysis: 'Hjemmeplejen i Horsens Midt ringer eller kører ud dagligt til ca. 40 borgere med demens alene for at minde dem om måltider og medicin.',
      solution: 'Et huskeur med stor skærm og talte påmindelser; pårørende og hjemmeplejen lægger påmindelser ind i en fælles app.',
      novelty: 'Ikke i brug i Horsens Kommune.',
      solutionNewness: 'new',
      citizenFacing: true,
      replacesOrPostpones: true,
      replacesOrPostponesText: 'Erstatter en del af de daglige påmindelsesopkald og -besøg.',
      valueCitizens: 'Mere selvhjulpenhed og tryghed i eget hjem.',
      valueEmployees: 'Færre korte påmindelsesbesøg og opkald.',
      valueEconomy: 'Ca. 1.200 frigjorte timer om året i hjemmeplejen.',
      resultGoals: [
        {
          indicator: 'Påmindelsesbesøg og -opkald pr. uge',
          baseline: '280',
          target: '120',
          method: 'Udtræk fra omsorgssystemet',
          deadline: addMonths(startedOn, 12),
        },
        {
          indicator: 'Borgere, der oplever større tryghed',
          baseline: '0 %',
          target: '70 %',
          method: 'Interview med borger og pårørende',
          deadline: addMonths(startedOn, 12),
        },
      ],
      budget: [
        { year, costType: 'equipment', description: '40 huskeure', amountOere: kr(160_000) },
        { year, costType: 'licences', description: 'Platform, første år', amountOere: kr(48_000) },
        { year, costType: 'training', description: 'Oplæring af hjemmeplejen', amountOere: kr(22_000) },
      ],
      coFinancing: [{ source: 'Hjemmeplejens driftsbudget', amountOere: kr(20_000) }],
      startDate: startedOn,
      endDate: addMonths(startedOn, 15),
      milestones: [
        { date: addMonths(startedOn, 1), title: 'De første 15 huskeure i brug' },
        { date: addMonths(startedOn, 4), title: 'Alle 40 borgere i gang' },
      ],
      businessCase: {
        investmentOere: kr(230_000),
        yearlyRunningCostOere: kr(48_000),
        hoursFreedPerYear: 1200,
        hourlyRateOere: kr(340),
        kronerSavedPerYearOere: 0,
        horizonYears: 5,
        discountRate: 0.035,
      },
      operationFinancingPlan: 'Hjemmeplejen betaler licenserne fra andet år inden for de frigjorte timer.',
      trainingPlan: 'To superbrugere pr. gruppe oplæres af leverandøren.',
      leastIntervention: 'Huskeuret minder; det overvåger ikke.',
      consent: 'Samtykke fra borgeren og efter ønske de pårørende.',
      freedomVsSafety: 'Ingen kamera eller lokalisering.',
      privacy: 'Kun påmindelser gemmes; databehandleraftale med leverandøren.',
    });
    return created.id;
  });
  await happenedAt(db, beforeMeeting(40), () => submitApplication(db, applicant, { applicationId: id }));
  await happenedAt(db, beforeMeeting(36), async () => {
    await screenApplication(db, secretariat, { applicationId: id, decision: 'qualify' });
    await assignReviewers(db, secretariat, { applicationId: id, mode: 'manual', reviewerUserIds: [reviewer.userId] });
  });
  const criteria = Object.fromEntries(pool.rubric.criteria.map((c) => [c.key, { score: 4, comment: '' }]));
  await happenedAt(db, beforeMeeting(25), async () => {
    await declareConflict(db, reviewer, { applicationId: id, hasConflict: false });
    await submitReview(db, reviewer, { applicationId: id, criteria, overallComment: 'Enkel løsning med klar gevinst; overførbar til de andre distrikter.' });
  });
  const split = [{ year, amountOere: kr(230_000) }];
  await happenedAt(db, beforeMeeting(18), () =>
    recommendApplication(db, secretariat, {
      applicationId: id,
      kind: 'recommend',
      amountOere: kr(230_000),
      budgetLineId: line.id,
      split,
      justification: 'Ny løsning i Horsens med værdi på alle tre bundlinjer.',
    }),
  );
  const meeting = await happenedAt(db, beforeMeeting(30), () =>
    createMeeting(db, secretariat, { decisionBodyId: body.id, startsAt: `${meetingDay}T13:00`, location: 'Horsens Rådhus' }),
  );
  await happenedAt(db, beforeMeeting(14), () => setAgenda(db, secretariat, { meetingId: meeting.id, applicationIds: [id] }));
  await happenedAt(db, instantAt(meetingDay, '14:00'), () =>
    recordDecision(db, council, {
      meetingId: meeting.id,
      applicationId: id,
      outcome: 'approve',
      amountOere: kr(230_000),
      budgetLineId: line.id,
      split,
      conditions: 'Afrapportering efter 6 og 12 måneder om gevinster og udbredelse.',
    }),
  );
  await happenedAt(db, instantAt(addDays(meetingDay, 2)), () => publishMeeting(db, secretariat, { meetingId: meeting.id }));
  await recordPayout(db, finance, {
    applicationId: id,
    budgetLineId: line.id,
    year,
    amountOere: kr(160_000),
    reference: 'Faktura 2291, Huskeur Danmark ApS',
    reason: 'Huskeure leveret',
  });

  await happenedAt(db, instantAt(startedOn, '08:30'), () => startProject(db, applicant, { applicationId: id, startedOn }));
  const [six] = await db
    .select({ id: followUpReports.id })
    .from(followUpReports)
    .where(and(eq(followUpReports.applicationId, id), eq(followUpReports.monthsAfterStart, 6)));
  if (!six) throw new Error('demo projects: no 6-month report');
  await happenedAt(db, instantAt(addDays(addMonths(startedOn, 6), -3)), () =>
    submitFollowUpReport(db, applicant, {
      applicationId: id,
      reportId: six.id,
      content: {
        goals: [
          {
            goalIndex: 0,
            value: '165',
            measuredOn: addMonths(startedOn, 5),
            method: 'Udtræk fra omsorgssystemet, uge 20',
            comment: 'Faldet kom hurtigere end ventet.',
            onTrack: 'yes',
          },
          {
            goalIndex: 1,
            value: '55 %',
            measuredOn: addMonths(startedOn, 5),
            method: 'Interview med 20 borgere',
            comment: 'Nogle borgere skulle vænne sig til talen.',
            onTrack: 'no',
          },
        ],
        hoursFreedPerYear: 700,
        kronerSavedPerYearOere: null,
        gainsComment: 'Halvdelen af den forventede tidsgevinst efter et halvt år; resten ventes, når alle 40 er i gang.',
        spending: [
          { year, costType: 'equipment', amountOere: kr(160_000) },
          { year, costType: 'training', amountOere: kr(18_000) },
        ],
        milestones: [
          { title: 'De første 15 huskeure i brug', plannedOn: addMonths(startedOn, 1), actualOn: addMonths(startedOn, 1), comment: '' },
          {
            title: 'Alle 40 borgere i gang',
            plannedOn: addMonths(startedOn, 4),
            actualOn: addMonths(startedOn, 5),
            comment: 'En måned forsinket pga. levering.',
          },
        ],
        lessons: 'Påmindelserne skal lægges ind sammen med borgeren, ellers bliver de ikke brugt. De pårørende er en stor hjælp.',
        adoption:
          'Andre distrikter kan bruge vores skabelon til påmindelser og visitationskriterier; superbrugerne i Horsens Midt kan oplære nye grupper på en halv dag.',
      },
    }),
  );
  await happenedAt(db, instantAt(addDays(addMonths(startedOn, 6), 4)), () =>
    reviewFollowUpReport(db, secretariat, { applicationId: id, reportId: six.id, outcome: 'accept', comment: 'Tak for en grundig rapport.' }),
  );
}
