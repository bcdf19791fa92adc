/**
 * No N+1: every page and API list is requested with 10 and with 100 rows of what it lists, and the
 * number of SQL statements the request sends must be the same. The statements are counted through
 * drizzle's logger hook (`onQuery`, both drivers), so this runs on PGlite and on PostgreSQL alike.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../support/app.js';
import { seedRows, type ScaleFixture } from './rows.js';

interface Probe {
  who: string;
  path: (fx: ScaleFixture) => string;
  /** Text the answer must contain at 10 rows, so the rows are really listed (a count over an empty list proves nothing). */
  shows?: string;
}

const staff = 'sekretariat@vejle.demo';
const applicant = 'ansoeger@vejle.demo';
const pool = (rest: string) => (fx: ScaleFixture) => `/puljer/${fx.pool.poolId}${rest}`;
const api = (p: string | ((fx: ScaleFixture) => string)) => (fx: ScaleFixture) => `/api/v1${typeof p === 'string' ? p : p(fx)}`;
const fixed = (p: string) => () => p;

const probes: Record<string, Probe> = {
  // front page of each role
  ...Object.fromEntries(
    ['ansoeger', 'sekretariat', 'bedoemmer', 'raad', 'oekonomi', 'admin'].map((role) => [
      `front page (${role})`,
      { who: `${role}@vejle.demo`, path: fixed('/') },
    ]),
  ),
  'pools list': { who: staff, path: fixed('/puljer') },
  'pool page': { who: staff, path: pool('') },
  'pool history': { who: staff, path: pool('/historik'), shows: 'Puljen blev ændret' },
  inbox: { who: staff, path: pool('/indbakke'), shows: 'Skalaansøgning' },
  'inbox filtered': { who: staff, path: pool('/indbakke?tilstand=in_review&q=Skala') },
  scores: { who: staff, path: pool('/scorer') },
  'pool meetings': { who: staff, path: pool('/moeder') },
  'meeting page': { who: staff, path: (fx) => `/moeder/${fx.meetingId}`, shows: 'Skalaansøgning' },
  'meeting agenda': { who: staff, path: (fx) => `/moeder/${fx.meetingId}/dagsorden` },
  'pool economy': { who: staff, path: pool('/oekonomi') },
  'ledger entries': { who: staff, path: pool('/oekonomi/posteringer') },
  'ledger entries CSV': { who: staff, path: pool('/oekonomi/posteringer.csv') },
  'economy overview': { who: staff, path: fixed('/oekonomi') },
  'assessment index': { who: staff, path: fixed('/vurdering') },
  'reviews list': { who: 'bedoemmer@vejle.demo', path: fixed('/bedoemmelser'), shows: 'Skalaansøgning' },
  'projects list': { who: staff, path: fixed('/projekter'), shows: 'Skalaansøgning' },
  'reports due': { who: staff, path: fixed('/opfoelgning'), shows: 'Skalaansøgning' },
  'reports due CSV': { who: staff, path: fixed('/opfoelgning.csv') },
  portfolio: { who: staff, path: fixed('/portefoelje') },
  'pool portfolio': { who: staff, path: pool('/portefoelje') },
  'notifications (staff)': { who: staff, path: fixed('/notifikationer'), shows: 'Besked' },
  'notifications (applicant)': { who: applicant, path: fixed('/notifikationer') },
  'ideas (staff)': { who: staff, path: fixed('/ideer') },
  'ideas (applicant)': { who: applicant, path: fixed('/ideer'), shows: 'Idé 1' },
  'applications (applicant)': { who: applicant, path: fixed('/ansoegninger'), shows: 'Skalaansøgning' },
  'applications (staff)': { who: staff, path: fixed('/ansoegninger') },
  'projects (applicant)': { who: applicant, path: fixed('/projekter') },
  'API listPools': { who: staff, path: api('/pools') },
  'API getPoolHistory': { who: staff, path: api((fx) => `/pools/${fx.pool.poolId}/history`), shows: 'pool.updated' },
  'API listSubmissions': { who: staff, path: api((fx) => `/pools/${fx.pool.poolId}/submissions`), shows: 'Skalaansøgning' },
  'API getScoreSummary': { who: staff, path: api((fx) => `/pools/${fx.pool.poolId}/score-summary`) },
  'API listMeetings': { who: staff, path: api((fx) => `/pools/${fx.pool.poolId}/meetings`), shows: 'Lokale 3' },
  'API getMeeting': { who: staff, path: api((fx) => `/meetings/${fx.meetingId}`) },
  'API getPoolLedger': { who: staff, path: api((fx) => `/pools/${fx.pool.poolId}/ledger`) },
  'API listLedgerEntries': { who: staff, path: api((fx) => `/pools/${fx.pool.poolId}/ledger/entries`), shows: 'Bevilling' },
  'API listProjects': { who: staff, path: api('/projects'), shows: 'Skalaansøgning' },
  'API listReportsDue': { who: staff, path: api('/reports-due'), shows: 'Skalaansøgning' },
  'API getPortfolio': { who: staff, path: api('/portfolio') },
  'API listNotifications': { who: staff, path: api('/notifications'), shows: 'Besked' },
  'API listIdeas': { who: staff, path: api('/ideas'), shows: 'Idé 1' },
  'API listApplications (applicant)': { who: applicant, path: api('/applications'), shows: 'Skalaansøgning' },
  'API listApplications (staff)': { who: staff, path: api('/applications') },
  'API getMyWork (staff)': { who: staff, path: api('/me/work') },
  'API getMyWork (applicant)': { who: applicant, path: api('/me/work') },
};

