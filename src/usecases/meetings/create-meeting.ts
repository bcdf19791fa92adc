import { eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { decisionBodies, meetings, pools } from '../../db/schema/pools.js';
import { notFound } from '../../errors.js';
import { authorize } from '../../policies/authorize.js';
import { isIsoDate, meetingStartsAtSchema } from '../../domain/dates.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';

export const createMeetingSchema = z
  .object({
    decisionBodyId: z.string({ error: 'Vælg beslutningsorganet' }).min(1, { error: 'Vælg beslutningsorganet' }),
    /** `YYYY-MM-DDTHH:MM` in Danish time, or an ISO timestamp with offset. */
    startsAt: meetingStartsAtSchema,
    location: z.string().trim().max(300, { error: 'Højst 300 tegn' }).default(''),
    submissionDeadline: z
      .string()
      .trim()
      .default('')
      .refine((v) => v === '' || isIsoDate(v), { error: 'Angiv fristen som en dato (ÅÅÅÅ-MM-DD)' }),
  })
  .refine((m) => m.submissionDeadline === '' || m.submissionDeadline <= m.startsAt.toISOString().slice(0, 10), {
    error: 'Ansøgningsfristen skal ligge før mødet',
    path: ['submissionDeadline'],
  });

/** Put a meeting in a decision body's calendar (the secretariat of the pool's organisation). */
export async function createMeeting(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(createMeetingSchema, input);
  if (!isUuid(data.decisionBodyId)) throw notFound();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ body: decisionBodies, organisationId: pools.organisationId })
      .from(decisionBodies)
      .innerJoin(pools, eq(pools.id, decisionBodies.poolId))
      .where(eq(decisionBodies.id, data.decisionBodyId));
    if (!row) throw notFound();
    authorize(actor, 'meeting.manage', row.organisationId);
    const [meeting] = await tx
      .insert(meetings)
      .values({ decisionBodyId: row.body.id, startsAt: data.startsAt, location: data.location, submissionDeadline: data.submissionDeadline || null })
      .returning({ id: meetings.id });
    if (!meeting) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'meeting.created',
      objectType: 'meeting',
      objectId: meeting.id,
      organisationId: row.organisationId,
      after: { decisionBodyId: row.body.id, startsAt: data.startsAt.toISOString(), location: data.location },
    });
    return meeting;
  });
}
