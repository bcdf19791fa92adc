import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import {
  agendaItems,
  applications,
  auditEvents,
  followUpReports,
  ideas,
  ledgerEntries,
  meetings,
  notifications,
  projects,
  reviews,
  users,
} from '../../src/db/schema/index.js';
import type { ApplicationState } from '../../src/domain/application-workflow.js';
import { addMonths, todayInCopenhagen } from '../../src/domain/dates.js';
import { demoPool, type DemoPool } from '../support/factories.js';

/** States the listed rows cycle through: the inbox, the reviewer's list, the agenda, projects and drafts all get some. */
const STATES: ApplicationState[] = ['submitted', 'in_review', 'recommended', 'on_agenda', 'approved', 'in_trial', 'draft', 'more_info_requested'];

export interface ScaleFixture {
  pool: DemoPool;
  meetingId: string;
}

const idOf = async (db: Db, email: string): Promise<string> => {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
};

/**
 * `n` of every listed thing in Vejle's demo pool, inserted in bulk: applications in every kind of state
 * (each with a reviewer, a notification for applicant and secretariat, an idea, an audit event), the
 * approved and started ones with a commitment, a project and a follow-up report due soon, one meeting
 * with every application on its agenda and `n` further meetings.
 */
export async function seedRows(db: Db, n: number, tag: string): Promise<ScaleFixture> {
  const pool = await demoPool(db, 'vejle');
  const [applicant, secretariat, reviewer] = await Promise.all(
    ['ansoeger@vejle.demo', 'sekretariat@vejle.demo', 'bedoemmer@vejle.demo'].map((e) => idOf(db, e)),
  );
  if (!applicant || !secretariat || !reviewer) throw new Error('demo users missing');
  const lineId = pool.lines.ordinaer ?? Object.values(pool.lines)[0];
  if (!lineId) throw new Error('no budget line');
  const today = todayInCopenhagen();
  const inDays = (days: number) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
  const apps = await db
    .insert(applications)
    .values(
      Array.from({ length: n }, (_, i) => {
        const state = STATES[i % STATES.length] ?? 'submitted';
        return {
          organisationId: pool.organisationId,
          poolId: pool.poolId,
          caseNumber: `S-${tag}-${i}`,
          state,
          leadUserId: applicant,
          title: `Skalaansøgning ${i}`,
          category: i % 2 ? 'velfaerdsteknologi' : null,
          budgetLineId: lineId,
          amountAppliedOere: 10_000_00,
          content: { summary: 'Kort resumé' },
          currentVersion: state === 'draft' ? 0 : 1,
          submittedAt: state === 'draft' ? null : new Date(Date.now() - i * 60_000),
        };
      }),
    )
    .returning({ id: applications.id, state: applications.state });
  const ids = apps.map((a) => a.id);
  const funded = apps.filter((a) => a.state === 'approved' || a.state === 'in_trial');
  const started = apps.filter((a) => a.state === 'in_trial');

  await db.insert(reviews).values(ids.map((applicationId) => ({ applicationId, organisationId: pool.organisationId, reviewerUserId: reviewer })));
  await db.insert(notifications).values(
    ids.flatMap((applicationId, i) =>
      [applicant, secretariat].map((userId) => ({
        userId,
        organisationId: pool.organisationId,
        applicationId,
        kind: 'application.submitted',
        title: { da: `Besked ${i}`, en: `Message ${i}` },
        body: { da: 'Tekst', en: 'Text' },
        link: `/ansoegninger/${applicationId}`,
      })),
    ),
  );
  await db.insert(ideas).values(ids.map((_, i) => ({ organisationId: pool.organisationId, poolId: pool.poolId, authorUserId: applicant, title: `Idé ${i}` })));
  await db.insert(auditEvents).values(
    ids.map((applicationId) => ({
      actorUserId: secretariat,
      organisationId: pool.organisationId,
      action: 'pool.updated',
      objectType: 'pool',
      objectId: pool.poolId,
      after: { applicationId },
    })),
  );
  if (funded.length > 0) {
    await db.insert(ledgerEntries).values(
      funded.map((a) => ({
        poolId: pool.poolId,
        budgetLineId: lineId,
        year: pool.periodStartYear,
        kind: 'commitment' as const,
        amountOere: 1_000_00,
        applicationId: a.id,
        reference: `Bevilling ${a.id}`,
        reason: 'Skalatest',
        recordedBy: secretariat,
      })),
    );
  }
  if (started.length > 0) {
    await db.insert(projects).values(
      started.map((a) => ({
        applicationId: a.id,
        organisationId: pool.organisationId,
        poolId: pool.poolId,
        startedOn: addMonths(today, -1),
        startedByUserId: secretariat,
      })),
    );
    await db.insert(followUpReports).values(
      started.map((a) => ({
        applicationId: a.id,
        organisationId: pool.organisationId,
        poolId: pool.poolId,
        kind: 'scheduled' as const,
        monthsAfterStart: 6,
        title: 'Statusrapport',
        dueOn: inDays(10),
      })),
    );
  }
  const [meeting] = await db
    .insert(meetings)
    .values(
      Array.from({ length: n + 1 }, (_, i) => ({
        decisionBodyId: pool.bodyId,
        startsAt: new Date(Date.now() + (i + 30) * 86_400_000),
        location: `Lokale ${i}`,
      })),
    )
    .returning({ id: meetings.id });
  if (!meeting) throw new Error('no meeting');
  await db.insert(agendaItems).values(ids.map((applicationId, position) => ({ meetingId: meeting.id, applicationId, position })));
  return { pool, meetingId: meeting.id };
}
