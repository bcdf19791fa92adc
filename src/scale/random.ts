import { sql, type SQL } from 'drizzle-orm';

/**
 * Deterministic pseudo-random numbers computed by the database from the seed and a row's key (md5 of
 * "seed:tag:key"), so the bulk INSERT … SELECT statements stay server-side and the result depends only
 * on the seed. `rnd` is uniform in 0 … 2^28 − 1.
 */
export function randomFor(seed: number): {
  rnd: (tag: string, key: SQL) => SQL;
  pick: (tag: string, key: SQL, n: number | SQL) => SQL;
  uuid: (tag: string, key: SQL) => SQL;
} {
  if (!Number.isSafeInteger(seed)) throw new Error('seed must be an integer');
  const prefix = `${seed}:`;
  const rnd = (tag: string, key: SQL) => sql`(('x' || substr(md5(${sql.raw(`'${prefix}${tag}:'`)} || (${key})::text), 1, 7))::bit(28)::int)`;
  return {
    rnd,
    pick: (tag, key, n) => sql`(${rnd(tag, key)} % (${typeof n === 'number' ? sql.raw(String(n)) : n}))`,
    uuid: (tag, key) => sql`(md5(${sql.raw(`'${prefix}${tag}:'`)} || (${key})::text)::uuid)`,
  };
}
