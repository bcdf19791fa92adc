import { Hono } from 'hono';
import type { AppEnv } from '../../env.js';
import { adjustBudget, adjustBudgetSchema } from '../../../usecases/ledger/adjust-budget.js';
import { carryOver, carryOverSchema } from '../../../usecases/ledger/carry-over.js';
import { exportLedger, exportLedgerSchema } from '../../../usecases/ledger/export-ledger.js';
import { getPoolLedger } from '../../../usecases/ledger/get-pool-ledger.js';
import { getProjectLedger } from '../../../usecases/ledger/get-project-ledger.js';
import { listLedgerEntries, listLedgerEntriesSchema } from '../../../usecases/ledger/list-ledger-entries.js';
import { recordCommitment, recordCommitmentSchema } from '../../../usecases/ledger/record-commitment.js';
import { recordPayout, recordPayoutSchema } from '../../../usecases/ledger/record-payout.js';
import { recordReturn, recordReturnSchema } from '../../../usecases/ledger/record-return.js';
import { reverseEntry, reverseEntrySchema } from '../../../usecases/ledger/reverse-entry.js';
import { defineOperation } from '../registry.js';
import { entryIdResponse, entryIdsResponse, ledgerEntriesResponse, poolLedgerResponse, projectLedgerResponse } from './responses.js';
import { todayOf } from '../../today.js';
import { readDb } from '../../read-db.js';

const TAG = 'Ledger';
/** Path parameters win over the same field in the body (the documented bodies leave them out). */
const withParams = (body: unknown, params: Record<string, string>) => ({ ...(body && typeof body === 'object' ? body : {}), ...params });
/** A year of the pool's period, from the fixture the example names (`poolYear`). */
const poolYear = (id: (name: string) => string) => Number(id('poolYear'));
/** A budget line, a year of the pool and 100 kr.: the money part of a payout, a return or an adjustment. */
const lineYearAmount = (id: (name: string) => string) => ({ budgetLineId: id('budgetLineId'), year: poolYear(id), amountOere: 100_00 });

