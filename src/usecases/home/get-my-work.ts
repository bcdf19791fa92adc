import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { applications } from '../../db/schema/applications.js';
import { agendaItems, decisions, informationRequests, reviews } from '../../db/schema/assessment.js';
import { ledgerEntries } from '../../db/schema/ledger.js';
import { decisionBodies, meetings, pools } from '../../db/schema/pools.js';
import { followUpReports } from '../../db/schema/projects.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { addDays, DUE_WINDOW_DAYS } from '../../domain/follow-up.js';
import { paths } from '../../paths.js';
import { can } from '../../policies/authorize.js';
import { workOrganisations, type WorkGroup } from '../../policies/home.js';
import { AGENDA_READY_STATES } from '../meetings/agenda-candidates.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export const getMyWorkSchema = z.object({});

/** How many of a section's items are listed (its count covers all). */
export const WORK_ITEMS_SHOWN = 10;

export const WORK_SECTION_KEYS = [
  'applying.drafts',
  'applying.questions',
  'applying.decisions',
  'applying.reportsDue',
  'caseHandling.newSubmissions',
  'caseHandling.answeredQuestions',
  'caseHandling.reviewsOutstanding',
  'caseHandling.readyForAgenda',
  'caseHandling.reportsDue',
  'reviewing.assignedReviews',
  'deciding.nextMeeting',
  'paying.awaitingPayout',
] as const;
export type WorkSectionKey = (typeof WORK_SECTION_KEYS)[number];

export interface WorkItem {
  id: string;
  title: string;
  caseNumber: string | null;
  href: string;
  /** The moment that orders the list: submitted, asked, answered, decided, assigned, the next meeting's start. */
  at: Date | null;
  /** A date-only due date (reports). */
  dueOn: string | null;
  overdue: boolean;
  /** Money, where the section is about money (left to pay out). */
  amountOere: number | null;
  /** One line more: the question, the decision's outcome, the reviewer's open reviews, the state. */
  detail: string | null;
}

export interface WorkMeeting {
  id: string;
  startsAt: Date;
  location: string;
  status: string;
  bodyName: string;
  poolName: string;
  /** The meeting's own deadline for submissions (YYYY-MM-DD), if the pool uses rounds. */
  submissionDeadline: string | null;
  href: string;
}

export interface WorkSection {
  key: WorkSectionKey;
  group: WorkGroup;
  /** All the section's items (more than are listed). */
  count: number;
  /** Of them overdue (reports). */
  overdueCount: number;
  items: WorkItem[];
  /** The full list page, where there is one. */
  allHref: string | null;
  /** The decision body's next meeting (its section lists the agenda). */
  meeting?: WorkMeeting | null;
}

export interface MyWork {
  sections: WorkSection[];
}

const total = sql<number>`count(*) over ()`.mapWith(Number);

const item = (p: Partial<WorkItem> & Pick<WorkItem, 'id' | 'title' | 'href'>): WorkItem => ({
  caseNumber: null,
  at: null,
  dueOn: null,
  overdue: false,
  amountOere: null,
  detail: null,
  ...p,
});

function section(key: WorkSectionKey, group: WorkGroup, rows: { total: number }[], items: WorkItem[], allHref: string | null, overdueCount = 0): WorkSection {
  return { key, group, count: rows[0]?.total ?? 0, overdueCount, items, allHref };
}

/**
 * The actor's own applications: as lead applicant or co-applicant. Written as one id set from the two
 * indexes (lead_user_id, co-applicants' user_id) rather than `lead = me OR EXISTS (…)`, which no index
 * serves and which scanned every application at national scale (seconds per front page).
 */
function mine(userId: string): SQL {
  return sql`${applications.id} in (select a.id from applications a where a.lead_user_id = ${userId}::uuid
    union all select c.application_id from application_co_applicants c where c.user_id = ${userId}::uuid)`;
}

const OPEN_REPORT = ['open', 'changes_requested'] as const;
const OPEN_REVIEW = ['assigned', 'accepted'] as const;

/**
 * What needs this person now, one section per kind of work for every role they hold (in any of their
 * organisations): counts and the newest items with links. One query per section.
 */
