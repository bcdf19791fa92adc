import type { EntrySharing } from '../../../usecases/catalogue/entry-sharing.js';
import type { PageContext } from '../../page-context.js';

/** The sections below a catalogue entry: adoptions, "Brug dette projekt", experience posts. */
export function EntrySharingSections(_props: { ctx: PageContext; entryId: string; sharing: EntrySharing }) {
  return null;
}
