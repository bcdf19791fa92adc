import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { decodeCursor, encodeCursor, MAX_LIMIT, pageInputSchema, pageOf } from '../../src/usecases/shared/keyset.js';

describe('keyset cursors', () => {
  it('round-trips a sort key and id, opaque and URL-safe', () => {
    const c = encodeCursor({ key: '2026-12-02T08:00:00.000Z', id: 'abc' });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c)).toEqual({ key: '2026-12-02T08:00:00.000Z', id: 'abc' });
    expect(decodeCursor(encodeCursor({ key: 42, id: 'x' }))).toEqual({ key: 42, id: 'x' });
    expect(decodeCursor(undefined)).toBeNull();
  });

  it.each(['not base64!', Buffer.from('{"k":1}').toString('base64url'), Buffer.from('nope').toString('base64url')])(
    'refuses the bad cursor %s as VALIDATION_FAILED on `after`',
    (bad) => {
      try {
        decodeCursor(bad);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('VALIDATION_FAILED');
      }
    },
  );

  it('limits default to 50 and stop at 200', () => {
    expect(pageInputSchema.parse({}).limit).toBe(50);
    expect(pageInputSchema.safeParse({ limit: MAX_LIMIT + 1 }).success).toBe(false);
    expect(pageInputSchema.parse({ limit: '20' }).limit).toBe(20);
  });

  it('pageOf gives a next cursor only when there is another row', () => {
    const rows = [1, 2, 3].map((n) => ({ n, id: `i${n}` }));
    const more = pageOf(rows, 2, (r) => ({ key: r.n, id: r.id }));
    expect(more.items).toHaveLength(2);
    expect(decodeCursor(more.nextCursor ?? '')).toEqual({ key: 2, id: 'i2' });
    expect(pageOf(rows, 3, (r) => ({ key: r.n, id: r.id })).nextCursor).toBeNull();
  });
});

describe('listNotifications pages by keyset', () => {
  it('walks every notification once in pages of 3, and refuses a forged cursor', async () => {
    const { createTestApp } = await import('../support/app.js');
    const { seedRows } = await import('./rows.js');
    const t = await createTestApp('demo');
    try {
      await seedRows(t.db, 8, 'keyset');
      const client = await t.as('ansoeger@vejle.demo');
      const seen: string[] = [];
      let after: string | null = '';
      let total = 0;
      for (let i = 0; i < 20 && after !== null; i += 1) {
        const res = await client.api('GET', `/notifications?limit=3${after ? `&after=${after}` : ''}`);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { notifications: { id: string }[]; nextCursor: string | null; unread: number };
        seen.push(...body.notifications.map((n) => n.id));
        total = body.unread;
        after = body.nextCursor;
      }
      expect(after).toBeNull();
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(seen.length);
      const forged = encodeCursor({ key: 'x; drop table', id: 'nope' });
      const bad = await client.api('GET', `/notifications?after=${forged}`);
      expect(bad.status).toBe(422);
      expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    } finally {
      await t.close();
    }
  });
});
