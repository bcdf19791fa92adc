import type { Bilingual } from '../../domain/bilingual.js';
import type { Db } from '../../db/client.js';
import { assertMayWithholdFields } from '../../policies/records.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';
import { caseIdSchema, loadCase } from './load-case.js';
import { describedVersions, withheldFieldsOf } from './withheld-fields.js';

/** A path the secretariat may mark: a field of a submitted version, or a whole row (`privatePartners.0`). */
export interface WithholdChoice {
  path: string;
  label: Bilingual;
}

export interface WithheldFieldsView {
  application: { id: string; title: string; caseNumber: string; organisationId: string };
  choices: WithholdChoice[];
  withheld: { fieldPath: string; label: Bilingual; reason: string; markedAt: Date }[];
}

/** The fields of a case that can be withheld from an aktindsigt export, and those that are (page and API). */
export async function getWithheldFields(db: Db, actor: Actor, input: unknown): Promise<WithheldFieldsView> {
  const { applicationId } = parseInput(caseIdSchema, input);
  const app = await loadCase(db, applicationId);
  assertMayWithholdFields(actor, app);
  const choices = new Map<string, Bilingual>();
  for (const v of await describedVersions(db, app))
    for (const f of v.fields) {
      const row = /^([a-zA-Z]+\.\d+)\./.exec(f.path)?.[1];
      // "Privat partner 1: CVR-nummer" → the row "Privat partner 1 (hele rækken)", listed before its fields.
      if (row && !choices.has(row)) choices.set(row, { da: `${f.label.da.split(': ')[0]} (hele rækken)`, en: `${f.label.en.split(': ')[0]} (the whole row)` });
      if (!choices.has(f.path)) choices.set(f.path, f.label);
    }
  const rows = await withheldFieldsOf(db, app.id);
  return {
    application: { id: app.id, title: app.title, caseNumber: app.caseNumber, organisationId: app.organisationId },
    choices: [...choices].map(([path, label]) => ({ path, label })),
    withheld: rows.map((w) => ({
      fieldPath: w.fieldPath,
      label: choices.get(w.fieldPath) ?? { da: w.fieldPath, en: w.fieldPath },
      reason: w.reason,
      markedAt: w.markedAt,
    })),
  };
}
