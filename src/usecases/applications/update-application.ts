import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications } from '../../db/schema/applications.js';
import { appliedAmountOere, readContent, type ApplicationContent, type ApplicationPatch } from '../../domain/application-content.js';
import { validationFailed, type FieldErrors } from '../../errors.js';
import { periodConflicts } from '../../domain/pool-period.js';
import { assertMayEditContent } from '../../policies/applications.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadApplicationFor } from './load-application-for.js';
import { loadPoolContext, type PoolContext } from './pool-context.js';
import { applicationIdSchema, updateApplicationSchema } from './schemas.js';

/**
 * Save part of an application (one step of the form, or any fields through the API). Only its lead
 * and co-applicants, and only while it is a draft or the secretariat has asked for more information.
 * Fields left out are kept; what is given must be valid and refer to the pool's own lists.
 */
export async function updateApplication(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  // Who may change it is decided before what was sent is judged: a stranger gets 404/403, not field errors.
  const { applicationId } = parseInput(applicationIdSchema, input);
  return db.transaction(async (tx) => {
    const { application, access } = await loadApplicationFor(tx, actor, applicationId, { forUpdate: true });
    assertMayEditContent(access);
    const { applicationId: _id, ...patch } = parseInput(updateApplicationSchema, input);
    const ctx = await loadPoolContext(tx, application.poolId);
    const errors = checkReferences(patch, ctx);
    if (Object.keys(errors).length > 0) throw validationFailed(errors);

    const { title, ...contentPatch } = patch;
    const before = readContent(application.content);
    const content: ApplicationContent = { ...before, ...contentPatch };
    const changed = (Object.keys(contentPatch) as (keyof ApplicationContent)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(content[k]));
    const titleChanged = title !== undefined && title !== application.title;

    await tx
      .update(applications)
      .set({
        title: title ?? application.title,
        content,
        projectType: content.projectType || null,
        category: content.category || null,
        leadDepartmentId: content.leadDepartmentId || null,
        budgetLineId: content.budgetLineId || null,
        amountAppliedOere: appliedAmountOere(content),
        updatedAt: new Date(),
      })
      .where(eq(applications.id, application.id));
    if (changed.length > 0 || titleChanged) {
      await recordAudit(tx, actor, {
        action: 'application.updated',
        objectType: 'application',
        objectId: application.id,
        organisationId: application.organisationId,
        before: { ...(titleChanged ? { title: application.title } : {}), ...Object.fromEntries(changed.map((k) => [k, before[k] ?? null])) },
        after: { ...(titleChanged ? { title } : {}), ...Object.fromEntries(changed.map((k) => [k, content[k] ?? null])) },
      });
    }
    return { id: application.id };
  });
}

/** Choices must come from the pool's lists, the organisation's departments and the lines open for applications. */
export function checkReferences(p: ApplicationPatch, ctx: PoolContext): FieldErrors {
  const errors: FieldErrors = {};
  const lists = ctx.pool.lists;
  const oneOf = (field: string, value: string | undefined, allowed: string[], message: string) => {
    if (value !== undefined && value !== '' && !allowed.includes(value)) errors[field] = message;
  };
  const allOf = (field: string, values: string[] | undefined, allowed: string[], message: string) => {
    if (values?.some((v) => !allowed.includes(v))) errors[field] = message;
  };
  oneOf(
    'projectType',
    p.projectType,
    lists.projectTypes.map((c) => c.key),
    'Vælg en projekttype fra puljens liste',
  );
  oneOf(
    'category',
    p.category,
    lists.categories.map((c) => c.key),
    'Vælg en kategori fra puljens liste',
  );
  allOf(
    'targetGroups',
    p.targetGroups,
    lists.targetGroups.map((c) => c.key),
    'Vælg målgrupper fra puljens liste',
  );
  allOf(
    'effectGoals',
    p.effectGoals,
    lists.effectGoals.map((c) => c.key),
    'Vælg effektmål fra puljens liste',
  );
  const deps = ctx.departments.map((d) => d.id);
  oneOf('leadDepartmentId', p.leadDepartmentId, deps, 'Vælg en af organisationens afdelinger');
  allOf('partnerDepartmentIds', p.partnerDepartmentIds, deps, 'Vælg afdelinger fra organisationens liste');
  oneOf(
    'budgetLineId',
    p.budgetLineId,
    ctx.openLines.map((l) => l.id),
    'Vælg en budgetlinje, der er åben for ansøgninger',
  );
  // Budget years and dates lie within the pool's period (only what this save sends is judged).
  for (const c of periodConflicts(p, ctx.pool)) errors[c.field] ??= c.message.da;
  return errors;
}
