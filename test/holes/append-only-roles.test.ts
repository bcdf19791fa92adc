/**
 * The audit log and the ledger are append-only in the database, and on PostgreSQL the app's own
 * role cannot switch that off: it does not own the tables (migrations run as the owner).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { grantAppRole } from '../../src/db/roles.js';
import { rowsOf } from '../../src/db/rows.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { postgresUrl } from '../support/db.js';
import { withDatabase } from '../support/template.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t.close());

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return String((err as { cause?: unknown }).cause ?? err);
  }
  return 'accepted';
};

describe('append-only history', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on audit_events, also for the tables’ owner', async () => {
    expect(await refusal(t.db.execute(sql`UPDATE audit_events SET action = 'x'`))).toMatch(/append-only/);
    expect(await refusal(t.db.execute(sql`DELETE FROM audit_events`))).toMatch(/append-only/);
    expect(await refusal(t.db.execute(sql`TRUNCATE audit_events`))).toMatch(/append-only/);
    expect(await refusal(t.db.execute(sql`UPDATE ledger_entries SET reason = 'x'`))).toMatch(/append-only/);
  });
});

const url = postgresUrl();
describe.skipIf(!url)('on PostgreSQL the app runs as a role that owns no table', () => {
  const appRole = `vtp_app_${process.pid}`;
  let app: pg.Client;
  let dbUrl = '';
  beforeAll(async () => {
    const [row] = rowsOf<{ d: string }>(await t.db.execute(sql`SELECT current_database() AS d`));
    dbUrl = withDatabase(url ?? '', row?.d ?? '');
    const owner = new pg.Client({ connectionString: dbUrl });
    await owner.connect();
    await owner.query(`CREATE ROLE ${appRole} LOGIN`).catch(() => undefined);
    await owner.end();
    await grantAppRole(dbUrl, appRole);
    const u = new URL(dbUrl);
    u.username = appRole;
    u.password = '';
    app = new pg.Client({ connectionString: u.toString() });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
  });

  it('may read and add rows, and change ordinary tables', async () => {
    expect((await app.query('SELECT count(*) FROM audit_events')).rows).toHaveLength(1);
    await app.query(`INSERT INTO audit_events (action, object_type, object_id) VALUES ('test.probe', 'test', gen_random_uuid())`);
    await app.query(`UPDATE pools SET description = description`);
  });

  it('cannot UPDATE, DELETE or TRUNCATE the audit log or the ledger', async () => {
    for (const statement of [
      'UPDATE audit_events SET action = action',
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
      'UPDATE ledger_entries SET amount_oere = amount_oere',
    ]) {
      expect(await refusal(app.query(statement)), statement).toMatch(/permission denied/);
    }
    // Retention may blank these columns of a deleted case (src/db/roles.ts); the trigger still refuses anything else.
    for (const statement of ['UPDATE audit_events SET after = after', 'UPDATE ledger_entries SET reason = reason']) {
      expect(await refusal(app.query(statement)), statement).toMatch(/append-only/);
    }
  });

  it('cannot switch the triggers off or drop them', async () => {
    expect(await refusal(app.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete'))).toMatch(/must be owner/);
    expect(await refusal(app.query('DROP TRIGGER audit_events_no_update_delete ON audit_events'))).toMatch(/must be owner/);
    expect(await refusal(app.query('ALTER TABLE ledger_entries DISABLE TRIGGER ALL'))).toMatch(/must be owner/);
  });
});
