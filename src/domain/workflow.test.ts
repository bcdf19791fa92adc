import { describe, expect, it } from 'vitest';
import { actionOptions, availableActions, can, check, defineWorkflow, transition, TransitionRefused } from './workflow.js';

type S = 'open' | 'small' | 'large' | 'closed';
type A = 'decide' | 'close' | 'reopen';
type R = 'clerk' | 'boss';
interface Ctx {
  amount: number;
  locked?: boolean;
}

const wf = defineWorkflow<S, A, R, Ctx>({
  states: ['open', 'small', 'large', 'closed'],
  actions: ['decide', 'close', 'reopen'],
  transitions: [
    { from: ['open'], action: 'decide', to: (ctx) => (ctx.amount > 1000 ? 'large' : 'small'), roles: ['clerk', 'boss'] },
    {
      from: ['small', 'large'],
      action: 'close',
      to: 'closed',
      roles: ['boss'],
      guard: (ctx) => (ctx.locked ? { code: 'LOCKED', message: { da: 'Sagen er låst.', en: 'The case is locked.' } } : null),
    },
    { from: ['closed'], action: 'reopen', to: 'open', roles: ['boss'] },
  ],
});

describe('workflow engine', () => {
  it('resolves dynamic targets from the context', () => {
    expect(transition(wf, 'open', 'decide', ['clerk'], { amount: 1001 })).toBe('large');
    expect(transition(wf, 'open', 'decide', ['clerk'], { amount: 1000 })).toBe('small');
  });
  it('refuses with TRANSITION_NOT_ALLOWED before ROLE_NOT_ALLOWED before the guard', () => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        if (e instanceof TransitionRefused) return e;
      }
      throw new Error('expected TransitionRefused');
    };
    // no (open, close) in the table, even for a clerk with a locked case
    expect(refusal(() => transition(wf, 'open', 'close', ['clerk'], { amount: 0, locked: true })).code).toBe('TRANSITION_NOT_ALLOWED');
    // (small, close) exists, clerk may not, guard would also fail
    const e = refusal(() => transition(wf, 'small', 'close', ['clerk'], { amount: 0, locked: true }));
    expect(e.code).toBe('ROLE_NOT_ALLOWED');
    expect(e.refusal.message.da).toMatch(/rolle/);
    const g = refusal(() => transition(wf, 'small', 'close', ['clerk', 'boss'], { amount: 0, locked: true }));
    expect(g.code).toBe('LOCKED');
    expect(g.refusal.message).toEqual({ da: 'Sagen er låst.', en: 'The case is locked.' });
    expect(g.state).toBe('small');
    expect(g.action).toBe('close');
  });
  it('can / check / availableActions / actionOptions agree', () => {
    expect(can(wf, 'small', 'close', ['boss'], { amount: 0 })).toBe(true);
    expect(can(wf, 'small', 'close', [], { amount: 0 })).toBe(false);
    expect(check(wf, 'closed', 'reopen', ['boss'], { amount: 0 })).toEqual({ allowed: true, to: 'open' });
    expect(availableActions(wf, 'small', ['boss'], { amount: 0 })).toEqual(['close']);
    expect(availableActions(wf, 'small', ['boss'], { amount: 0, locked: true })).toEqual([]);
    expect(actionOptions(wf, 'small', ['boss'], { amount: 0, locked: true })).toEqual([
      { action: 'close', allowed: false, refusal: { code: 'LOCKED', message: { da: 'Sagen er låst.', en: 'The case is locked.' } } },
    ]);
    expect(actionOptions(wf, 'small', ['clerk'], { amount: 0 })).toEqual([]);
  });
  it('rejects malformed tables at definition time', () => {
    expect(() =>
      defineWorkflow<S, A, R, Ctx>({
        states: ['open', 'closed'],
        actions: ['close'],
        transitions: [
          { from: ['open'], action: 'close', to: 'closed', roles: ['boss'] },
          { from: ['open'], action: 'close', to: 'open', roles: ['clerk'] },
        ],
      }),
    ).toThrow(/two transitions/);
    expect(() =>
      defineWorkflow<S, A, R, Ctx>({
        states: ['open'],
        actions: ['close'],
        transitions: [{ from: ['open'], action: 'close', to: 'closed', roles: ['boss'] }],
      }),
    ).toThrow(/unknown target state/);
  });
});
