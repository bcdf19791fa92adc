import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/paths.js';
import { safeLocalPath } from '../../src/web/safe-local-path.js';
import { createTestApp, type TestApp } from '../support/app.js';

const HOSTILE = [
  '/%09/evil.example/phish',
  '//evil.example',
  '/\\evil.example',
  'https://evil.example',
  '/%0d%0aSet-Cookie:x=1',
  '\t//evil.example',
  '/%2F%2Fevil.example',
  '/%5Cevil.example',
  'javascript:alert(1)',
  '/%E0%A4%A',
  '',
];
const LINE_BREAKS = ['/%0d%0aSet-Cookie:x=1', '/\r\nSet-Cookie:x=1', '/a\nb'];
const VALID = ['/', '/puljer', '/puljer?fane=aabne&side=2', '/ansoegninger/abc/trin/okonomi?x=%C3%A6'];

describe('safeLocalPath', () => {
  it.each(HOSTILE)('falls back to "/" for %j', (value) => {
    expect(safeLocalPath(value)).toBe('/');
  });
  it.each(VALID)('keeps the same-origin path %j with its query', (value) => {
    expect(safeLocalPath(value)).toBe(value);
  });
  it('falls back for a non-string', () => {
    expect(safeLocalPath(undefined)).toBe('/');
    expect(safeLocalPath(['/x'])).toBe('/');
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('empty');
});
afterAll(() => t.close());

async function loginForm(): Promise<{ cookie: string; csrf: string }> {
  const page = await t.anonymous().get(paths.accounts.login());
  const csrf = (await page.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  return { cookie: page.headers.get('set-cookie')?.split(';')[0] ?? '', csrf };
}

describe('the language switch and the login page redirect only to local paths', () => {
  it.each(HOSTILE.filter((v) => !LINE_BREAKS.includes(v)))('language switch with tilbage=%j goes to "/"', async (value) => {
    const res = await t.anonymous().get(paths.accounts.language({ lang: 'en' }, { tilbage: value }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it.each(VALID)('language switch keeps %j', async (value) => {
    const res = await t.anonymous().get(paths.accounts.language({ lang: 'en' }, { tilbage: value }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(value);
  });

  it.each(LINE_BREAKS)('a CR/LF in tilbage (%j) is a 400, with no header injected', async (value) => {
    const res = await t.anonymous().get(paths.accounts.language({ lang: 'en' }, { tilbage: value }));
    expect(res.status).toBe(400);
    expect(res.headers.get('set-cookie') ?? '').not.toContain('x=1');
    const raw = await t.anonymous().get(`${paths.accounts.language({ lang: 'en' })}?tilbage=/%0d%0aSet-Cookie:x=1`);
    expect(raw.status).toBe(400);
  });

  it('the login form carries only a local tilbage, and a hostile one is not echoed', async () => {
    const res = await t.anonymous().get(paths.accounts.login({ tilbage: '//evil.example' }));
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('evil.example');
    const crlf = await t.anonymous().get(paths.accounts.login({ tilbage: '/%0d%0aSet-Cookie:x=1' }));
    expect(crlf.status).toBe(400);
  });

  it('a posted hostile tilbage sends the user to "/" after login, a valid one to its path', async () => {
    const { createUser } = await import('../../src/usecases/accounts/create-user.js');
    await createUser(t.db, null, { email: 'redirect@kommune.dk', name: 'R', password: 'hemmelig123' });
    for (const [tilbage, expected] of [
      ['/%09/evil.example/phish', '/'],
      ['/%2F%2Fevil.example', '/'],
      ['/puljer?side=2', '/puljer?side=2'],
    ] as const) {
      const { cookie, csrf } = await loginForm();
      const res = await t.app.request(paths.accounts.login(), {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, email: 'redirect@kommune.dk', password: 'hemmelig123', tilbage }),
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(expected);
    }
  });
});

describe('the API login accepts JSON only (its CSRF exemption)', () => {
  it.each(['text/plain', 'text/plain; charset=application/json', 'application/x-www-form-urlencoded', 'application/jsonx'])(
    'content type %j is refused with 415, not a login',
    async (type) => {
      const res = await t.app.request(paths.api.session(), {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ email: 'redirect@kommune.dk', password: 'hemmelig123' }),
      });
      expect(res.status).toBe(415);
      expect(res.headers.get('set-cookie') ?? '').not.toContain('vtp_session');
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.message).toContain('application/json');
    },
  );

  it('application/json (with a charset) logs in', async () => {
    const res = await t.app.request(paths.api.session(), {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ email: 'redirect@kommune.dk', password: 'hemmelig123' }),
    });
    expect(res.status).toBe(200);
  });
});

describe('static files', () => {
  it('a malformed percent-encoding in a static path is a 400', async () => {
    const res = await t.anonymous().get(`${paths.static.dkfds.prefix}%E0%A4%A`);
    expect(res.status).toBe(400);
    const own = await t.anonymous().get(`${paths.static.app.prefix}x%E0%A4%A.css`);
    expect(own.status).toBe(400);
  });
});
