import type { Bilingual } from './bilingual.js';

/** A guard's refusal. */
export interface GuardFailure {
  code: string;
  message: Bilingual;
}

export type RefusalCode = 'TRANSITION_NOT_ALLOWED' | 'ROLE_NOT_ALLOWED' | (string & {});

export interface Refusal {
  code: RefusalCode;
  message: Bilingual;
}

export interface TransitionDef<S extends string, A extends string, R extends string, C> {
  from: readonly S[];
  action: A;
  to: S | ((ctx: C) => S);
  /** Any one of these roles may perform the action. */
  roles: readonly R[];
  guard?: (ctx: C) => GuardFailure | null;
}

export interface WorkflowDef<S extends string, A extends string, R extends string, C> {
  states: readonly S[];
  actions: readonly A[];
  transitions: readonly TransitionDef<S, A, R, C>[];
}

export interface Workflow<S extends string, A extends string, R extends string, C> extends WorkflowDef<S, A, R, C> {
  /** The transition for (state, action), if any. */
  find(state: S, action: A): TransitionDef<S, A, R, C> | undefined;
}

/** Thrown by `transition` when a change is refused. */
export class TransitionRefused extends Error {
  readonly code: RefusalCode;
  readonly refusal: Refusal;
  constructor(
    refusal: Refusal,
    readonly state: string,
    readonly action: string,
  ) {
    super(`${refusal.code}: ${refusal.message.en} (state ${state}, action ${action})`);
    this.name = 'TransitionRefused';
    this.code = refusal.code;
    this.refusal = refusal;
  }
}

/**
 * Defines a workflow from a transition table. Throws at definition time when the table refers to
 * unknown states/actions or has two transitions for the same (from-state, action).
 */
export function defineWorkflow<S extends string, A extends string, R extends string, C>(def: WorkflowDef<S, A, R, C>): Workflow<S, A, R, C> {
  const states = new Set<string>(def.states);
  const actions = new Set<string>(def.actions);
  const index = new Map<string, TransitionDef<S, A, R, C>>();
  for (const t of def.transitions) {
    if (!actions.has(t.action)) throw new Error(`Workflow: unknown action ${t.action}`);
    if (typeof t.to === 'string' && !states.has(t.to)) throw new Error(`Workflow: unknown target state ${t.to}`);
    if (t.roles.length === 0) throw new Error(`Workflow: action ${t.action} has no roles`);
    for (const f of t.from) {
      if (!states.has(f)) throw new Error(`Workflow: unknown from-state ${f}`);
      const key = `${f}\u0000${t.action}`;
      if (index.has(key)) throw new Error(`Workflow: two transitions for ${f} + ${t.action}`);
      index.set(key, t);
    }
  }
  return { ...def, find: (state, action) => index.get(`${state}\u0000${action}`) };
}

const NOT_ALLOWED: Bilingual = {
  da: 'Handlingen er ikke mulig i sagens nuværende status.',
  en: 'The action is not possible in the current status.',
};
const ROLE_NOT_ALLOWED: Bilingual = {
  da: 'Du har ikke en rolle, der giver adgang til denne handling.',
  en: 'You do not have a role that allows this action.',
};

export type CheckResult<S extends string> = { allowed: true; to: S } | { allowed: false; refusal: Refusal };

/**
 * Checks a transition: first whether the table has (state, action) → TRANSITION_NOT_ALLOWED,
 * then whether one of `roles` may do it → ROLE_NOT_ALLOWED, then the guard → its code.
 */
export function check<S extends string, A extends string, R extends string, C>(
  wf: Workflow<S, A, R, C>,
  state: S,
  action: A,
  roles: readonly R[],
  ctx: C,
): CheckResult<S> {
  const t = wf.find(state, action);
  if (!t) return { allowed: false, refusal: { code: 'TRANSITION_NOT_ALLOWED', message: NOT_ALLOWED } };
  if (!t.roles.some((r) => roles.includes(r))) {
    return { allowed: false, refusal: { code: 'ROLE_NOT_ALLOWED', message: ROLE_NOT_ALLOWED } };
  }
  const failure = t.guard?.(ctx) ?? null;
  if (failure) return { allowed: false, refusal: failure };
  const to = typeof t.to === 'function' ? t.to(ctx) : t.to;
  if (!wf.states.includes(to)) throw new Error(`Workflow: ${action} from ${state} resolved to unknown state ${to}`);
  return { allowed: true, to };
}

/** True when `transition` would succeed. */
export function can<S extends string, A extends string, R extends string, C>(
  wf: Workflow<S, A, R, C>,
  state: S,
  action: A,
  roles: readonly R[],
  ctx: C,
): boolean {
  return check(wf, state, action, roles, ctx).allowed;
}

/** Returns the target state or throws TransitionRefused. */
export function transition<S extends string, A extends string, R extends string, C>(
  wf: Workflow<S, A, R, C>,
  state: S,
  action: A,
  roles: readonly R[],
  ctx: C,
): S {
  const r = check(wf, state, action, roles, ctx);
  if (!r.allowed) throw new TransitionRefused(r.refusal, state, action);
  return r.to;
}

/** Actions that would succeed now, in the order of `wf.actions`. */
export function availableActions<S extends string, A extends string, R extends string, C>(
  wf: Workflow<S, A, R, C>,
  state: S,
  roles: readonly R[],
  ctx: C,
): A[] {
  return wf.actions.filter((a) => can(wf, state, a, roles, ctx));
}

/**
 * Actions the roles may perform from this state, with the guard outcome — for showing a disabled
 * button with the reason (e.g. "no reviewers assigned").
 */
export function actionOptions<S extends string, A extends string, R extends string, C>(
  wf: Workflow<S, A, R, C>,
  state: S,
  roles: readonly R[],
  ctx: C,
): { action: A; allowed: boolean; to?: S; refusal?: Refusal }[] {
  const out: { action: A; allowed: boolean; to?: S; refusal?: Refusal }[] = [];
  for (const a of wf.actions) {
    const r = check(wf, state, a, roles, ctx);
    if (r.allowed) out.push({ action: a, allowed: true, to: r.to });
    else if (r.refusal.code !== 'TRANSITION_NOT_ALLOWED' && r.refusal.code !== 'ROLE_NOT_ALLOWED') {
      out.push({ action: a, allowed: false, refusal: r.refusal });
    }
  }
  return out;
}