export async function getMyWork(db: Db, actor: Actor, input: unknown = {}, opts: { now?: Date } = {}): Promise<MyWork> {
  parseInput(getMyWorkSchema, input ?? {});
  const now = opts.now ?? new Date();
  const today = todayInCopenhagen(now);
  const dueBy = addDays(today, DUE_WINDOW_DAYS);
  const sections: WorkSection[] = [];
  const me = actor.userId;

  if (workOrganisations(actor, 'applying').length > 0) {
    sections.push(...(await applicantSections(db, me, today, dueBy)));
  }
  const secretariat = workOrganisations(actor, 'caseHandling');
  if (secretariat.length > 0) {
    const seeDue = secretariat.some((o) => can(actor, 'report.viewDue', o));
    sections.push(...(await secretariatSections(db, secretariat, now, today, dueBy, seeDue)));
  }
  if (workOrganisations(actor, 'reviewing').length > 0) {
    const rows = await db
      .select({ id: applications.id, title: applications.title, caseNumber: applications.caseNumber, at: reviews.assignedAt, status: reviews.status, total })
      .from(reviews)
      .innerJoin(applications, eq(applications.id, reviews.applicationId))
      .where(and(eq(reviews.reviewerUserId, me), inArray(reviews.status, OPEN_REVIEW), inArray(reviews.organisationId, workOrganisations(actor, 'reviewing'))))
      .orderBy(desc(reviews.assignedAt))
      .limit(WORK_ITEMS_SHOWN);
    const items = rows.map((r) => item({ ...r, href: paths.reviews.workspace({ applicationId: r.id }), detail: r.status }));
    sections.push(section('reviewing.assignedReviews', 'reviewing', rows, items, paths.reviews.list()));
  }
  const body = workOrganisations(actor, 'deciding');
  if (body.length > 0) sections.push(await nextMeetingSection(db, body, now));
  const finance = workOrganisations(actor, 'paying');
  if (finance.length > 0) sections.push(await awaitingPayoutSection(db, finance));
  return { sections };
}

async function applicantSections(db: Db, me: string, today: string, dueBy: string): Promise<WorkSection[]> {
  const own = mine(me);
  const drafts = await db
    .select({ id: applications.id, title: applications.title, caseNumber: applications.caseNumber, at: applications.updatedAt, total })
    .from(applications)
    .where(and(eq(applications.state, 'draft'), own))
    .orderBy(desc(applications.updatedAt))
    .limit(WORK_ITEMS_SHOWN);
  const questions = await db
    .select({
      id: informationRequests.id,
      applicationId: applications.id,
      title: applications.title,
      caseNumber: applications.caseNumber,
      at: informationRequests.askedAt,
      question: informationRequests.question,
      total,
    })
    .from(informationRequests)
    .innerJoin(applications, eq(applications.id, informationRequests.applicationId))
    .where(and(isNull(informationRequests.answeredAt), eq(applications.state, 'more_info_requested'), own))
    .orderBy(desc(informationRequests.askedAt))
    .limit(WORK_ITEMS_SHOWN);
  const decided = await db
    .select({
      id: decisions.id,
      applicationId: applications.id,
      title: applications.title,
      caseNumber: applications.caseNumber,
      at: decisions.decidedAt,
      outcome: decisions.outcome,
      amountOere: decisions.amountOere,
      total,
    })
    .from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .where(own)
    .orderBy(desc(decisions.decidedAt))
    .limit(WORK_ITEMS_SHOWN);
  return [
    section(
      'applying.drafts',
      'applying',
      drafts,
      drafts.map((r) => item({ ...r, href: paths.applications.show({ applicationId: r.id }) })),
      paths.applications.list(),
    ),
    section(
      'applying.questions',
      'applying',
      questions,
      questions.map((r) => item({ ...r, href: paths.applications.show({ applicationId: r.applicationId }), detail: r.question })),
      paths.applications.list(),
    ),
    section(
      'applying.decisions',
      'applying',
      decided,
      decided.map((r) =>
        item({
          ...r,
          href: paths.applications.show({ applicationId: r.applicationId }),
          detail: r.outcome,
          amountOere: r.outcome === 'approve' ? r.amountOere : null,
        }),
      ),
      paths.applications.list(),
    ),
    await reportsDueSection(db, 'applying.reportsDue', 'applying', own, today, dueBy, null),
  ];
}

