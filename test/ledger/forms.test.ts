import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitFunds } from '../../src/usecases/ledger/commit-funds.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { paths } from '../../src/paths.js';
import { MIO, buildLedgerPool, buildLedgerApplication, vejleLedgerSpec, type LedgerTestPool } from '../support/factories.js';
import { kr } from '../support/kr.js';

/** The ledger's forms: post–redirect–get, Danish field errors, typed values kept, refusals shown in the form. */
let t: TestApp;
let pool: LedgerTestPool;
let project: string;
beforeAll(async () => {
  // The pool runs 2021–2024: the commitments are made on a day when none of its years has ended.
  t = await createTestApp('demo', { today: '2021-06-01' });
  pool = await buildLedgerPool(t.db, vejleLedgerSpec());
  project = await buildLedgerApplication(t.db, pool, { title: 'Robotstøvsugere' });
  await t.db.transaction((tx) =>
    commitFunds(tx, null, {
      poolId: pool.poolId,
      budgetLineId: pool.lines.ordinaer ?? '',
      applicationId: project,
      split: [{ year: 2023, amountOere: 1 * MIO }],
      reference: 'Rådet',
      reason: 'Godkendt',
    }),
  );
});
afterAll(() => t.close());

const poolId = () => ({ poolId: pool.poolId });
const projectId = () => ({ applicationId: project });
const P = () => paths.ledger.pool(poolId());

