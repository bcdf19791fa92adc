import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ideaAdvice, ideas } from '../../db/schema/applications.js';
import { validationFailed } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import { notifyIdeaAdvised } from '../notifications/case-events.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { advisesAsSecretariat } from '../../policies/applications.js';
import { loadIdeaFor } from './load-idea-for.js';
import { adviseIdeaSchema } from './schemas.js';

/**
 * Add a note to an idea's advice thread, which both sides see: the secretariat's advice carries a
 * topic (project management, economy, law, communication); the author may answer.
 */
export async function adviseIdea(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(adviseIdeaSchema, input);
  return db.transaction(async (tx) => {
    const { idea, ...access } = await loadIdeaFor(tx, actor, data.ideaId, { forUpdate: true });
    if (advisesAsSecretariat(access) && !data.topic) {
      throw validationFailed({ topic: 'Vælg emnet: projektledelse, økonomi, jura eller kommunikation' });
    }
    const [row] = await tx
      .insert(ideaAdvice)
      .values({ ideaId: idea.id, authorUserId: actor.userId, topic: data.topic ?? null, body: data.body })
      .returning({ id: ideaAdvice.id });
    if (!row) throw new Error('insert returned no row');
    await tx.update(ideas).set({ updatedAt: new Date() }).where(eq(ideas.id, idea.id));
    await recordAudit(tx, actor, {
      action: 'idea.advised',
      objectType: 'idea',
      objectId: idea.id,
      organisationId: idea.organisationId,
      after: { adviceId: row.id, topic: data.topic ?? null },
    });
    if (advisesAsSecretariat(access)) await notifyIdeaAdvised(tx, idea);
    return row;
  });
}
