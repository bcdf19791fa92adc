import type { Actor } from '../usecases/shared/actor.js';

/**
 * Network coordinators (a regional network such as VT Syd) see the pools of their network and of
 * its member organisations, read only: they never edit another organisation's pool.
 */

/** The networks in which the actor is a coordinator. */
export const coordinatedNetworks = (actor: Actor): string[] => actor.networkMemberships.filter((m) => m.role === 'coordinator').map((m) => m.networkId);

/**
 * Whether a network coordinator may read the pool: it is run by one of their networks, or owned by a
 * member organisation of one. `ownerNetworkIds` are the networks the pool's owner organisation is a
 * member of (the caller loads them).
 */
export function coordinatorMayRead(actor: Actor, pool: { networkId: string | null }, ownerNetworkIds: readonly string[]): boolean {
  const nets = coordinatedNetworks(actor);
  if (nets.length === 0) return false;
  if (pool.networkId !== null && nets.includes(pool.networkId)) return true;
  return ownerNetworkIds.some((n) => nets.includes(n));
}