interface Counted {
  status: number;
  count: number;
  body: string;
}

/** Statements per probe for an app with `n` rows of everything. */
async function countAt(n: number): Promise<Record<string, Counted>> {
  let count = 0;
  const t: TestApp = await createTestApp('demo', { onQuery: () => (count += 1) });
  try {
    const fx = await seedRows(t.db, n, `n${n}`);
    const clients = new Map<string, TestClient>();
    const out: Record<string, Counted> = {};
    for (const [name, probe] of Object.entries(probes)) {
      let client = clients.get(probe.who);
      if (!client) {
        client = await t.as(probe.who);
        clients.set(probe.who, client);
      }
      const path = probe.path(fx);
      count = 0;
      const res = await client.get(path);
      const body = await res.text();
      out[name] = { status: res.status, count, body };
    }
    return out;
  } finally {
    await t.close();
  }
}

describe('query count does not grow with the rows (no N+1)', () => {
  let small: Record<string, Counted>;
  let large: Record<string, Counted>;
  beforeAll(async () => {
    small = await countAt(10);
    large = await countAt(100);
  }, 240_000);
  afterAll(() => {
    // The figures, for whoever tunes the next page.
    console.log(
      Object.entries(large)
        .map(([k, v]) => `${k}: ${small[k]?.count} → ${v.count}`)
        .join('\n'),
    );
  });

  it.each(Object.keys(probes))('%s', (name) => {
    const a = small[name];
    const b = large[name];
    expect(a?.status, `${name} at 10 rows`).toBe(200);
    expect(b?.status, `${name} at 100 rows`).toBe(200);
    expect(a?.count).toBeGreaterThan(0);
    const shows = probes[name]?.shows;
    if (shows) expect(a?.body, `${name} lists the seeded rows`).toContain(shows);
    expect(b?.count, `${name}: ${a?.count} statements at 10 rows, ${b?.count} at 100`).toBe(a?.count);
  });
});

it('the counter sees every statement, also inside a transaction (so the test above can fail)', async () => {
  let count = 0;
  const t = await createTestApp('empty', { onQuery: () => (count += 1) });
  try {
    // node-postgres also logs BEGIN/COMMIT, PGlite does not: compare 5 with 10 statements in a transaction.
    const run = async (n: number) => {
      count = 0;
      await t.db.transaction(async (tx) => {
        for (let i = 0; i < n; i += 1) await tx.execute(sql`select ${i}`);
      });
      return count;
    };
    const five = await run(5);
    expect(five).toBeGreaterThanOrEqual(5);
    expect(await run(10)).toBe(five + 5);
  } finally {
    await t.close();
  }
});
