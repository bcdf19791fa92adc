import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { rowsOf } from '../../src/db/rows.js';
import { applicationAttachments, applications, applicationVersions } from '../../src/db/schema/applications.js';
import { decisions, informationRequests, reviews } from '../../src/db/schema/assessment.js';
import { auditEvents } from '../../src/db/schema/audit.js';
import { webhookDeliveries } from '../../src/db/schema/case-records.js';
import { caseDeletions } from '../../src/db/schema/retention.js';
import { users } from '../../src/db/schema/accounts.js';
import { addMonths, todayInCopenhagen } from '../../src/domain/dates.js';
import { getPoolLedger } from '../../src/usecases/ledger/get-pool-ledger.js';
import { closeProject } from '../../src/usecases/projects/close-project.js';
import { decideProjectOutcome } from '../../src/usecases/projects/decide-project-outcome.js';
import { getPortfolio } from '../../src/usecases/projects/get-portfolio.js';
import { recordEvaluation } from '../../src/usecases/projects/record-evaluation.js';
import { exportCaseRecord } from '../../src/usecases/records/export-case-record.js';
import { deleteCase } from '../../src/usecases/retention/delete-case.js';
import { listRetentionDue } from '../../src/usecases/retention/list-retention-due.js';
import { saveRetentionSetting } from '../../src/usecases/retention/retention-settings.js';
import type { Actor } from '../../src/usecases/shared/actor.js';
import { saveWebhook } from '../../src/usecases/webhooks/save-webhook.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { refusalOf } from '../support/expect-refusal.js';
import { buildEvaluationInput, buildOutcomePool, buildStartedProject, KR, type OutcomeFixture } from '../support/factories.js';

/**
 * Issue 13 item 7: a closed case is due for deletion its organisation's number of years after closing;
 * deleting it (after an archive export) keeps the pool's statistics exactly and removes every
 * personal field. Runs on PGlite and on PostgreSQL 15 (scripts/with-postgres.sh).
 */
let t: TestApp;
let fx: OutcomeFixture;
let admin: Actor;
let secretariat: Actor;
let orgId: string;
let caseId: string;
let person: { name: string; email: string };
const CPR = '010203-1234';
const fakePdf = async () => new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'));
const inSixYears = addMonths(todayInCopenhagen(), 6 * 12);

beforeAll(async () => {
  t = await createTestApp('demo');
  fx = await buildOutcomePool(t.db);
  admin = await t.actor('admin@vejle.demo');
  secretariat = await t.actor('sekretariat@vejle.demo');
  orgId = fx.pool.organisationId;
  const [u] = await t.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.email, 'ansoeger@vejle.demo'));
  person = u!;
  const personal = `Kontakt ${person.name} (${person.email}), CPR ${CPR}`;
  await saveWebhook(t.db, admin, { organisationId: orgId, name: 'SBSYS', url: 'https://esdh.vejle.dk/hook', events: ['evaluated', 'closed'], active: true });

  caseId = await buildStartedProject(t.db, fx, secretariat, { title: `Skærmbesøg hos ${person.name}` });
  const [app] = await t.db.select().from(applications).where(eq(applications.id, caseId));
  await t.db
    .update(applications)
    .set({
      category: 'sensorer',
      projectType: 'afproevning',
      content: { ...app!.content, summary: personal, category: 'sensorer', projectType: 'afproevning' },
    })
    .where(eq(applications.id, caseId));
  const applicant = (await t.actor('ansoeger@vejle.demo')).userId;
  await t.db
    .insert(applicationVersions)
    .values({ applicationId: caseId, number: 1, content: { title: app!.title, content: { summary: personal } }, submittedByUserId: applicant });
  await t.db.insert(applicationAttachments).values({
    applicationId: caseId,
    fileName: `${person.name}.pdf`,
    contentType: 'application/pdf',
    sizeBytes: 10,
    data: new Uint8Array(Buffer.from(`%PDF ${personal}`)),
    uploadedByUserId: applicant,
  });
  await t.db.insert(informationRequests).values({ applicationId: caseId, question: `Kan ${person.email} sende budgettet?`, askedByUserId: secretariat.userId });
  await t.db
    .insert(reviews)
    .values({ applicationId: caseId, organisationId: orgId, reviewerUserId: secretariat.userId, scores: { need: 4 }, overallComment: personal });
  await t.db.insert(decisions).values({
    applicationId: caseId,
    route: 'direct',
    outcome: 'approve',
    amountOere: 300_000 * KR,
    budgetLineId: fx.pool.lines.ordinaer,
    split: [{ year: 2023, amountOere: 300_000 * KR }],
    conditions: `Rapport til ${person.email}`,
    reason: personal,
    decidedByUserId: secretariat.userId,
  });
  await recordEvaluation(t.db, secretariat, buildEvaluationInput(caseId, { recommendation: 'operation', summary: personal, recommendationReason: personal }));
  await decideProjectOutcome(t.db, secretariat, { applicationId: caseId, outcome: 'stop', decidedOn: '2023-09-01', reason: personal });
  await closeProject(t.db, secretariat, { applicationId: caseId, reason: personal });
}, 120_000);
afterAll(() => t.close());

