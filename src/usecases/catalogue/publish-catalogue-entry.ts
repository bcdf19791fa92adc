import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { catalogueEntries } from '../../db/schema/catalogue.js';
import { AppError, forbidden } from '../../errors.js';
import { mayPublishEntry } from '../../policies/catalogue.js';
import { loadProjectFor } from '../projects/load-project.js';
import type { Actor } from '../shared/actor.js';
import { recordAudit } from '../shared/audit.js';
import { parseInput } from '../shared/validate.js';
import { entryColumns, entryFieldsShape, type EntryFields } from './entry-fields.js';
import { projectFacts, type ProjectFacts } from './project-facts.js';

export const publishCatalogueEntrySchema = z.object({ applicationId: z.string({ error: 'Angiv projektet' }), ...entryFieldsShape });

/**
 * The project a catalogue entry may be published from, and the prefilled fields: a project of the
 * actor's organisation (else NOT_FOUND) that has started (any phase after the start), and the actor
 * is the pool's secretariat or the project's lead (else FORBIDDEN).
 */
export async function loadPublishableProject(db: Db, actor: Actor, applicationId: string): Promise<ProjectFacts & { existingEntryId: string | null }> {
  const { application, project, relation } = await loadProjectFor(db, actor, applicationId);
  if (!mayPublishEntry(actor, application, { isProjectLead: relation.isLead })) throw forbidden();
  const facts = await projectFacts(db, application.id);
  if (!facts) throw new Error('project vanished');
  if (!project) {
    throw new AppError('TRANSITION_NOT_ALLOWED', {
      message: { da: 'Projektet kan deles i kataloget, når det er igangsat.', en: 'The project can be shared in the catalogue once it has started.' },
    });
  }
  const [existing] = await db.select({ id: catalogueEntries.id }).from(catalogueEntries).where(eq(catalogueEntries.applicationId, application.id));
  return { ...facts, existingEntryId: existing?.id ?? null };
}

/** The publish form's starting values: what the project says (GET /projekter/:applicationId/katalog). */
export async function getPublishForm(
  db: Db,
  actor: Actor,
  input: { applicationId: string },
): Promise<{ fields: EntryFields; existingEntryId: string | null; title: string }> {
  const loaded = await loadPublishableProject(db, actor, input.applicationId);
  return { fields: loaded.prefill, existingEntryId: loaded.existingEntryId, title: loaded.application.title };
}

/**
 * Share a project in the catalogue: one entry per project (a second publish is ALREADY_EXISTS, edit
 * it instead), owned by the project's organisation, with the editorial fields as given (the form
 * starts from `getPublishForm`) and the measured fields (effects, money, phase, outcome) from the
 * project; from then on `refreshEntryFromProject` keeps those up to date.
 */
export async function publishCatalogueEntry(db: Db, actor: Actor, input: unknown): Promise<{ catalogueEntryId: string }> {
  const data = parseInput(publishCatalogueEntrySchema, input);
  const loaded = await loadPublishableProject(db, actor, data.applicationId);
  if (loaded.existingEntryId) {
    throw new AppError('ALREADY_EXISTS', {
      message: {
        da: 'Projektet er allerede delt i kataloget. Ret indgangen i stedet.',
        en: 'The project is already in the catalogue. Edit the entry instead.',
      },
    });
  }
  const { applicationId: _ignored, ...fields } = data;
  const m = loaded.measured;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(catalogueEntries)
      .values({
        ...entryColumns(fields),
        organisationId: loaded.application.organisationId,
        departmentId: loaded.departmentId,
        applicationId: loaded.application.id,
        source: 'project',
        phase: fields.phase || m.phase,
        effects: m.effects,
        spentOere: m.spentOere,
        budgetOere: m.budgetOere,
        businessCaseNetOere: m.businessCaseNetOere,
        publishedByUserId: actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: catalogueEntries.id });
    if (!row)
      throw new AppError('ALREADY_EXISTS', { message: { da: 'Projektet er allerede delt i kataloget.', en: 'The project is already in the catalogue.' } });
    await recordAudit(tx, actor, {
      action: 'catalogue.published',
      objectType: 'catalogue_entry',
      objectId: row.id,
      organisationId: loaded.application.organisationId,
      after: { applicationId: loaded.application.id, title: fields.title, visibility: fields.visibility },
    });
    return { catalogueEntryId: row.id };
  });
}
