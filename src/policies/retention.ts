import { AppError } from '../errors.js';
import type { Actor } from '../usecases/shared/actor.js';
import { authorize } from './authorize.js';

/** Only the organisation's own admin sees the cases due for deletion, sets the period and deletes. */
export function assertMayManageRetention(actor: Actor, organisationId: string): void {
  authorize(actor, 'retention.manage', organisationId);
}

export interface DeletionFacts {
  closedOn: string | null;
  dueOn: string | null;
  today: string;
  archiveExported: boolean;
  alreadyDeleted: boolean;
}

/**
 * A case may be deleted only when it is closed, its retention period has run out and an archive export
 * of its full record is recorded (arkivloven: hand it over before deleting). Throws CONFLICT, in Danish.
 */
export function assertMayDeleteCase(f: DeletionFacts): void {
  const refuse = (da: string, en: string) => new AppError('CONFLICT', { message: { da, en } });
  if (f.alreadyDeleted) throw refuse('Sagens personoplysninger er allerede slettet.', "The case's personal data has already been deleted.");
  if (!f.closedOn || !f.dueOn) throw refuse('Kun en afsluttet sag kan slettes.', 'Only a closed case can be deleted.');
  if (f.dueOn > f.today)
    throw refuse(
      `Sagen kan først slettes fra ${f.dueOn}, når opbevaringsperioden er udløbet.`,
      `The case can only be deleted from ${f.dueOn}, when its retention period ends.`,
    );
  if (!f.archiveExported)
    throw refuse(
      'Sagen kan ikke slettes, før der er registreret en arkiveksport af den. Eksportér sagen til arkivering først.',
      'The case cannot be deleted before an archive export of it is recorded. Export the case for the archive first.',
    );
}
