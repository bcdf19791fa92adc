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
