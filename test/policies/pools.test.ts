/** The pool area's access rules: pool creators and members, network coordinators, accounts. */
import { describe, expect, it } from 'vitest';
import { coordinatedNetworks, coordinatorMayRead } from '../../src/policies/networks.js';
import { mayCreateAccounts, mayCreateApiToken, mayGrantRole } from '../../src/policies/accounts.js';
import { poolCreatorOrganisations, readsPoolAsMember } from '../../src/policies/pools.js';
import type { Actor } from '../../src/usecases/shared/actor.js';

const VEJLE = 'org-vejle';
const HORSENS = 'org-horsens';
const VT_SYD = 'net-vtsyd';

const actor = (memberships: [string, Actor['memberships'][number]['role']][], networks: string[] = []): Actor => ({
  userId: 'user-1',
  email: 'x@demo',
  name: 'X',
  memberships: memberships.map(([organisationId, role]) => ({ organisationId, organisationName: organisationId, role })),
  networkMemberships: networks.map((networkId) => ({ networkId, role: 'coordinator' as const })),
});

describe('pools', () => {
  it('the secretariat and admins create pools in their own organisations only', () => {
    expect(poolCreatorOrganisations(actor([[VEJLE, 'secretariat']]))).toEqual([VEJLE]);
    expect(
      poolCreatorOrganisations(
        actor([
          [VEJLE, 'admin'],
          [HORSENS, 'applicant'],
        ]),
      ),
    ).toEqual([VEJLE]);
    expect(
      poolCreatorOrganisations(
        actor([
          [VEJLE, 'applicant'],
          [VEJLE, 'reviewer'],
        ]),
      ),
    ).toEqual([]);
  });

  it('a member of the owner organisation reads as a member, anyone else from outside', () => {
    expect(readsPoolAsMember(actor([[VEJLE, 'consultant']]), { organisationId: VEJLE })).toBe(true);
    expect(readsPoolAsMember(actor([[HORSENS, 'secretariat']]), { organisationId: VEJLE })).toBe(false);
  });
});

describe('network coordinators', () => {
  const coordinator = actor([], [VT_SYD]);

  it('are the network memberships with the coordinator role', () => {
    expect(coordinatedNetworks(coordinator)).toEqual([VT_SYD]);
    expect(coordinatedNetworks(actor([[VEJLE, 'secretariat']]))).toEqual([]);
  });

  it('read a pool run by their network, or owned by a member organisation of it', () => {
    expect(coordinatorMayRead(coordinator, { networkId: VT_SYD }, [])).toBe(true);
    expect(coordinatorMayRead(coordinator, { networkId: null }, [VT_SYD])).toBe(true);
  });

  it('do not read other pools, and nobody else reads through a network', () => {
    expect(coordinatorMayRead(coordinator, { networkId: null }, [])).toBe(false);
    expect(coordinatorMayRead(coordinator, { networkId: 'net-other' }, ['net-other'])).toBe(false);
    expect(coordinatorMayRead(actor([[VEJLE, 'admin']]), { networkId: VT_SYD }, [VT_SYD])).toBe(false);
  });
});

describe('accounts', () => {
  it('only the operator (no actor) creates users and organisations', () => {
    expect(mayCreateAccounts(null)).toBe(true);
    expect(mayCreateAccounts(actor([[VEJLE, 'admin']]))).toBe(false);
  });

  it('roles are granted by the operator or an admin of that organisation', () => {
    expect(mayGrantRole(null, VEJLE)).toBe(true);
    expect(mayGrantRole(actor([[VEJLE, 'admin']]), VEJLE)).toBe(true);
    expect(mayGrantRole(actor([[VEJLE, 'admin']]), HORSENS)).toBe(false);
    expect(mayGrantRole(actor([[VEJLE, 'secretariat']]), VEJLE)).toBe(false);
  });

  it('an API token is created by its own user or by the operator', () => {
    expect(mayCreateApiToken(actor([[VEJLE, 'finance']]), 'user-1')).toBe(true);
    expect(mayCreateApiToken(actor([[VEJLE, 'admin']]), 'user-2')).toBe(false);
    expect(mayCreateApiToken(null, 'user-2')).toBe(true);
  });
});
