import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { applicationVersions } from '../../db/schema/applications.js';
import { caseWithheldFields } from '../../db/schema/case-records.js';
import { readContent } from '../../domain/application-content.js';
import { validationFailed } from '../../errors.js';
import { assertMayWithholdFields } from '../../policies/records.js';
import { describeContent, type DescribedField } from '../applications/describe-content.js';
import { loadPoolContext } from '../applications/pool-context.js';
import { recordAudit } from '../shared/audit.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { caseIdSchema, loadCase, type CaseRow } from './load-case.js';

/** The wording the export prints in place of a withheld value. */
export const WITHHELD_TEXT =
  'Udeladt efter offentlighedslovens § 30, nr. 2 (oplysninger om tekniske indretninger, fremgangsmåder eller drifts- eller forretningsforhold)';

/** True when `path` (`privatePartners.0.cvr`) is withheld by one of the marked paths (itself or a row prefix such as `privatePartners.0`). */
export const isWithheld = (path: string, withheld: readonly string[]) => withheld.some((w) => path === w || path.startsWith(`${w}.`));

export type WithheldField = typeof caseWithheldFields.$inferSelect;

export async function withheldFieldsOf(db: Db, applicationId: string): Promise<WithheldField[]> {
  return db.select().from(caseWithheldFields).where(eq(caseWithheldFields.applicationId, applicationId)).orderBy(asc(caseWithheldFields.fieldPath));
}

/** The fields of every submitted version of a case (the paths that may be marked). */
export async function describedVersions(db: Db, app: CaseRow): Promise<{ number: number; submittedAt: Date; title: string; fields: DescribedField[] }[]> {
  const ctx = await loadPoolContext(db, app.poolId);
  const versions = await db.select().from(applicationVersions).where(eq(applicationVersions.applicationId, app.id)).orderBy(asc(applicationVersions.number));
  return versions.map((v) => {
    const title = typeof v.content.title === 'string' ? v.content.title : app.title;
    return { number: v.number, submittedAt: v.submittedAt, title, fields: describeContent(title, readContent(v.content.content), ctx) };
  });
}

/** A row prefix (`privatePartners.0`) or a field path that a submitted version of the case has. */
async function knownPaths(db: Db, app: CaseRow): Promise<Set<string>> {
  const paths = new Set<string>();
  for (const v of await describedVersions(db, app))
    for (const f of v.fields) {
      paths.add(f.path);
      const row = /^([a-zA-Z]+\.\d+)\./.exec(f.path);
      if (row?.[1]) paths.add(row[1]);
    }
  return paths;
}

export const markWithheldFieldSchema = caseIdSchema.extend({
  fieldPath: z.string({ error: 'Vælg feltet' }).trim().min(1, { error: 'Vælg feltet' }).max(200),
  reason: z.string({ error: 'Skriv begrundelsen' }).trim().min(1, { error: 'Skriv, hvorfor oplysningen undtages' }).max(1000, { error: 'Højst 1000 tegn' }),
});

/** The secretariat marks a field (a private partner's economy) to be left out of an aktindsigt export; audited. */
export async function markWithheldField(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  const v = parseInput(markWithheldFieldSchema, input);
  const app = await loadCase(db, v.applicationId);
  assertMayWithholdFields(actor, app);
  if (!(await knownPaths(db, app)).has(v.fieldPath)) throw validationFailed({ fieldPath: 'Vælg et felt fra ansøgningen' });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(caseWithheldFields)
      .values({ applicationId: app.id, organisationId: app.organisationId, fieldPath: v.fieldPath, reason: v.reason, markedByUserId: actor.userId })
      .onConflictDoUpdate({ target: [caseWithheldFields.applicationId, caseWithheldFields.fieldPath], set: { reason: v.reason, markedByUserId: actor.userId } })
      .returning({ id: caseWithheldFields.id });
    await recordAudit(tx, actor, {
      action: 'case.field_withheld',
      objectType: 'application',
      objectId: app.id,
      organisationId: app.organisationId,
      after: { fieldPath: v.fieldPath, reason: v.reason },
    });
    return { id: row!.id };
  });
}

export const unmarkWithheldFieldSchema = caseIdSchema.extend({
  fieldPath: z.string({ error: 'Vælg feltet' }).trim().min(1, { error: 'Vælg feltet' }).max(200),
});

/** Takes a field back into the export; audited. */
export async function unmarkWithheldField(db: Db, actor: Actor, input: unknown): Promise<void> {
  const v = parseInput(unmarkWithheldFieldSchema, input);
  const app = await loadCase(db, v.applicationId);
  assertMayWithholdFields(actor, app);
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(caseWithheldFields)
      .where(and(eq(caseWithheldFields.applicationId, app.id), eq(caseWithheldFields.fieldPath, v.fieldPath)))
      .returning({ id: caseWithheldFields.id });
    if (gone.length === 0) return;
    await recordAudit(tx, actor, {
      action: 'case.field_released',
      objectType: 'application',
      objectId: app.id,
      organisationId: app.organisationId,
      before: { fieldPath: v.fieldPath },
    });
  });
}