export function ledgerApi(): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  defineOperation(
    api,
    {
      operationId: 'getPoolLedger',
      method: 'get',
      path: '/pools/:poolId/ledger',
      summary: "The pool's economy per budget line and year (budget, committed, paid, returned, remaining; øre) with totals",
      tag: TAG,
      response: poolLedgerResponse,
    },
    (actor, { c, params }) => getPoolLedger(c.get('deps').db, actor, { poolId: params.poolId }),
  );

  defineOperation(
    api,
    {
      operationId: 'listLedgerEntries',
      method: 'get',
      path: '/pools/:poolId/ledger/entries',
      summary: "The pool's ledger entries, newest first; filter by line, year, kind and project",
      tag: TAG,
      response: ledgerEntriesResponse,
      errors: ['VALIDATION_FAILED'],
      example: (id) => ({ budgetLineId: id('budgetLineId'), year: poolYear(id), kind: 'commitment' }),
      query: listLedgerEntriesSchema.omit({ poolId: true }),
    },
    (actor, { c, params, query }) => listLedgerEntries(c.get('deps').db, actor, { ...query, poolId: params.poolId }),
  );

  defineOperation(
    api,
    {
      operationId: 'recordCommitment',
      method: 'post',
      path: '/pools/:poolId/ledger/commitments',
      summary: 'Record a commitment by hand (secretariat), split over years; refused with INSUFFICIENT_FUNDS when a year lacks the money',
      tag: TAG,
      response: entryIdsResponse,
      errors: ['VALIDATION_FAILED', 'INSUFFICIENT_FUNDS'],
      example: (id) => ({
        budgetLineId: id('budgetLineId'),
        applicationId: id('applicationId'),
        split: [{ year: poolYear(id), amountOere: 100_00 }],
        reference: 'Beslutning',
        reason: 'Test',
      }),
      body: recordCommitmentSchema.omit({ poolId: true }),
      successStatus: 201,
    },
    (actor, { c, params, body }) => recordCommitment(c.get('deps').db, actor, withParams(body, { poolId: params.poolId ?? '' }), todayOf(c)),
  );

  defineOperation(
    api,
    {
      operationId: 'recordPayout',
      method: 'post',
      path: '/applications/:applicationId/ledger/payouts',
      summary: "Record a (partial) payout to the project's lead unit against its commitment (finance)",
      tag: TAG,
      response: entryIdResponse,
      errors: ['VALIDATION_FAILED', 'EXCEEDS_COMMITMENT'],
      example: (id) => ({ ...lineYearAmount(id), reference: 'Faktura 1', reason: '' }),
      body: recordPayoutSchema.omit({ applicationId: true }),
      successStatus: 201,
    },
    (actor, { c, params, body }) => recordPayout(c.get('deps').db, actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'recordReturn',
      method: 'post',
      path: '/applications/:applicationId/ledger/returns',
      summary: 'Record unspent money returned from the project to its line and year (finance); repaid=true for money paid out and paid back',
      tag: TAG,
      response: entryIdsResponse,
      errors: ['VALIDATION_FAILED', 'EXCEEDS_COMMITMENT'],
      example: (id) => ({ ...lineYearAmount(id), reference: 'Bilag 1', reason: 'Test' }),
      body: recordReturnSchema.omit({ applicationId: true }),
      successStatus: 201,
    },
    (actor, { c, params, body }) => recordReturn(c.get('deps').db, actor, withParams(body, { applicationId: params.applicationId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'adjustBudget',
      method: 'post',
      path: '/pools/:poolId/ledger/adjustments',
      summary: "Adjust a line's budget for a year by decision (± øre, with reason and reference); never leaves remaining below zero",
      tag: TAG,
      response: entryIdResponse,
      errors: ['VALIDATION_FAILED', 'INSUFFICIENT_FUNDS'],
      example: (id) => ({ ...lineYearAmount(id), reference: 'Byrådet', reason: 'Test' }),
      body: adjustBudgetSchema.omit({ poolId: true }),
      successStatus: 201,
    },
    (actor, { c, params, body }) => adjustBudget(c.get('deps').db, actor, withParams(body, { poolId: params.poolId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'carryOver',
      method: 'post',
      path: '/pools/:poolId/ledger/carry-overs',
      summary: "Carry a line's unspent money from one year to the next, where the pool allows it",
      tag: TAG,
      response: entryIdsResponse,
      errors: ['VALIDATION_FAILED', 'CARRY_OVER_NOT_ALLOWED', 'INSUFFICIENT_FUNDS'],
      example: (id) => ({ budgetLineId: id('budgetLineId'), fromYear: poolYear(id), amountOere: 100_00, reference: 'Byrådet', reason: 'Test' }),
      body: carryOverSchema.omit({ poolId: true }),
      successStatus: 201,
    },
    (actor, { c, params, body }) => carryOver(c.get('deps').db, actor, withParams(body, { poolId: params.poolId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'reverseEntry',
      method: 'post',
      path: '/ledger/entries/:entryId/reversal',
      summary: 'Correct an entry with a reversing entry (linked entries are reversed together)',
      tag: TAG,
      response: entryIdsResponse,
      errors: ['VALIDATION_FAILED', 'CONFLICT', 'INSUFFICIENT_FUNDS', 'EXCEEDS_COMMITMENT'],
      example: () => ({ reference: 'Mail', reason: 'Test' }),
      body: reverseEntrySchema.omit({ entryId: true }),
      successStatus: 201,
    },
    (actor, { c, params, body }) => reverseEntry(c.get('deps').db, actor, withParams(body, { entryId: params.entryId ?? '' })),
  );

  defineOperation(
    api,
    {
      operationId: 'exportLedger',
      method: 'get',
      path: '/pools/:poolId/ledger/export',
      summary: 'The ledger as CSV (UTF-8 with BOM, semicolons, kroner with decimal comma; content=summary|entries) or XLSX (overview and entries sheets)',
      tag: TAG,
      errors: ['VALIDATION_FAILED'],
      example: () => ({ format: 'csv' }),
      query: exportLedgerSchema.omit({ poolId: true }),
      responseContentType: 'application/octet-stream',
    },
    async (actor, { c, params, query }) => {
      const file = await exportLedger(readDb(c), actor, { ...query, poolId: params.poolId });
      return fileResponse(file);
    },
  );

  defineOperation(
    api,
    {
      operationId: 'getProjectLedger',
      method: 'get',
      path: '/applications/:applicationId/ledger',
      summary: "A project's economy: granted, paid, returned and left to pay per line and year",
      tag: TAG,
      response: projectLedgerResponse,
    },
    (actor, { c, params }) => getProjectLedger(c.get('deps').db, actor, { applicationId: params.applicationId }),
  );

  return api;
}

export function fileResponse(file: { fileName: string; contentType: string; body: Uint8Array }): Response {
  return new Response(Buffer.from(file.body), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'no-store',
    },
  });
}
