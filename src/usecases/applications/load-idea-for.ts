import { eq } from 'drizzle-orm';
import { isUuid } from '../../domain/ids.js';
import type { Db } from '../../db/client.js';
import { ideas } from '../../db/schema/applications.js';
import { notFound } from '../../errors.js';
import { ideaAccessFor, type IdeaAccess } from '../../policies/applications.js';
import { rolesIn, type Actor } from '../shared/actor.js';

export type IdeaRow = typeof ideas.$inferSelect;

export interface LoadedIdea extends IdeaAccess {
  idea: IdeaRow;
}

/**
 * An idea is seen by its author and the secretariat of its organisation (`ideaAccessFor`); another
 * organisation gets NOT_FOUND, anyone else in the organisation FORBIDDEN.
 */
export async function loadIdeaFor(db: Db, actor: Actor, ideaId: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedIdea> {
  if (!isUuid(ideaId)) throw notFound();
  const q = db.select().from(ideas).where(eq(ideas.id, ideaId));
  const [idea] = opts.forUpdate ? await q.for('update') : await q;
  if (!idea || rolesIn(actor, idea.organisationId).length === 0) throw notFound();
  return { idea, ...ideaAccessFor(actor, idea) };
}
