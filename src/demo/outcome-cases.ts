import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/accounts.js';
import { applications } from '../db/schema/applications.js';
import { departments, organisations } from '../db/schema/organisations.js';
import { budgetLines, decisionBodies } from '../db/schema/pools.js';
import { todayInCopenhagen } from '../domain/dates.js';
import { addDays, happenedAt, instantAt } from './dating.js';
import { loadActor } from '../usecases/accounts/load-actor.js';
import { applyTransition } from '../usecases/applications/apply-transition.js';
import { recordPayout } from '../usecases/ledger/record-payout.js';
import { createMeeting } from '../usecases/meetings/create-meeting.js';
import { decideProjectOutcome } from '../usecases/projects/decide-project-outcome.js';
import { putEvaluationOnAgenda } from '../usecases/projects/evaluation-agenda.js';
import { recordEvaluation } from '../usecases/projects/record-evaluation.js';
import { recordHandover } from '../usecases/projects/record-handover.js';
import { reviewFollowUpReport } from '../usecases/projects/review-follow-up-report.js';
import { startProject } from '../usecases/projects/start-project.js';
import { submitFollowUpReport } from '../usecases/projects/submit-follow-up-report.js';
import type { Actor } from '../usecases/shared/actor.js';

/**
 * The Vejle demo project after the grant (issue 10): the robot vacuum cleaners approved at the
 * council meeting (seedDemoCases) go through the trial, are evaluated on the VTV dimensions with the
 * actual business case, presented to Velfærdsteknologirådet, scaled up by management and handed over
 * to the care centres' operating budget. Dated relative to the day it is seeded; everything through
 * the use cases, as the person whose job it is. Called with one line at the end of seedDemoCases.
 */
const kr = (kroner: number) => kroner * 100;

async function actor(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const a = u ? await loadActor(db, u.id) : null;
  if (!a) throw new Error(`outcome demo: no actor ${email}`);
  return a;
}