/** Every row of the case, as JSON text: each table with an application_id column, the reports' rows, the audit events, the application itself. */
async function caseRowsText(db: Db, id: string): Promise<string> {
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(sql`select table_name from information_schema.columns where column_name = 'application_id' and table_schema = current_schema()`),
  ).map((r) => r.table_name);
  const parts: string[] = [];
  const dump = async (q: ReturnType<typeof sql>) => parts.push(...rowsOf<{ j: string }>(await db.execute(q)).map((r) => r.j));
  for (const table of tables) await dump(sql`select row_to_json(x)::text as j from ${sql.identifier(table)} x where application_id = ${id}`);
  await dump(sql`select row_to_json(x)::text as j from applications x where id = ${id}`);
  await dump(
    sql`select row_to_json(v)::text as j from follow_up_report_versions v join follow_up_reports r on r.id = v.report_id where r.application_id = ${id}`,
  );
  await dump(sql`select row_to_json(a)::text as j from audit_events a where object_id = ${id} or after->>'applicationId' = ${id}`);
  const attachments = await db.select({ data: applicationAttachments.data }).from(applicationAttachments).where(eq(applicationAttachments.applicationId, id));
  parts.push(...attachments.map((a) => Buffer.from(a.data).toString('utf8')));
  return parts.join('\n');
}

/** The pool's statistics: ledger totals per line and year, the portfolio's phases and money, counts per category, project type and outcome. */
async function statistics() {
  const ledger = await getPoolLedger(t.db, secretariat, { poolId: fx.pool.poolId });
  const portfolio = await getPortfolio(t.db, secretariat, { poolId: fx.pool.poolId });
  const counts = rowsOf(
    await t.db.execute(sql`
      select a.category, a.project_type, a.state, d.outcome, count(*)::int as n, sum(d.amount_oere)::bigint::text as amount
      from applications a left join decisions d on d.application_id = a.id
      where a.pool_id = ${fx.pool.poolId} group by 1, 2, 3, 4 order by 1, 2, 3, 4`),
  );
  return {
    ledger: ledger.rows,
    byPhase: portfolio.byPhase,
    years: portfolio.years,
    money: {
      committed: portfolio.totals.committedOere,
      paid: portfolio.totals.paidOere,
      returned: portfolio.totals.returnedOere,
      projects: portfolio.totals.projects,
    },
    counts,
  };
}

describe('the cases due for deletion', () => {
  it('lists a closed case only once its retention period (default 5 years) has run out', async () => {
    expect((await listRetentionDue(t.db, admin, { organisationId: orgId })).items.map((i) => i.applicationId)).not.toContain(caseId);
    const due = await listRetentionDue(t.db, admin, { organisationId: orgId }, { today: inSixYears });
    expect(due.retentionYears).toBe(5);
    const item = due.items.find((i) => i.applicationId === caseId);
    expect(item).toMatchObject({ closedOn: todayInCopenhagen(), dueOn: addMonths(todayInCopenhagen(), 60), archiveExportedAt: null });
  });

  it('follows the organisation’s own setting, which only its admin may change', async () => {
    expect((await refusalOf(saveRetentionSetting(t.db, secretariat, { organisationId: orgId, retentionYears: 1 }))).code).toBe('FORBIDDEN');
    expect((await refusalOf(saveRetentionSetting(t.db, admin, { organisationId: orgId, retentionYears: 0 }))).fields).toMatchObject({
      retentionYears: 'Mindst 1 år',
    });
    await saveRetentionSetting(t.db, admin, { organisationId: orgId, retentionYears: 10 });
    expect((await listRetentionDue(t.db, admin, { organisationId: orgId }, { today: inSixYears })).items.map((i) => i.applicationId)).not.toContain(caseId);
    await saveRetentionSetting(t.db, admin, { organisationId: orgId, retentionYears: 5 });
  });

  it('is only for the organisation’s own admin', async () => {
    expect((await refusalOf(listRetentionDue(t.db, secretariat, { organisationId: orgId }))).code).toBe('FORBIDDEN');
    expect((await refusalOf(listRetentionDue(t.db, await t.actor('admin@aarhus.demo'), { organisationId: orgId }))).code).toBe('NOT_FOUND');
    expect(
      (await refusalOf(deleteCase(t.db, await t.actor('admin@aarhus.demo'), { organisationId: orgId, applicationId: caseId }, { today: inSixYears }))).code,
    ).toBe('NOT_FOUND');
  });
});

