import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/accounts.js';
import { ideaAdvice, type AdviceTopic } from '../../db/schema/applications.js';
import { pools } from '../../db/schema/pools.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { loadIdeaFor, type IdeaRow } from './load-idea-for.js';

export interface AdviceNote {
  id: string;
  authorName: string;
  fromSecretariat: boolean;
  topic: AdviceTopic | null;
  body: string;
  createdAt: Date;
}

export interface IdeaView {
  idea: IdeaRow;
  poolName: string;
  authorName: string;
  isAuthor: boolean;
  isSecretariat: boolean;
  thread: AdviceNote[];
}

export const ideaIdSchema = z.object({ ideaId: z.string() });

/** An idea with its advice thread, for its author and the secretariat. */
export async function getIdea(db: Db, actor: Actor, input: unknown): Promise<IdeaView> {
  const { ideaId } = parseInput(ideaIdSchema, input);
  const { idea, isAuthor, isSecretariat } = await loadIdeaFor(db, actor, ideaId);
  const [pool] = await db.select({ name: pools.name }).from(pools).where(eq(pools.id, idea.poolId));
  const [author] = await db.select({ name: users.name }).from(users).where(eq(users.id, idea.authorUserId));
  const notes = await db
    .select({
      id: ideaAdvice.id,
      authorUserId: ideaAdvice.authorUserId,
      authorName: users.name,
      topic: ideaAdvice.topic,
      body: ideaAdvice.body,
      createdAt: ideaAdvice.createdAt,
    })
    .from(ideaAdvice)
    .innerJoin(users, eq(users.id, ideaAdvice.authorUserId))
    .where(eq(ideaAdvice.ideaId, idea.id))
    .orderBy(asc(ideaAdvice.createdAt));
  return {
    idea,
    poolName: pool?.name ?? '',
    authorName: author?.name ?? '',
    isAuthor,
    isSecretariat,
    thread: notes.map(({ authorUserId, ...n }) => ({ ...n, fromSecretariat: authorUserId !== idea.authorUserId })),
  };
}
