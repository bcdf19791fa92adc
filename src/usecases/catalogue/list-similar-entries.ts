import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import type { EntryEffect } from '../../domain/catalogue.js';
import type { Recommendation } from '../../domain/evaluation.js';
import { loadCatalogueViewer, visibleEntrySql } from '../../policies/catalogue.js';
import { loadApplicationFor } from '../applications/load-application-for.js';
import { loadIdeaFor } from '../applications/load-idea-for.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

export const listSimilarEntriesSchema = z
  .object({ applicationId: z.string().trim().optional(), ideaId: z.string().trim().optional(), limit: z.coerce.number().int().min(1).max(20).default(5) })
  .refine((v) => Boolean(v.applicationId) !== Boolean(v.ideaId), { error: 'Angiv enten en ansøgning eller en idé' });

export interface SimilarEntry {
  id: string;
  title: string;
  summary: string;
  organisationName: string;
  sameCategory: boolean;
  rank: number;
  effects: EntryEffect[];
  spentOere: number | null;
  budgetOere: number | null;
  businessCaseNetOere: number | null;
  evaluationOutcome: Recommendation | null;
  adoptions: number;
}

interface CaseText {
  text: string;
  /** The shared category the case's pool category maps to, if any. */
  categoryId: string | null;
  /** The case's own entry, left out of its evidence. */
  ownApplicationId: string | null;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The case's text (title, problem, solution) and its shared category, after the case's own access rule (404/403). */
async function caseText(db: Db, actor: Actor, input: { applicationId?: string; ideaId?: string }): Promise<CaseText> {
  if (input.applicationId) {
    const { application: a } = await loadApplicationFor(db, actor, input.applicationId);
    const [m] = rowsOf<{ id: string }>(
      await db.execute(
        sql`select technology_category_id as id from pool_category_mappings where pool_id = ${a.poolId} and pool_category_key = ${a.category ?? ''}`,
      ),
    );
    const c = a.content;
    return { text: [a.title, str(c.summary), str(c.needAnalysis), str(c.solution)].join(' '), categoryId: m?.id ?? null, ownApplicationId: a.id };
  }
  const { idea } = await loadIdeaFor(db, actor, input.ideaId ?? '');
  return { text: [idea.title, idea.summary, idea.needAnalysis].join(' '), categoryId: null, ownApplicationId: idea.applicationId };
}

/**
 * Evidence while applying and assessing: the catalogue entries most like a case that the actor may
 * see — same shared category first, then Danish full-text rank (any of the case's words, stemmed
 * with the `danish` configuration) over the entry's title, problem, technology and summary — each
 * with its measured effects, cost against business case, evaluation outcome and adoptions.
 */
export async function listSimilarEntries(db: Db, actor: Actor, input: unknown): Promise<SimilarEntry[]> {
  const data = parseInput(listSimilarEntriesSchema, input);
  const kase = await caseText(db, actor, data);
  const viewer = await loadCatalogueViewer(db, actor);
  // The stored, weighted vector (title A, summary B, problem and technology C; GIN-indexed), not a
  // to_tsvector() computed for every entry on every page view (seconds at 50.000 entries).
  const doc = sql`e.search_vector`;
  const sameCategory = kase.categoryId ? sql`(e.technology_category_id = ${kase.categoryId}::uuid)` : sql`false`;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      with q as (select replace(plainto_tsquery('danish', ${kase.text})::text, '&', '|')::tsquery as q)
      select e.id, e.title, e.summary, o.name as organisation_name, ${sameCategory} as same_category,
             ts_rank(${doc}, q.q) as rank, e.effects, e.spent_oere, e.budget_oere, e.business_case_net_oere, e.evaluation_outcome,
             (select count(*) from catalogue_adoptions a where a.entry_id = e.id)::int as adoptions
      from catalogue_entries e join organisations o on o.id = e.organisation_id, q
      where ${visibleEntrySql(viewer, 'e')}
        and e.application_id is distinct from ${kase.ownApplicationId}::uuid
        and (${sameCategory} or ${doc} @@ q.q)
      order by same_category desc, rank desc, e.id
      limit ${data.limit}`),
  );
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    id: String(r.id),
    title: String(r.title),
    summary: String(r.summary),
    organisationName: String(r.organisation_name),
    sameCategory: r.same_category === true,
    rank: Number(r.rank),
    effects: (r.effects ?? []) as EntryEffect[],
    spentOere: num(r.spent_oere),
    budgetOere: num(r.budget_oere),
    businessCaseNetOere: num(r.business_case_net_oere),
    evaluationOutcome: (r.evaluation_outcome ?? null) as Recommendation | null,
    adoptions: Number(r.adoptions),
  }));
}
