import { AppError } from '../errors.js';
import type { Actor } from '../usecases/shared/actor.js';
import { authorize } from './authorize.js';

/**
 * Who may see a case's journal list, withhold its fields and export its record: the organisation's
 * secretariat (and the admin for the export); a case with nothing submitted has no record to hand out.
 */

export interface CaseRef {
  organisationId: string;
  /** 0 while the application is a draft that was never submitted. */
  currentVersion: number;
}

const nothingSubmitted = () =>
  new AppError('CONFLICT', {
    message: {
      da: 'Ansøgningen er aldrig indsendt, så sagen har ingen dokumenter endnu.',
      en: 'The application was never submitted, so the case has no documents yet.',
    },
  });

export function assertMayViewJournal(actor: Actor, c: CaseRef): void {
  authorize(actor, 'records.viewJournal', c.organisationId);
}

export function assertMayExportCase(actor: Actor, c: CaseRef): void {
  authorize(actor, 'records.export', c.organisationId);
  if (c.currentVersion === 0) throw nothingSubmitted();
}

export function assertMayWithholdFields(actor: Actor, c: CaseRef): void {
  authorize(actor, 'records.withhold', c.organisationId);
  if (c.currentVersion === 0) throw nothingSubmitted();
}
