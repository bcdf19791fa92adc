import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowsOf } from '../db/rows.js';
import { scaleExtraRoles, scaleStaff } from '../demo/scale-staff.js';
import { demoPoolPresets } from '../demo/seed.js';
import { hashPassword } from '../usecases/accounts/secrets.js';
import { lineBalances } from '../usecases/ledger/line-balances.js';
import { createOrganisation } from '../usecases/organisations/create-organisation.js';
import { createPool } from '../usecases/pools/create-pool.js';
import { DEPARTMENTS, MUNICIPALITIES, NETWORKS, type ScalePreset } from './presets.js';
import type { randomFor } from './random.js';

export const SCALE_PASSWORD = 'scale1234';

const FIRST = ['Anne', 'Mette', 'Lars', 'Jens', 'Hanne', 'Peter', 'Susanne', 'Søren', 'Camilla', 'Mads', 'Louise', 'Rasmus', 'Ida', 'Niels', 'Maria', 'Thomas'];
const LAST = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kristensen'];

/** A small seeded PRNG (mulberry32) for the few decisions taken in code (pool counts and sizes). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const slugOf = (ord: number) => `k${String(ord + 1).padStart(3, '0')}`;

/**
 * Organisations (through the use case), ~50 staff each with one shared password hash, memberships,
 * networks with a coordinator, and 1–3 pools per municipality from the demo presets (through
 * createPool, so budget lines, meetings and the budget's ledger entries are right). Leaves the temp
 * tables scale_org, scale_pool, scale_line, scale_line_year and scale_meeting for the next steps.
 */
