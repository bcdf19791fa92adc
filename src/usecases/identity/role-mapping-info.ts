import type { roleMappings } from '../../db/schema/identity.js';

type MappingRow = typeof roleMappings.$inferSelect;
export type RoleMappingInfo = Pick<MappingRow, 'id' | 'providerId' | 'organisationId' | 'claimValue' | 'role' | 'createdAt'>;
export const roleMappingInfo = (m: MappingRow): RoleMappingInfo => ({
  id: m.id,
  providerId: m.providerId,
  organisationId: m.organisationId,
  claimValue: m.claimValue,
  role: m.role,
  createdAt: m.createdAt,
});