describe('deleting a closed case', () => {
  it('is refused in Danish before it is due, and before an archive export is recorded', async () => {
    const early = await refusalOf(deleteCase(t.db, admin, { organisationId: orgId, applicationId: caseId }));
    expect(early.code).toBe('CONFLICT');
    expect(early.userMessage.da).toContain('opbevaringsperioden er udløbet');
    const noExport = await refusalOf(deleteCase(t.db, admin, { organisationId: orgId, applicationId: caseId }, { today: inSixYears }));
    expect(noExport.code).toBe('CONFLICT');
    expect(noExport.userMessage.da).toContain('arkiveksport');
    // An aktindsigt export is not an archive export.
    const akt = await exportCaseRecord(t.db, secretariat, { applicationId: caseId, purpose: 'aktindsigt' }, fakePdf);
    await akt.cleanup();
    expect((await refusalOf(deleteCase(t.db, admin, { organisationId: orgId, applicationId: caseId }, { today: inSixYears }))).userMessage.da).toContain(
      'arkiveksport',
    );
    expect(await caseRowsText(t.db, caseId)).toContain(person.email);
  });

  it('after the archive export: keeps every statistic exactly and removes every personal field', async () => {
    const exported = await exportCaseRecord(t.db, admin, { applicationId: caseId, purpose: 'archive' }, fakePdf);
    await exported.cleanup();
    const due = await listRetentionDue(t.db, admin, { organisationId: orgId }, { today: inSixYears });
    expect(due.items.find((i) => i.applicationId === caseId)?.archiveExportedAt).toBeInstanceOf(Date);

    const before = await statistics();
    const text = await caseRowsText(t.db, caseId);
    for (const needle of [person.name, person.email, CPR]) expect(text, needle).toContain(needle);

    await deleteCase(t.db, admin, { organisationId: orgId, applicationId: caseId }, { today: inSixYears });

    expect(await statistics()).toEqual(before);
    const after = await caseRowsText(t.db, caseId);
    for (const needle of [person.name, person.email, CPR, 'Afprøvningen i Vejle'])
      expect(
        after.split('\n').filter((line) => line.includes(needle)),
        needle,
      ).toEqual([]);
    const [app] = await t.db.select().from(applications).where(eq(applications.id, caseId));
    expect(app).toMatchObject({
      state: 'closed',
      category: 'sensorer',
      projectType: 'afproevning',
      budgetLineId: fx.pool.lines.ordinaer,
      amountAppliedOere: 300_000 * KR,
    });
    const [att] = await t.db.select().from(applicationAttachments).where(eq(applicationAttachments.applicationId, caseId));
    expect(att?.data.length).toBe(0);
    const deliveries = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.applicationId, caseId));
    expect(deliveries.length).toBe(2);
    for (const d of deliveries) expect(d).toMatchObject({ payload: { redacted: true }, status: 'failed' });
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.objectId, caseId));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['project.closed', 'case.record_exported', 'case.personal_data_deleted']));
    const [deletion] = await t.db.select().from(caseDeletions).where(eq(caseDeletions.applicationId, caseId));
    expect(deletion?.deletedByUserId).toBe(admin.userId);
    expect((await listRetentionDue(t.db, admin, { organisationId: orgId }, { today: inSixYears })).items.map((i) => i.applicationId)).not.toContain(caseId);
    expect((await refusalOf(deleteCase(t.db, admin, { organisationId: orgId, applicationId: caseId }, { today: inSixYears }))).userMessage.da).toContain(
      'allerede slettet',
    );
  });

  it('leaves the audit log append-only for everything else', async () => {
    const refusal = async (p: Promise<unknown>) => {
      const err = await p.then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      return String(err?.cause?.message ?? err?.message);
    };
    expect(
      await refusal(
        t.db
          .update(auditEvents)
          .set({ after: { redacted: true } })
          .where(eq(auditEvents.objectId, caseId)),
      ),
    ).toMatch(/append-only/);
    expect(
      await refusal(
        t.db.transaction(async (tx) => {
          await tx.execute(sql`select set_config('vtp.redact_object', ${caseId}, true)`);
          await tx.update(auditEvents).set({ action: 'forged' }).where(eq(auditEvents.objectId, caseId));
        }),
      ),
    ).toMatch(/append-only/);
    expect(await refusal(t.db.delete(auditEvents).where(eq(auditEvents.objectId, caseId)))).toMatch(/append-only/);
  });
});