export async function generateStructure(tx: Db, preset: ScalePreset, seed: number, today: string, r: ReturnType<typeof randomFor>): Promise<void> {
  const rand = prng(seed);
  await tx.execute(sql`create temp table scale_org (ord int primary key, id uuid not null, slug text not null, name text not null) on commit drop`);
  for (let ord = 0; ord < preset.municipalities; ord++) {
    const base = MUNICIPALITIES[ord % MUNICIPALITIES.length] ?? 'Kommune';
    const name = `${base} Kommune${ord >= MUNICIPALITIES.length ? ` ${Math.floor(ord / MUNICIPALITIES.length) + 1}` : ''}`;
    const org = await createOrganisation(tx, null, {
      slug: slugOf(ord),
      name,
      municipalityCode: String(101 + ord)
        .padStart(3, '0')
        .slice(-3),
      departments: DEPARTMENTS,
    });
    await tx.execute(sql`insert into scale_org values (${ord}, ${org.id}, ${org.slug}, ${name})`);
  }

  const hash = await hashPassword(SCALE_PASSWORD);
  const staff = JSON.stringify(scaleStaff.map((s) => ({ ...s, count: Math.max(1, Math.round(s.count * preset.staffFactor)) })));
  const key = sql`o.ord || ':' || s.prefix || ':' || n`;
  await tx.execute(sql`
    insert into users (id, email, name, password_hash)
    select ${r.uuid('user', key)}, s.prefix || n || '@' || o.slug || '.example.dk',
      (${JSON.stringify(FIRST)}::jsonb ->> ${r.pick('first', key, FIRST.length)}) || ' ' || (${JSON.stringify(LAST)}::jsonb ->> ${r.pick('last', key, LAST.length)}),
      ${hash}
    from scale_org o cross join jsonb_to_recordset(${staff}::jsonb) as s(prefix text, role text, count int) cross join lateral generate_series(1, s.count) n`);
  await tx.execute(sql`
    insert into memberships (user_id, organisation_id, role)
    select ${r.uuid('user', key)}, o.id, s.role::org_role
    from scale_org o cross join jsonb_to_recordset(${staff}::jsonb) as s(prefix text, role text, count int) cross join lateral generate_series(1, s.count) n`);
  await tx.execute(sql`
    insert into memberships (user_id, organisation_id, role)
    select ${r.uuid('user', key)}, o.id, s.role::org_role
    from scale_org o cross join jsonb_to_recordset(${JSON.stringify(scaleExtraRoles)}::jsonb) as s(prefix text, n int, role text)`);

  for (let i = 0; i < preset.networks; i++) {
    const slug = `netvaerk-${i + 1}`;
    const rows = rowsOf<{ id: string }>(
      await tx.execute(
        sql`insert into networks (slug, name, description) values (${slug}, ${NETWORKS[i % NETWORKS.length] ?? slug}, 'Genereret netværk') returning id`,
      ),
    );
    const networkId = rows[0]?.id;
    await tx.execute(sql`insert into network_members select ${networkId}::uuid, id from scale_org where ord % ${preset.networks} = ${i}`);
    const user = rowsOf<{ id: string }>(
      await tx.execute(
        sql`insert into users (email, name, password_hash) values (${`koordinator@${slug}.example.dk`}, 'Netværkskoordinator', ${hash}) returning id`,
      ),
    );
    await tx.execute(sql`insert into network_memberships (user_id, network_id, role) values (${user[0]?.id}, ${networkId}, 'coordinator')`);
  }

  await tx.execute(sql`create temp table scale_pool (ord int primary key, id uuid not null, org_ord int not null, org_id uuid not null,
    start_year int not null, first_g int not null default 0, n int not null default 0, weight float8 not null, n_lines int not null default 0) on commit drop`);
  let poolOrd = 0;
  const orgs = rowsOf<{ ord: number; id: string; name: string }>(await tx.execute(sql`select ord, id, name from scale_org order by ord`));
  for (const org of orgs) {
    const n = org.ord === 0 ? preset.maxPools : 1 + Math.floor(rand() * preset.maxPools);
    for (let k = 0; k < n; k++) {
      const p = demoPoolPresets[(org.ord + k) % demoPoolPresets.length];
      if (!p) continue;
      const setup = p.preset(today);
      const pool = await createPool(tx, null, { ...setup, organisationId: org.id, name: `${setup.name} – ${org.name}${k > 0 ? ` (${k + 1})` : ''}` });
      // The largest pool (the first municipality's first) gets eight times the average share.
      const weight = poolOrd === 0 ? 8 : 0.5 + rand();
      await tx.execute(
        sql`insert into scale_pool (ord, id, org_ord, org_id, start_year, weight) values (${poolOrd}, ${pool.id}, ${org.ord}, ${org.id}, ${setup.periodStartYear}, ${weight})`,
      );
      poolOrd++;
    }
  }
  // A network runs the second pool of each member municipality.
  await tx.execute(sql`update pools set network_id = nm.network_id from scale_pool sp, network_members nm
    where pools.id = sp.id and nm.organisation_id = sp.org_id and sp.ord > 0 and sp.ord in (select min(ord) + 1 from scale_pool group by org_id)`);

  await tx.execute(sql`create temp table scale_line on commit drop as
    select sp.ord as pool_ord, (row_number() over (partition by sp.ord order by bl.sort_order, bl.key) - 1)::int as k, bl.id, bl.decision_mode::text as mode, bl.decision_body_id as body_id
    from scale_pool sp join budget_lines bl on bl.pool_id = sp.id where bl.purpose = 'grants' and bl.open_for_applications`);
  await tx.execute(sql`update scale_pool sp set n_lines = (select count(*) from scale_line l where l.pool_ord = sp.ord)`);

  // What each line and year has before any grant, by the ledger's own arithmetic (earmarks applied).
  await tx.execute(sql`create temp table scale_line_year (line_id uuid, year int, remaining bigint, primary key (line_id, year)) on commit drop`);
  const pools = rowsOf<{ id: string }>(await tx.execute(sql`select id from scale_pool order by ord`));
  for (const p of pools) {
    const rows = (await lineBalances(tx, p.id)).map((b) => ({ line_id: b.budgetLineId, year: b.year, remaining: b.remainingOere }));
    await tx.execute(
      sql`insert into scale_line_year select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(line_id uuid, year int, remaining bigint)`,
    );
  }
  await tx.execute(sql`create temp table scale_meeting on commit drop as
    select m.decision_body_id as body_id, m.id, m.starts_at, (m.starts_at <= ${today}::date)::boolean as past,
      (row_number() over (partition by m.decision_body_id, (m.starts_at <= ${today}::date) order by m.starts_at) - 1)::int as k
    from meetings m join decision_bodies db on db.id = m.decision_body_id join scale_pool sp on sp.id = db.pool_id`);
}
