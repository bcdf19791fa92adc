import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { ideas } from '../../db/schema/applications.js';
import { catalogueAdoptions } from '../../db/schema/catalogue.js';
import { paths } from '../../paths.js';
import { authorize } from '../../policies/authorize.js';
import { loadCatalogueViewer } from '../../policies/catalogue.js';
import { assertOpen } from '../applications/create-application.js';
import { loadPoolContext } from '../applications/pool-context.js';
import { notifyIdeaCreated } from '../notifications/case-events.js';
import { notify } from '../notifications/notify.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { loadVisibleEntry } from './shared-entry.js';

const optionalText = (max: number) =>
  z
    .string({ error: 'Skal være en tekst' })
    .trim()
    .max(max, { error: `Højst ${max} tegn` })
    .optional();

export const adoptCatalogueEntrySchema = z.object({
  catalogueEntryId: z.string({ error: 'Angiv katalogindgangen' }).trim().min(1, { error: 'Angiv katalogindgangen' }),
  poolId: z.string({ error: 'Vælg den pulje, idéen skal sendes til' }).trim().min(1, { error: 'Vælg den pulje, idéen skal sendes til' }),
  /** Left out: taken from the entry (title, summary, and the problem as the need analysis). */
  title: optionalText(200),
  summary: optionalText(2000),
  needAnalysis: optionalText(10_000),
});

/**
 * "Brug dette projekt": start an idea in one of the actor's own organisations' open pools,
 * prefilled from a catalogue entry the actor may see, and link it to the entry (the entry shows who
 * adopted it; the idea and the later application link back). An entry the actor may not see is 404.
 */
export async function adoptCatalogueEntry(db: Db, actor: Actor, input: unknown, now: Date = new Date()): Promise<{ ideaId: string; adoptionId: string }> {
  const data = parseInput(adoptCatalogueEntrySchema, input);
  const viewer = await loadCatalogueViewer(db, actor);
  const { entry } = await loadVisibleEntry(db, viewer, data.catalogueEntryId);
  const { pool } = await loadPoolContext(db, data.poolId);
  authorize(actor, 'idea.create', pool.organisationId);
  assertOpen(pool, now);
  const title = data.title || entry.title;
  const needAnalysis = data.needAnalysis || entry.problem || entry.summary || entry.title;
  return db.transaction(async (tx) => {
    const [idea] = await tx
      .insert(ideas)
      .values({ organisationId: pool.organisationId, poolId: pool.id, authorUserId: actor.userId, title, summary: data.summary ?? entry.summary, needAnalysis })
      .returning({ id: ideas.id });
    if (!idea) throw new Error('insert returned no row');
    const [adoption] = await tx
      .insert(catalogueAdoptions)
      .values({ entryId: entry.id, organisationId: pool.organisationId, ideaId: idea.id, adoptedByUserId: actor.userId })
      .returning({ id: catalogueAdoptions.id });
    if (!adoption) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'catalogue.adopted',
      objectType: 'idea',
      objectId: idea.id,
      organisationId: pool.organisationId,
      after: { catalogueEntryId: entry.id, poolId: pool.id, title },
    });
    await notifyIdeaCreated(tx, { id: idea.id, organisationId: pool.organisationId, title, authorName: actor.name });
    // The entry's owner hears that someone builds on it (a link to the entry, not to the other organisation's idea).
    await notify(tx, {
      userIds: [entry.publishedByUserId],
      organisationId: entry.organisationId,
      kind: 'catalogue.adopted',
      title: { da: `Nogen bygger videre på "${entry.title}"`, en: `Someone builds on "${entry.title}"` },
      body: {
        da: `${actor.name} har startet en idé ud fra katalogindgangen "${entry.title}".`,
        en: `${actor.name} has started an idea from the catalogue entry "${entry.title}".`,
      },
      link: paths.catalogue.show({ catalogueEntryId: entry.id }),
      email: false,
    });
    return { ideaId: idea.id, adoptionId: adoption.id };
  });
}
