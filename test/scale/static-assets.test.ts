import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetUrl } from '../../src/web/static.js';
import { createTestApp, type TestApp } from '../support/app.js';

describe('static assets and compression', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('empty');
  });
  afterAll(() => t.close());

  it('the layout links the content-hashed CSS, served for a year as immutable', async () => {
    const page = await (await t.anonymous().get('/login')).text();
    const href = /href="(\/static\/app\/app\.[0-9a-f]{10}\.css)"/.exec(page)?.[1];
    expect(href).toBe(assetUrl('app.css'));
    const res = await t.anonymous().get(href ?? '');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toContain('text/css');
  });

  it('the plain name still works with a short cache; a stale hash is not found', async () => {
    const res = await t.anonymous().get('/static/app/app.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await t.anonymous().get('/static/app/app.0000000000.css')).status).toBe(404);
  });

  it('compresses text answers when the client accepts gzip, and the body decompresses to the page', async () => {
    const res = await t.anonymous().request('/login', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const plain = await new Response(res.body?.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(plain).toContain('<!DOCTYPE html>');
    const css = await t.anonymous().request(assetUrl('app.css'), { headers: { 'accept-encoding': 'gzip' } });
    expect(css.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends nothing compressed to a client that does not ask', async () => {
    const res = await t.anonymous().get('/login');
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