export async function seedOutcomeCases(db: Db, today: string = todayInCopenhagen()): Promise<void> {
  const year = Number(today.slice(0, 4));
  const daysFromToday = (n: number) => addDays(today, n);
  /** n days from today at 10.00 (n < 0: in the past). */
  const on = (n: number, time = '10:00') => instantAt(daysFromToday(n), time);
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'vejle'));
  if (!org) throw new Error('outcome demo: no Vejle');
  const [robot] = await db
    .select({ id: applications.id, poolId: applications.poolId })
    .from(applications)
    .where(and(eq(applications.organisationId, org.id), eq(applications.title, 'Robotstøvsugere i plejeboliger')));
  if (!robot) throw new Error('outcome demo: no robot project');
  const [line] = await db
    .select({ id: budgetLines.id })
    .from(budgetLines)
    .where(and(eq(budgetLines.poolId, robot.poolId), eq(budgetLines.key, 'ordinaer')));
  const [council] = await db.select({ id: decisionBodies.id }).from(decisionBodies).where(eq(decisionBodies.poolId, robot.poolId));
  const deps = new Map(
    (await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.organisationId, org.id))).map((d) => [
      d.name,
      d.id,
    ]),
  );
  const velfaerd = deps.get('Velfærd');
  const kultur = deps.get('Kultur & Sundhed');
  if (!line || !council || !velfaerd || !kultur) throw new Error('outcome demo: Vejle setup incomplete');

  const secretariat = await actor(db, 'sekretariat@vejle.demo');
  const management = await actor(db, 'raad@vejle.demo');
  const applicant = await actor(db, 'ansoeger@vejle.demo');
  const finance = await actor(db, 'oekonomi@vejle.demo');

  // The second instalment, before the handover (after it the pool pays nothing more).
  await recordPayout(db, finance, {
    applicationId: robot.id,
    budgetLineId: line.id,
    year,
    amountOere: kr(200_000),
    reference: `Faktura ${year}-1342, Nordisk Rengøringsteknik ApS`,
    reason: 'Anden rate: robotter til Kirkebakken',
  });
  // The actual start through the same use case as the project page's form: the project row, the
  // planned milestones and the 12-month report (Vejle's followUpMonths) with its reminders.
  const startedOn = daysFromToday(-420);
  const { reports } = await happenedAt(db, on(-420, '08:30'), () =>
    startProject(db, secretariat, { applicationId: robot.id, startedOn, plannedEndOn: daysFromToday(-50) }),
  );
  const twelve = reports[0];
  if (!twelve) throw new Error('outcome demo: no 12-month report');
  const measuredOn = daysFromToday(-62);
  await happenedAt(db, on(-57), () =>
    submitFollowUpReport(db, applicant, {
      applicationId: robot.id,
      reportId: twelve.id,
      content: {
        goals: [
          { goalIndex: 0, value: '8', measuredOn, method: 'Tidsregistrering i to uger', comment: 'Målet er nået på alle tre centre.', onTrack: 'yes' },
          { goalIndex: 1, value: '78 %', measuredOn, method: 'Spørgeskema til 64 medarbejdere', comment: '', onTrack: 'yes' },
        ],
        hoursFreedPerYear: 6800,
        kronerSavedPerYearOere: null,
        gainsComment: 'Flere frigjorte timer end forventet (6.800 mod 6.300 om året).',
        spending: [
          { year, costType: 'equipment', amountOere: kr(540_000) },
          { year, costType: 'training', amountOere: kr(60_000) },
        ],
        milestones: [],
        lessons: 'Ladestationerne skal placeres, så de ikke er en faldrisiko; beboere med demens skal introduceres til robotten.',
        adoption: 'Driftsmodellen og tjeklisten kan bruges uændret på alle plejecentre og i botilbud.',
      },
    }),
  );
  await happenedAt(db, on(-55), () =>
    reviewFollowUpReport(db, secretariat, { applicationId: robot.id, reportId: twelve.id, outcome: 'accept', comment: 'Godkendt; klar til evaluering.' }),
  );
  // No use case moves a trial into follow-up by itself; the secretariat does it through the workflow.
  await happenedAt(db, on(-55, '10:05'), () =>
    db.transaction((tx) => applyTransition(tx, secretariat, { applicationId: robot.id, action: 'begin_follow_up', roles: ['secretariat'] })),
  );

  const dim = (score: number, argument: string) => ({ score, argument });
  await happenedAt(db, on(-40), () =>
    recordEvaluation(db, secretariat, {
      applicationId: robot.id,
      dimensions: {
        citizen: dim(4, 'Beboerne oplever renere gulve og mere tid med personalet; enkelte beboere med demens var urolige ved robotten de første uger.'),
        organisation: dim(5, 'Personalet bruger 17 minutter mindre pr. bolig om dagen og melder om færre belastende arbejdsstillinger (78 % mod målet 70 %).'),
        technology: dim(4, 'Stabil drift; to robotter udskiftet under garantien. Ladestationerne skal placeres, så de ikke er en faldrisiko.'),
        economy: dim(4, 'Flere frigjorte timer end forventet (6.800 mod 6.300 om året); servicekontrakten er som budgetteret.'),
        ethicsLaw: dim(4, 'Robotterne gemmer ingen data; beboerne og pårørende er informeret, og robotten kører kun, når beboeren er uden for boligen.'),
        transferability: dim(5, 'Driftsmodellen og tjeklisten kan bruges uændret på alle plejecentre og i botilbud.'),
      },
      goals: [
        {
          goalIndex: 0,
          indicator: 'Minutter brugt på gulvrengøring pr. bolig pr. dag',
          target: '8',
          before: '25',
          mid: '12',
          after: '8',
          met: true,
          comment: 'Målt i to uger ved 6 og 12 måneder.',
        },
        {
          goalIndex: 1,
          indicator: 'Medarbejdere, der oplever færre belastende arbejdsstillinger',
          target: '70 %',
          before: '0 %',
          mid: '45 %',
          after: '78 %',
          met: true,
          comment: 'Spørgeskema til 64 medarbejdere.',
        },
      ],
      actualBusinessCase: {
        investmentOere: kr(850_000),
        yearlyRunningCostOere: kr(150_000),
        hoursFreedPerYear: 6800,
        hourlyRateOere: kr(345),
        kronerSavedPerYearOere: 0,
        horizonYears: 5,
        discountRate: 0.035,
      },
      recommendation: 'scale_up',
      scaleUpDepartmentIds: [velfaerd, kultur],
      scaleUpNote: 'Alle kommunens plejecentre og botilbuddene i Kultur & Sundhed',
      recommendationReason: 'Begge resultatmål er nået, og gevinsten er større end forventet. Løsningen kan udbredes uden tilpasning.',
      summary: 'Afprøvningen på Bredballe, Søndermarken og Kirkebakken er gennemført og fulgt op efter 6 og 12 måneder.',
    }),
  );

  const meeting = await happenedAt(db, on(-35), () =>
    createMeeting(db, secretariat, {
      decisionBodyId: council.id,
      startsAt: `${daysFromToday(-21)}T15:00`,
      location: 'Vejle Rådhus, mødelokale 1',
    }),
  );
  await happenedAt(db, on(-30), () => putEvaluationOnAgenda(db, secretariat, { applicationId: robot.id, meetingId: meeting.id }));
  await happenedAt(db, on(-14), () =>
    decideProjectOutcome(db, management, {
      applicationId: robot.id,
      outcome: 'scale_up',
      decidedOn: daysFromToday(-14),
      reason:
        'Velfærdsteknologirådet anbefaler udbredelse; direktionen beslutter opskalering til alle plejecentre og botilbud. Driften finansieres af områderne selv.',
      scaleUpDepartmentIds: [velfaerd, kultur],
    }),
  );
  await happenedAt(db, on(-10), () =>
    recordHandover(db, secretariat, {
      applicationId: robot.id,
      ownerDepartmentId: velfaerd,
      operatingBudget: 'Plejecentrenes driftsbudget (Velfærd), konto 5.32.32',
      yearlyOperatingCostOere: kr(150_000),
      trainingPlan: 'To superbrugere pr. center oplæres af leverandøren; de oplærer kollegerne efter tjeklisten. Nye medarbejdere oplæres ved introduktionen.',
      goLiveDate: daysFromToday(14),
    }),
  );
}
