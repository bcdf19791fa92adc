import type { Db } from '../../db/client.js';
import { authorizeUserAdmin } from '../../policies/users.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { memberOrNotFound, type Member } from './members.js';
import { userInOrganisationSchema } from './schemas.js';

/** One member of the organisation, for its admin (a non-member is 404). */
export async function getUser(db: Db, actor: Actor, input: unknown): Promise<Member> {
  const data = parseInput(userInOrganisationSchema, input);
  authorizeUserAdmin(actor, data.organisationId);
  return memberOrNotFound(db, data.organisationId, data.userId);
}
