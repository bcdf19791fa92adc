import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { listSimilarEntries } from '../../../usecases/catalogue/list-similar-entries.js';
import type { Actor } from '../../../usecases/shared/actor.js';
import type { AppEnv } from '../../env.js';
import { pageContext } from '../../page-context.js';
import { SimilarEntriesPanel } from './similar-entries-panel.js';

/**
 * The evidence panel beside an application (its form, the secretariat's case page, the reviewer's
 * page): the catalogue entries most like the case that the actor may see. A constant number of
 * statements, whatever the size of the catalogue.
 */
export async function caseEvidence(c: Context<AppEnv>, actor: Actor, applicationId: string): Promise<Child> {
  const entries = await listSimilarEntries(c.get('deps').db, actor, { applicationId });
  return SimilarEntriesPanel({ ctx: pageContext(c), entries });
}
