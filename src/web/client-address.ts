import type { Context } from 'hono';
import type { AppEnv } from './env.js';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address, for login throttling: the socket's peer, or — only when the config says
 * TRUST_PROXY — the last X-Forwarded-For entry (the one our own proxy appended; earlier entries are
 * whatever the client sent). An IPv6 address counts by its /64, which one subscriber usually holds whole.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const { config } = c.get('deps');
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .pop();
    if (last) return normaliseAddress(last);
  }
  const socket = (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress;
  return socket ? normaliseAddress(socket) : 'unknown';
}

export function normaliseAddress(raw: string): string {
  const address = raw.trim().toLowerCase().slice(0, 100);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
