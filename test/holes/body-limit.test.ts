import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

/** A body of `totalBytes` made on demand in 1 MB chunks, sent without a Content-Length (chunked), as an attacker would. */
function streamedBody(totalBytes: number): { stream: ReadableStream<Uint8Array>; sent: () => number } {
  const chunk = new Uint8Array(1024 * 1024).fill(97);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, sent: () => sent };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp('demo');
});
afterAll(() => t.close());

const MB = 1024 * 1024;

describe('request bodies are limited before they are read', () => {
  it('refuses a streamed 200 MB upload while streaming, without holding it in memory', async () => {
    const client = await t.as('ansoeger@vejle.demo');
    global.gc?.();
    const before = process.memoryUsage().rss;
    const body = streamedBody(200 * MB);
    const res = await client.request('/ansoegninger/00000000-0000-4000-8000-000000000000/bilag', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'x-csrf-token': client.csrfToken },
      body: body.stream,
      duplex: 'half',
    } as RequestInit);
    const grewBy = process.memoryUsage().rss - before;
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('for stor');
    // It stopped reading soon after the limit (10 MB upload + framing), not after 200 MB.
    expect(body.sent()).toBeLessThan(40 * MB);
    expect(grewBy).toBeLessThan(100 * MB);
  });

  it('refuses a large anonymous login post by its Content-Length, before reading it', async () => {
    const res = await t.anonymous().request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(100 * MB) },
      body: 'email=a',
    });
    expect(res.status).toBe(413);
  });

  it('refuses a streamed 100 MB JSON body to the API with a 413 JSON error', async () => {
    const body = streamedBody(100 * MB);
    const res = await t.anonymous().request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body.stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.sent()).toBeLessThan(5 * MB);
  });

  it('still accepts an ordinary form', async () => {
    const res = await t.anonymous().request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=nobody%40vejle.dk&password=x',
    });
    expect(res.status).not.toBe(413);
  });
});
