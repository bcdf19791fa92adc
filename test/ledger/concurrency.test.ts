import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openPostgres, type Database } from '../../src/db/client.js';
import { rowsOf } from '../../src/db/rows.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { AppError } from '../../src/errors.js';
import { login } from '../../src/usecases/accounts/login.js';
import { commitFunds } from '../../src/usecases/ledger/commit-funds.js';
import { lineBalances } from '../../src/usecases/ledger/line-balances.js';
import { templateDbName, withDatabase } from '../support/template.js';
import { buildLedgerPool, buildLedgerApplication } from '../support/factories.js';

/**
 * Far more simultaneous approvals than a line can afford, through TWO app instances (two `pg` pools,
 * two createApp) on one PostgreSQL database: exactly as many succeed as the money allows, the rest
 * are refused with INSUFFICIENT_FUNDS, and the sums still hold. Needs PostgreSQL: PGlite is a single
 * connection, where transactions cannot overlap at all.
 */
const url = process.env.TEST_DATABASE_URL;

if (!url) {
  describe('ledger concurrency on PostgreSQL', () => {
    it.skip('skipped: TEST_DATABASE_URL is not set (run `npm run test:pg` or scripts/with-postgres.sh npx vitest run test/ledger/concurrency.test.ts)', () => {});
  });
} else {
  describe('ledger concurrency on PostgreSQL, two app instances', () => {
    const name = `vtp_test_conc_${randomBytes(5).toString('hex')}`;
    let one: Database;
    let two: Database;
    let apps: ReturnType<typeof createApp>[];
    const admin = () => new pg.Client({ connectionString: url });

    beforeAll(async () => {
      const a = admin();
      await a.connect();
      await a.query(`CREATE DATABASE ${name} TEMPLATE ${templateDbName('demo')}`);
      await a.end();
      one = await openPostgres(withDatabase(url, name), 10);
      two = await openPostgres(withDatabase(url, name), 10);
      const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' });
      apps = [one, two].map((d) => createApp({ db: d.db, config, logger: pino({ level: 'silent' }) }));
    });
    afterAll(async () => {
      await one?.close();
      await two?.close();
      // Plain DROP, retried while the closed pools' connections finish (FORCE would kill them mid-close).
      const a = admin();
      await a.connect();
      for (let i = 0; i < 50; i++) {
        try {
          await a.query(`DROP DATABASE IF EXISTS ${name}`);
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await a.end();
    });

    async function session(email: string) {
      const s = await login(one.db, { email, password: DEMO_PASSWORD });
      return { cookie: `vtp_session=${s.sessionId}`, csrf: s.csrfToken };
    }
    const post = (appIndex: number, s: { cookie: string; csrf: string }, path: string, body: unknown) =>
      (apps[appIndex % 2] ?? apps[0])!.request(`/api/v1${path}`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    it('40 simultaneous approvals of 100.000 kr. on a line with 1 mio. kr.: exactly 10 succeed', async () => {
      const pool = await buildLedgerPool(one.db, {
        orgSlug: 'vejle',
        start: 2030,
        end: 2030,
        lines: [{ key: 'a', name: 'Linje', years: { 2030: 1_000_000_00 } }],
      });
      const projects = await Promise.all(Array.from({ length: 40 }, () => buildLedgerApplication(one.db, pool)));
      const sek = await session('sekretariat@vejle.demo');
      const responses = await Promise.all(
        projects.map((applicationId, i) =>
          post(i, sek, `/pools/${pool.poolId}/ledger/commitments`, {
            applicationId,
            budgetLineId: pool.lines.a,
            split: [{ year: 2030, amountOere: 100_000_00 }],
            reference: 'Møde',
            reason: 'Godkendt',
          }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(30);
      const refusals = await Promise.all(
        responses.filter((r) => r.status === 409).map((r) => r.json() as Promise<{ error: { code: string; message: string } }>),
      );
      expect(new Set(refusals.map((r) => r.error.code))).toEqual(new Set(['INSUFFICIENT_FUNDS']));
      expect(refusals[0]?.error.message).toContain('Der er ikke penge nok');
      const [b] = await lineBalances(two.db, pool.poolId);
      expect(b).toMatchObject({ budgetOere: 1_000_000_00, committedOere: 1_000_000_00, remainingOere: 0 });
      const [n] = rowsOf<{ n: number }>(
        await one.db.execute(sql`select count(*)::int as n from ledger_entries where pool_id = ${pool.poolId} and kind = 'commitment'`),
      );
      expect(Number(n?.n)).toBe(10);
    });

    it('simultaneous commitFunds in decision transactions on a parent line and its 10 % earmark fill each to exactly its share', async () => {
      const pool = await buildLedgerPool(one.db, {
        orgSlug: 'vejle',
        start: 2030,
        end: 2030,
        lines: [
          { key: 'ordinaer', name: 'Ordinær', years: { 2030: 1_000_000_00 } },
          { key: 'innovation', name: 'Innovation og Test', parent: 'ordinaer', shareBp: 1000 },
        ],
      });
      const projects = await Promise.all(Array.from({ length: 30 }, () => buildLedgerApplication(one.db, pool)));
      const outcomes = await Promise.all(
        projects.map(async (applicationId, i) => {
          const line = i % 3 === 0 ? 'innovation' : 'ordinaer';
          const db = i % 2 === 0 ? one.db : two.db;
          try {
            await db.transaction((tx) =>
              commitFunds(tx, null, {
                poolId: pool.poolId,
                budgetLineId: pool.lines[line] ?? '',
                applicationId,
                split: [{ year: 2030, amountOere: 100_000_00 }],
                reference: 'Møde',
                reason: 'Godkendt',
              }),
            );
            return `${line}:ok`;
          } catch (e) {
            if (e instanceof AppError) return `${line}:${e.code}`;
            throw e;
          }
        }),
      );
      expect(outcomes.filter((o) => o === 'ordinaer:ok')).toHaveLength(9);
      expect(outcomes.filter((o) => o === 'innovation:ok')).toHaveLength(1);
      expect(outcomes.filter((o) => o.endsWith(':INSUFFICIENT_FUNDS'))).toHaveLength(20);
      const balances = await lineBalances(one.db, pool.poolId);
      for (const b of balances) expect(b.remainingOere).toBe(0);
      expect(balances.map((b) => b.committedOere)).toEqual([900_000_00, 100_000_00]);
    });

    it('30 simultaneous payouts of 10.000 kr. against a 100.000 kr. commitment: exactly 10 succeed', async () => {
      const pool = await buildLedgerPool(one.db, {
        orgSlug: 'vejle',
        start: 2030,
        end: 2030,
        lines: [{ key: 'a', name: 'Linje', years: { 2030: 500_000_00 } }],
      });
      const project = await buildLedgerApplication(one.db, pool);
      await one.db.transaction((tx) =>
        commitFunds(tx, null, {
          poolId: pool.poolId,
          budgetLineId: pool.lines.a ?? '',
          applicationId: project,
          split: [{ year: 2030, amountOere: 100_000_00 }],
          reference: 'Møde',
          reason: 'Godkendt',
        }),
      );
      const fin = await session('oekonomi@vejle.demo');
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          post(i, fin, `/applications/${project}/ledger/payouts`, { budgetLineId: pool.lines.a, year: 2030, amountOere: 10_000_00, reference: `Faktura ${i}` }),
        ),
      );
      expect(responses.filter((r) => r.status === 201)).toHaveLength(10);
      const refused = responses.filter((r) => r.status === 409);
      expect(refused).toHaveLength(20);
      expect(((await refused[0]?.json()) as { error: { code: string } }).error.code).toBe('EXCEEDS_COMMITMENT');
      const [b] = await lineBalances(two.db, pool.poolId);
      expect(b).toMatchObject({ committedOere: 100_000_00, paidOere: 100_000_00, remainingOere: 400_000_00 });
    });
  });
}