async function secretariatSections(db: Db, orgs: string[], now: Date, today: string, dueBy: string, seeDue: boolean): Promise<WorkSection[]> {
  const inOrgs = inArray(applications.organisationId, orgs);
  const submitted = await db
    .select({ id: applications.id, title: applications.title, caseNumber: applications.caseNumber, at: applications.submittedAt, total })
    .from(applications)
    .where(and(inOrgs, eq(applications.state, 'submitted')))
    .orderBy(desc(applications.submittedAt))
    .limit(WORK_ITEMS_SHOWN);
  const answered = await db
    .select({
      id: informationRequests.id,
      applicationId: applications.id,
      title: applications.title,
      caseNumber: applications.caseNumber,
      at: informationRequests.answeredAt,
      question: informationRequests.question,
      total,
    })
    .from(informationRequests)
    .innerJoin(applications, eq(applications.id, informationRequests.applicationId))
    .where(and(inOrgs, isNotNull(informationRequests.answeredAt), eq(applications.state, 'submitted')))
    .orderBy(desc(informationRequests.answeredAt))
    .limit(WORK_ITEMS_SHOWN);
  // Per reviewer: how many reviews wait, the newest assignment first; the link goes to the oldest case.
  const perReviewer = await db
    .select({
      reviewerId: reviews.reviewerUserId,
      name: users.name,
      open: sql<number>`count(*)`.mapWith(Number),
      latest: sql<Date>`max(${reviews.assignedAt})`.mapWith(reviews.assignedAt),
      oldestApplicationId: sql<string>`(array_agg(${reviews.applicationId} order by ${reviews.assignedAt}))[1]`,
      total: sql<number>`sum(count(*)) over ()`.mapWith(Number),
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerUserId))
    .where(and(inArray(reviews.organisationId, orgs), inArray(reviews.status, OPEN_REVIEW)))
    .groupBy(reviews.reviewerUserId, users.name)
    .orderBy(desc(sql`max(${reviews.assignedAt})`))
    .limit(WORK_ITEMS_SHOWN);
  // The next meeting of a decision body of the application's pool that is still planned.
  const next = sql`(select ${meetings.id} from ${meetings} join ${decisionBodies} on ${decisionBodies.id} = ${meetings.decisionBodyId}
      where ${decisionBodies.poolId} = ${applications.poolId} and ${meetings.status} = 'planned' and ${meetings.startsAt} > ${now.toISOString()}
      order by ${meetings.startsAt} limit 1)`;
  const ready = await db
    .select({
      id: applications.id,
      title: applications.title,
      caseNumber: applications.caseNumber,
      state: applications.state,
      meetingAt: meetings.startsAt,
      updatedAt: applications.updatedAt,
      total,
    })
    .from(applications)
    .leftJoin(meetings, eq(meetings.id, next))
    .where(and(inOrgs, inArray(applications.state, [...AGENDA_READY_STATES])))
    .orderBy(desc(applications.updatedAt))
    .limit(WORK_ITEMS_SHOWN);
  return [
    section(
      'caseHandling.newSubmissions',
      'caseHandling',
      submitted,
      submitted.map((r) => item({ ...r, href: paths.assessment.case({ applicationId: r.id }) })),
      paths.assessment.index(),
    ),
    section(
      'caseHandling.answeredQuestions',
      'caseHandling',
      answered,
      answered.map((r) => item({ ...r, href: paths.assessment.case({ applicationId: r.applicationId }), detail: r.question })),
      paths.assessment.index(),
    ),
    section(
      'caseHandling.reviewsOutstanding',
      'caseHandling',
      perReviewer,
      perReviewer.map((r) =>
        item({
          id: r.reviewerId,
          title: r.name,
          at: r.latest,
          amountOere: null,
          detail: String(r.open),
          href: paths.assessment.case({ applicationId: r.oldestApplicationId }),
        }),
      ),
      paths.assessment.index(),
    ),
    section(
      'caseHandling.readyForAgenda',
      'caseHandling',
      ready,
      ready.map((r) =>
        item({ id: r.id, title: r.title, caseNumber: r.caseNumber, at: r.meetingAt, detail: r.state, href: paths.assessment.case({ applicationId: r.id }) }),
      ),
      paths.assessment.index(),
    ),
    await reportsDueSection(
      db,
      'caseHandling.reportsDue',
      'caseHandling',
      inArray(followUpReports.organisationId, orgs),
      today,
      dueBy,
      seeDue ? paths.projects.reportsDue() : null,
    ),
  ];
}

/** Open follow-up reports due by `dueBy` (overdue ones counted apart) among the reports `scope` selects: one query. */
async function reportsDueSection(
  db: Db,
  key: WorkSectionKey,
  group: WorkGroup,
  scope: SQL,
  today: string,
  dueBy: string,
  allHref: string | null,
): Promise<WorkSection> {
  const reports = await db
    .select({
      id: followUpReports.id,
      applicationId: applications.id,
      title: followUpReports.title,
      projectTitle: applications.title,
      caseNumber: applications.caseNumber,
      dueOn: followUpReports.dueOn,
      total,
      overdue: sql<number>`count(*) filter (where ${followUpReports.dueOn} < ${today}) over ()`.mapWith(Number),
    })
    .from(followUpReports)
    .innerJoin(applications, eq(applications.id, followUpReports.applicationId))
    .where(and(scope, inArray(followUpReports.status, OPEN_REPORT), lte(followUpReports.dueOn, dueBy)))
    .orderBy(asc(followUpReports.dueOn))
    .limit(WORK_ITEMS_SHOWN);
  return section(
    key,
    group,
    reports,
    reports.map((r) =>
      item({
        id: r.id,
        title: `${r.title}: ${r.projectTitle}`,
        caseNumber: r.caseNumber,
        dueOn: r.dueOn,
        overdue: r.dueOn < today,
        href: paths.projects.report({ applicationId: r.applicationId, reportId: r.id }),
      }),
    ),
    allHref,
    reports[0]?.overdue ?? 0,
  );
}

