import { describe, expect, it } from 'vitest';
import type { OrgRole } from '../../src/db/schema/accounts.js';
import { ENTRY_KINDS, type EntryKind } from '../../src/domain/ledger.js';
import { AppError } from '../../src/errors.js';
import {
  authorizeReversal,
  mayAdjust,
  mayCarryOver,
  mayCommit,
  mayPay,
  mayReverseEntry,
  mayViewLedger,
  mayViewProjectLedger,
  reversalPermission,
} from '../../src/policies/ledger.js';
import type { Actor } from '../../src/usecases/shared/actor.js';

/** Who may do what with a pool's money (policies/ledger.ts), without a database. */
const VEJLE = 'org-vejle';
const AARHUS = 'org-aarhus';

function actor(...roles: OrgRole[]): Actor {
  return {
    userId: 'u1',
    email: 'someone@vejle.demo',
    name: 'Someone',
    memberships: roles.map((role) => ({ organisationId: VEJLE, organisationName: 'Vejle', role })),
    networkMemberships: [],
  };
}

const secretariat = actor('secretariat');
const finance = actor('finance');
const admin = actor('admin');
const board = actor('decision_body');
const reviewer = actor('reviewer');
const applicant = actor('applicant');

const statusOf = (fn: () => void): number | 'ok' => {
  try {
    fn();
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return err.status;
    throw err;
  }
};

describe('ledger policy', () => {
  it('commits and adjusts by hand: the secretariat and the admin, in their own organisation only', () => {
    for (const may of [mayCommit, mayAdjust]) {
      expect(may(secretariat, VEJLE)).toBe(true);
      expect(may(admin, VEJLE)).toBe(true);
      expect(may(finance, VEJLE)).toBe(false);
      expect(may(board, VEJLE)).toBe(false);
      expect(may(secretariat, AARHUS)).toBe(false);
    }
  });

  it('pays and returns: finance only (separation of duties), in its own organisation', () => {
    expect(mayPay(finance, VEJLE)).toBe(true);
    expect(mayPay(secretariat, VEJLE)).toBe(false);
    expect(mayPay(admin, VEJLE)).toBe(false);
    expect(mayPay(finance, AARHUS)).toBe(false);
  });

  it('carries over only where the pool allows it, and only for those who adjust', () => {
    expect(mayCarryOver(secretariat, { organisationId: VEJLE, allowsCarryOver: true })).toBe(true);
    expect(mayCarryOver(secretariat, { organisationId: VEJLE, allowsCarryOver: false })).toBe(false);
    expect(mayCarryOver(finance, { organisationId: VEJLE, allowsCarryOver: true })).toBe(false);
  });

  it("sees the pool's economy: secretariat, finance, decision body and admin, not reviewers or applicants", () => {
    for (const a of [secretariat, finance, board, admin]) expect(mayViewLedger(a, VEJLE)).toBe(true);
    for (const a of [reviewer, applicant]) expect(mayViewLedger(a, VEJLE)).toBe(false);
    expect(mayViewLedger(finance, AARHUS)).toBe(false);
  });

  it("sees a project's economy: its own applicants, and those who see the pool's economy or pay", () => {
    expect(mayViewProjectLedger(applicant, { organisationId: VEJLE, isApplicant: true })).toBe(true);
    expect(mayViewProjectLedger(applicant, { organisationId: VEJLE, isApplicant: false })).toBe(false);
    expect(mayViewProjectLedger(reviewer, { organisationId: VEJLE, isApplicant: false })).toBe(false);
    expect(mayViewProjectLedger(finance, { organisationId: VEJLE, isApplicant: false })).toBe(true);
    expect(mayViewProjectLedger(board, { organisationId: VEJLE, isApplicant: false })).toBe(true);
  });

  it('reverses an entry: the role that records its kind; budget entries are changed in the setup, not here', () => {
    const expected: Record<EntryKind, string | null> = {
      budget: null,
      adjustment: 'ledger.adjust',
      carry_over_out: 'ledger.adjust',
      carry_over_in: 'ledger.adjust',
      commitment: 'ledger.adjust',
      payout: 'ledger.pay',
      return: 'ledger.pay',
    };
    for (const kind of ENTRY_KINDS) expect(reversalPermission(kind), kind).toBe(expected[kind]);

    expect(mayReverseEntry(secretariat, { kind: 'commitment' }, VEJLE)).toBe(true);
    expect(mayReverseEntry(secretariat, { kind: 'carry_over_in' }, VEJLE)).toBe(true);
    expect(mayReverseEntry(secretariat, { kind: 'payout' }, VEJLE)).toBe(false);
    expect(mayReverseEntry(finance, { kind: 'payout' }, VEJLE)).toBe(true);
    expect(mayReverseEntry(finance, { kind: 'return' }, VEJLE)).toBe(true);
    expect(mayReverseEntry(finance, { kind: 'adjustment' }, VEJLE)).toBe(false);
    for (const a of [secretariat, finance, admin]) expect(mayReverseEntry(a, { kind: 'budget' }, VEJLE)).toBe(false);
    expect(mayReverseEntry(secretariat, { kind: 'commitment' }, AARHUS)).toBe(false);
  });

  it('authorizes a reversal: 404 outside the organisation, 403 without the role; a budget entry is checked as an adjustment', () => {
    expect(statusOf(() => authorizeReversal(secretariat, { kind: 'commitment' }, VEJLE))).toBe('ok');
    expect(statusOf(() => authorizeReversal(secretariat, { kind: 'payout' }, VEJLE))).toBe(403);
    expect(statusOf(() => authorizeReversal(finance, { kind: 'payout' }, VEJLE))).toBe('ok');
    expect(statusOf(() => authorizeReversal(finance, { kind: 'commitment' }, AARHUS))).toBe(404);
    expect(statusOf(() => authorizeReversal(secretariat, { kind: 'budget' }, VEJLE))).toBe('ok');
    expect(statusOf(() => authorizeReversal(finance, { kind: 'budget' }, VEJLE))).toBe(403);
  });
});
