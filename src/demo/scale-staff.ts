import type { OrgRole } from '../db/schema/accounts.js';

/**
 * The staff of one municipality in the generated scale data set (src/scale): e-mail prefix → role and
 * how many people hold it (~50 in all), plus the second roles some of them also hold. Here because
 * role names are spelled only in policies/, the schema, the workflow tables and the demo.
 */
export const scaleStaff: readonly { prefix: string; role: OrgRole; count: number }[] = [
  { prefix: 'ansoeger', role: 'applicant', count: 30 },
  { prefix: 'sekretariat', role: 'secretariat', count: 4 },
  { prefix: 'bedoemmer', role: 'reviewer', count: 6 },
  { prefix: 'raad', role: 'decision_body', count: 4 },
  { prefix: 'oekonomi', role: 'finance', count: 2 },
  { prefix: 'admin', role: 'admin', count: 1 },
  { prefix: 'konsulent', role: 'consultant', count: 3 },
];

/** Second roles: the first secretariat member also reviews, the admin also works in the secretariat. */
export const scaleExtraRoles: readonly { prefix: string; n: number; role: OrgRole }[] = [
  { prefix: 'sekretariat', n: 1, role: 'reviewer' },
  { prefix: 'admin', n: 1, role: 'secretariat' },
];
