import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { experiencePosts } from '../../db/schema/network-platform.js';
import { EXPERIENCE_KINDS } from '../../domain/network-platform.js';
import { forbidden, validationFailed } from '../../errors.js';
import { paths } from '../../paths.js';
import { loadCatalogueViewer } from '../../policies/catalogue.js';
import { loadVisibleEntry } from '../catalogue/shared-entry.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { postingOrganisationFor } from './experiences.js';

export const postExperienceSchema = z.object({
  catalogueEntryId: z.string().trim().min(1),
  kind: z.enum(EXPERIENCE_KINDS, { error: 'Vælg, om det er et spørgsmål, et svar eller en erfaring' }),
  body: z.string({ error: 'Skriv dit indlæg' }).trim().min(1, { error: 'Skriv dit indlæg' }).max(5000, { error: 'Højst 5000 tegn' }),
  replyToId: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
});

/**
 * A question, answer or lesson on a catalogue entry, by a user of the owning organisation or of a
 * member municipality of a network the entry is shared with. The entry's publisher is told (in the
 * app and by e-mail) in the same transaction.
 */
export async function postExperience(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  const data = parseInput(postExperienceSchema, input);
  const viewer = await loadCatalogueViewer(db, actor);
  const shared = await loadVisibleEntry(db, viewer, data.catalogueEntryId);
  const organisationId = await postingOrganisationFor(db, actor, shared);
  if (organisationId === null) throw forbidden();
  const { entry } = shared;
  if (data.replyToId !== undefined) {
    const parent = z.uuid().safeParse(data.replyToId).success
      ? (
          await db
            .select({ id: experiencePosts.id })
            .from(experiencePosts)
            .where(and(eq(experiencePosts.id, data.replyToId), eq(experiencePosts.entryId, entry.id)))
        )[0]
      : undefined;
    if (!parent) throw validationFailed({ replyToId: 'Indlægget, du svarer på, findes ikke på denne indgang' });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(experiencePosts)
      .values({ entryId: entry.id, kind: data.kind, body: data.body, replyToId: data.replyToId ?? null, authorUserId: actor.userId, organisationId })
      .returning({ id: experiencePosts.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'experience.posted',
      objectType: 'experience_post',
      objectId: row.id,
      organisationId,
      after: { entryId: entry.id, kind: data.kind },
    });
    if (entry.publishedByUserId !== actor.userId) {
      await notify(tx, {
        userIds: [entry.publishedByUserId],
        organisationId: entry.organisationId,
        kind: 'experience.posted',
        title: { da: `Nyt indlæg om "${entry.title}"`, en: `New post on "${entry.title}"` },
        body: {
          da: `${actor.name} har skrevet på katalogindgangen "${entry.title}":\n\n${data.body}`,
          en: `${actor.name} has posted on the catalogue entry "${entry.title}":\n\n${data.body}`,
        },
        link: paths.catalogueSharing.experiences({ catalogueEntryId: entry.id }),
      });
    }
    return row;
  });
}