/** The earliest coming meeting of a decision body in the organisations, with its agenda, in one query. */
async function nextMeetingSection(db: Db, orgs: string[], now: Date): Promise<WorkSection> {
  const next = sql`(select ${meetings.id} from ${meetings} join ${decisionBodies} on ${decisionBodies.id} = ${meetings.decisionBodyId}
      join ${pools} on ${pools.id} = ${decisionBodies.poolId}
      where ${inArray(pools.organisationId, orgs)} and ${inArray(meetings.status, ['planned', 'agenda_published'])} and ${meetings.startsAt} > ${now.toISOString()}
      order by ${meetings.startsAt} limit 1)`;
  const rows = await db
    .select({
      meetingId: meetings.id,
      startsAt: meetings.startsAt,
      location: meetings.location,
      status: meetings.status,
      submissionDeadline: meetings.submissionDeadline,
      bodyName: decisionBodies.name,
      poolName: pools.name,
      applicationId: applications.id,
      title: applications.title,
      caseNumber: applications.caseNumber,
      state: applications.state,
    })
    .from(meetings)
    .innerJoin(decisionBodies, eq(decisionBodies.id, meetings.decisionBodyId))
    .innerJoin(pools, eq(pools.id, decisionBodies.poolId))
    .leftJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
    .leftJoin(applications, eq(applications.id, agendaItems.applicationId))
    .where(eq(meetings.id, next))
    .orderBy(asc(agendaItems.position));
  const first = rows[0];
  const meeting: WorkMeeting | null = first
    ? {
        id: first.meetingId,
        startsAt: first.startsAt,
        location: first.location,
        status: first.status,
        bodyName: first.bodyName,
        poolName: first.poolName,
        submissionDeadline: first.submissionDeadline,
        href: paths.meetings.show({ meetingId: first.meetingId }),
      }
    : null;
  const items = rows.flatMap((r) =>
    r.applicationId && r.title
      ? [item({ id: r.applicationId, title: r.title, caseNumber: r.caseNumber, detail: r.state, href: paths.meetings.show({ meetingId: r.meetingId }) })]
      : [],
  );
  return {
    key: 'deciding.nextMeeting',
    group: 'deciding',
    count: items.length,
    overdueCount: 0,
    items: items.slice(0, WORK_ITEMS_SHOWN),
    allHref: meeting ? paths.meetings.agenda({ meetingId: meeting.id }) : null,
    meeting,
  };
}

/** Projects whose commitments exceed what has been paid out and returned, newest commitment first. */
async function awaitingPayoutSection(db: Db, orgs: string[]): Promise<WorkSection> {
  const payable = sql`sum(case ${ledgerEntries.kind} when 'commitment' then ${ledgerEntries.amountOere} when 'payout' then -${ledgerEntries.amountOere} when 'return' then -${ledgerEntries.amountOere} else 0 end)`;
  const rows = await db
    .select({
      id: applications.id,
      title: applications.title,
      caseNumber: applications.caseNumber,
      payableOere: payable.mapWith(Number),
      at: sql<Date>`max(${ledgerEntries.recordedAt}) filter (where ${ledgerEntries.kind} = 'commitment')`.mapWith(ledgerEntries.recordedAt),
      total,
    })
    .from(ledgerEntries)
    .innerJoin(applications, eq(applications.id, ledgerEntries.applicationId))
    .where(inArray(applications.organisationId, orgs))
    .groupBy(applications.id, applications.title, applications.caseNumber)
    .having(gt(payable, 0))
    .orderBy(desc(sql`max(${ledgerEntries.recordedAt}) filter (where ${ledgerEntries.kind} = 'commitment')`))
    .limit(WORK_ITEMS_SHOWN);
  const items = rows.map((r) =>
    item({ id: r.id, title: r.title, caseNumber: r.caseNumber, at: r.at, amountOere: r.payableOere, href: paths.ledger.project({ applicationId: r.id }) }),
  );
  return section('paying.awaitingPayout', 'paying', rows, items, paths.ledger.overview());
}
