import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { paths } from '../src/paths.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t.close());

describe('login and sessions', () => {
  it('logs in through the form and lands on the start page', async () => {
    const anon = t.anonymous();
    const page = await anon.get(paths.accounts.login());
    expect(page.status).toBe(200);
    const html = await page.text();
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
    const res = await t.app.request(paths.accounts.login(), {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, email: 'sekretariat@vejle.demo', password: 'demo1234', tilbage: '/' }),
    });
    expect(res.status).toBe(303);
    const session = res.headers.get('set-cookie') ?? '';
    expect(session).toMatch(/vtp_session=[^;]+;.*HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
  });

  it('refuses a form post without the CSRF token', async () => {
    const res = await t.app.request(paths.accounts.login(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'sekretariat@vejle.demo', password: 'demo1234' }),
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Formularen er udløbet');
  });

  it('keeps the typed e-mail and shows a Danish error on a wrong password', async () => {
    const anon = t.anonymous();
    const page = await anon.get(paths.accounts.login());
    const csrf = (await page.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
    const res = await t.app.request(paths.accounts.login(), {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, email: 'ansoeger@horsens.demo', password: 'forkert' }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="ansoeger@horsens.demo"');
    expect(html).toContain('E-mail eller adgangskode er forkert');
  });

  it('throttles after five failures for the same e-mail', async () => {
    const anon = t.anonymous();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await anon.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@toender.demo', password: 'wrong' }),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const ok = await anon.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@toender.demo', password: 'demo1234' }),
    });
    expect(ok.status).toBe(429);
  });

  it('answers the API with the current user and 401 without a login', async () => {
    expect((await t.anonymous().api('GET', '/me')).status).toBe(401);
    const s = await t.as('raad@aarhus.demo');
    const me = (await (await s.api('GET', '/me')).json()) as { email: string; memberships: { role: string }[] };
    expect(me.email).toBe('raad@aarhus.demo');
    expect(me.memberships.map((m) => m.role)).toEqual(['decision_body']);
  });

  it('accepts a personal API token as Bearer and rejects a revoked or unknown one', async () => {
    const s = await t.as('oekonomi@vejle.demo');
    const created = (await (await s.api('POST', '/me/tokens', { name: 'regneark' })).json()) as { token: string };
    const ok = await t.app.request('/api/v1/organisations', { headers: { authorization: `Bearer ${created.token}` } });
    expect(ok.status).toBe(200);
    const orgs = (await ok.json()) as { slug: string }[];
    expect(orgs.map((o) => o.slug)).toEqual(['vejle']);
    const bad = await t.app.request('/api/v1/organisations', { headers: { authorization: 'Bearer vtp_nope' } });
    expect(bad.status).toBe(401);
  });

  it('sends strict security headers', async () => {
    const res = await t.anonymous().get(paths.accounts.login());
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