describe('ledger forms', () => {
  it('adjustment: a malformed amount and missing fields give Danish errors next to the fields, keeping what was typed', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const res = await s.postForm(paths.ledger.adjustment(poolId()), {
      budgetLineId: pool.lines.ordinaer ?? '',
      year: '2024',
      amount: '12.34',
      reference: 'Byrådet 1. juni',
      reason: '',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Der er problemer');
    expect(html).toContain('Skriv beløbet i kroner, fx 250.000 eller 1.234,50');
    expect(html).toContain('Angiv en begrundelse');
    expect(html).toContain('value="12.34"');
    expect(html).toContain('value="Byrådet 1. juni"');
    expect(html).toMatch(/<option value="2024" selected/);
    expect(html).toContain('href="#amount"');
  });

  it('adjustment: success redirects (303) to the economy page, which confirms and shows the new figure', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const res = await s.postForm(paths.ledger.adjustment(poolId()), {
      budgetLineId: pool.lines.ordinaer ?? '',
      year: '2024',
      amount: '1.000.000',
      reference: 'Byrådet',
      reason: 'Ekstra midler',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(paths.ledger.pool(poolId(), { besked: 'regulering' }));
    const page = await (await s.get(res.headers.get('location') ?? '')).text();
    expect(page).toContain('Reguleringen af budgettet er registreret.');
    expect(page).toContain(kr('5.400.000 kr.')); // 2024: 4,5 mio. + 90 % of 1 mio.
  });

  it('commitment: more than is left is refused in the form with the shortfall, and nothing is lost', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const form = {
      applicationId: project,
      budgetLineId: pool.lines.innovation ?? '',
      'split[0][year]': '2021',
      'split[0][amount]': '500.000,01',
      reference: 'Direktørerne',
      reason: 'Test',
    };
    const res = await s.postForm(paths.ledger.commitment(poolId()), form);
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain(kr('Der er ikke penge nok på budgetlinjen Innovation og Test i 2021: der mangler 0,01 kr.'));
    expect(html).toContain('value="500.000,01"');
    expect(html).toContain('href="#split-0-amount"');
    const ok = await s.postForm(paths.ledger.commitment(poolId()), { ...form, 'split[0][amount]': '500.000' });
    expect(ok.status).toBe(303);
  });

  it('commitment: an unreadable amount in one year never commits the other years', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const res = await s.postForm(paths.ledger.commitment(poolId()), {
      applicationId: project,
      budgetLineId: pool.lines.ordinaer ?? '',
      'split[0][year]': '2023',
      'split[0][amount]': '100',
      'split[1][year]': '2024',
      'split[1][amount]': 'hundrede',
      reference: '',
      reason: 'x',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Skriv beløbet i kroner');
    expect(html).toContain('Angiv hvilken beslutning bevillingen hviler på');
    const api = (await (await s.api('GET', `/pools/${pool.poolId}/ledger`)).json()) as {
      rows: { year: number; budgetLineId: string; committedOere: number }[];
    };
    expect(api.rows.find((r) => r.year === 2023 && r.budgetLineId === pool.lines.ordinaer)?.committedOere).toBe(1 * MIO);
  });

  it('payout: choose the commitment, a reference is required, over the commitment is refused, success redirects', async () => {
    const f = await t.as('oekonomi@vejle.demo');
    const page = await (await f.get(paths.ledger.payout(projectId()))).text();
    expect(page).toContain(`value="${pool.lines.ordinaer}:2023"`);
    const missing = await f.postForm(paths.ledger.payout(projectId()), { commitment: '', amount: '100', reference: '' });
    expect(missing.status).toBe(422);
    const html = await missing.text();
    expect(html).toContain('Vælg den bevilling, udbetalingen hører til');
    expect(html).toContain('Angiv en reference, fx kontostreng eller fakturanummer');
    const over = await f.postForm(paths.ledger.payout(projectId()), {
      commitment: `${pool.lines.ordinaer}:2023`,
      amount: '1.000.000,01',
      reference: 'Faktura 9',
    });
    expect(over.status).toBe(409);
    expect(await over.text()).toContain('overstiger projektets bevilling');
    const ok = await f.postForm(paths.ledger.payout(projectId()), { commitment: `${pool.lines.ordinaer}:2023`, amount: '250.000', reference: 'Faktura 9' });
    expect(ok.status).toBe(303);
    const after = await (await f.get(ok.headers.get('location') ?? '')).text();
    expect(after).toContain('Udbetalingen er registreret.');
    expect(after).toContain(kr('750.000 kr.'));
  });

  it('return: the repaid checkbox and its refusal', async () => {
    const f = await t.as('oekonomi@vejle.demo');
    const res = await f.postForm(paths.ledger.return(projectId()), {
      commitment: `${pool.lines.ordinaer}:2023`,
      amount: '300.000',
      repaid: 'true',
      reference: 'Bilag 3',
      reason: 'Overskud',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(kr('Der er kun udbetalt 250.000 kr. på denne bevilling'));
    expect(html).toMatch(/name="repaid"[^>]*checked/);
  });

  it('entries page filters by kind and offers corrections only to the role that may make them', async () => {
    const s = await t.as('sekretariat@vejle.demo');
    const html = await (await s.get(paths.ledger.entries(poolId(), { kind: 'commitment' }))).text();
    expect(html).toContain('Bevilling');
    expect(html).toContain('<td>Bevilling</td>');
    expect(html).not.toContain('<td>Budget</td>');
    expect(html).toMatch(/href="\/puljer\/[^"]+\/posteringer\/[^"]+\/ret"/);
    const payouts = await (await s.get(paths.ledger.entries(poolId(), { kind: 'payout' }))).text();
    expect(payouts).toContain('Udbetaling');
    expect(payouts).not.toMatch(/\/ret"/); // the secretariat does not correct payouts
    const bad = await s.get(paths.ledger.entries(poolId(), { year: 'abc' }));
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Året skal være et tal');
  });

  it('the economy page has a table and an accessible chart per line, with the same figures', async () => {
    const html = await (await (await t.as('raad@vejle.demo')).get(P())).text();
    expect(html).toContain('<h2 id="line-0">Ordinære projekter</h2>');
    expect(html).toContain('<h2 id="line-1">Innovation og Test</h2>');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="chart-0-title chart-0-desc"/);
    expect(html).toContain('<title id="chart-0-title">Diagram: Ordinære projekter pr. år</title>');
    expect(html).toMatch(/<desc id="chart-1-desc">2021: budget 500.000\u00a0kr., bevilget 500.000\u00a0kr./);
    expect(html).not.toMatch(/style="/);
    expect(html).toContain('Øremærket: 10 % af budgettet for Ordinære projekter hvert år.');
  });
});
