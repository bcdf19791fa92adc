import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import { MATURITIES, type EntryVisibility, type Maturity } from '../../domain/catalogue.js';
import { RECOMMENDATIONS, type Recommendation } from '../../domain/evaluation.js';
import { loadCatalogueViewer, visibleEntrySql } from '../../policies/catalogue.js';
import type { Actor } from '../shared/actor.js';
import { parseInput } from '../shared/validate.js';

const optional = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: `Højst ${max} tegn` })
    .optional();
// The error sits on the union: a union reports its own message, not its members' (zod 4).
export const listCatalogueEntriesSchema = z.object({
  q: optional(200),
  categoryId: z.union([z.literal(''), z.uuid()], { error: 'Ukendt kategori' }).optional(),
  targetGroup: optional(),
  organisationId: z.union([z.literal(''), z.uuid()], { error: 'Ukendt kommune' }).optional(),
  phase: optional(),
  maturity: z.union([z.literal(''), z.enum(MATURITIES)], { error: 'Ukendt modenhed' }).optional(),
  outcome: z.union([z.literal(''), z.enum(RECOMMENDATIONS)], { error: 'Ukendt resultat' }).optional(),
  sort: z.enum(['relevance', 'newest', 'title'], { error: 'Ukendt sortering' }).optional(),
  limit: z.coerce.number({ error: 'Angiv et tal' }).int().min(1).max(100).default(20),
  /** Bounded pagination: at most 500 results deep (relevance order has no stable keyset). */
  offset: z.coerce.number({ error: 'Angiv et tal' }).int().min(0).max(500, { error: 'Gå højst 500 resultater frem' }).default(0),
});

export interface CatalogueHit {
  id: string;
  title: string;
  summary: string;
  /** ts_headline of the summary with the matches in <b>…</b>; escape everything else when rendering. */
  snippet: string;
  organisationId: string;
  organisationName: string;
  unitName: string;
  categoryId: string | null;
  categoryLabel: string | null;
  visibility: EntryVisibility;
  phase: string;
  maturity: Maturity | null;
  evaluationOutcome: Recommendation | null;
  publishedAt: string;
}

export interface CatalogueSearchResult {
  entries: CatalogueHit[];
  /** Whether there is a next page (ask with offset + limit). */
  more: boolean;
}

/** The word-similarity threshold (pg_trgm `<%`) under which a trigram match does not count. */
const WORD_SIMILARITY = 0.5;

/**
 * Run the search with pg_trgm's word-similarity threshold set for this transaction only (the `<%`
 * operator reads it; `set_config(…, true)` ends with the transaction, so a pooled connection —
 * PgBouncer in transaction mode too — keeps no trace of it).
 */
async function searchWithThreshold(db: Db, query: SQL): Promise<Record<string, unknown>[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`);
    return rowsOf<Record<string, unknown>>(await tx.execute(query));
  });
}

/**
 * Danish search over the entries the viewer may see (anonymous: public only): full text with the
 * `danish` configuration over the weighted generated vector, OR trigram word similarity on title
 * and summary (so "spiserobot" finds "Spiserobotter"); filters; sorted by relevance (rank + best
 * similarity), newest or title, with the id as a tie-breaker so pages are stable.
 */
export async function listCatalogueEntries(db: Db, actor: Actor | null, input: unknown): Promise<CatalogueSearchResult> {
  const data = parseInput(listCatalogueEntriesSchema, input);
  const viewer = await loadCatalogueViewer(db, actor);
  const q = data.q ?? '';
  const where: SQL[] = [visibleEntrySql(viewer, 'e')];
  const tsq = sql`websearch_to_tsquery('danish'::regconfig, ${q})`;
  if (q !== '') {
    where.push(
      // The operators (not the functions) so the GIN indexes answer each branch (a bitmap OR), not a scan of every entry.
      sql`(e.search_vector @@ ${tsq} or ${q} <% e.title or ${q} <% e.summary)`,
    );
  }
  if (data.categoryId) where.push(sql`e.technology_category_id = ${data.categoryId}::uuid`);
  if (data.targetGroup) where.push(sql`e.target_groups @> ${JSON.stringify([data.targetGroup])}::jsonb`);
  if (data.organisationId) where.push(sql`e.organisation_id = ${data.organisationId}::uuid`);
  if (data.phase) where.push(sql`e.phase = ${data.phase}`);
  if (data.maturity) where.push(sql`e.maturity = ${data.maturity}`);
  if (data.outcome) where.push(sql`e.evaluation_outcome = ${data.outcome}`);
  const sort = data.sort ?? (q === '' ? 'newest' : 'relevance');
  const relevance =
    q === '' ? sql`0` : sql`(ts_rank(e.search_vector, ${tsq}) + greatest(word_similarity(${q}, e.title), 0.5 * word_similarity(${q}, e.summary)))`;
  const order =
    sort === 'title'
      ? sql`e.title asc, e.id asc`
      : sort === 'newest'
        ? sql`e.published_at desc, e.id desc`
        : sql`relevance desc, e.published_at desc, e.id desc`;
  const snippet =
    q === ''
      ? sql`left(e.summary, 240)`
      : sql`ts_headline('danish'::regconfig, e.summary, ${tsq}, 'StartSel=<b>, StopSel=</b>, MaxWords=35, MinWords=15, MaxFragments=2')`;
  // The snippet is computed only for the page's rows (ts_headline is expensive).
  const rows = await searchWithThreshold(
    db,
    sql`
      with hits as (
        select e.id, e.title, e.summary, e.organisation_id, e.unit_name, e.technology_category_id, e.visibility, e.phase, e.maturity,
               e.evaluation_outcome, e.published_at, ${relevance} as relevance
        from catalogue_entries e
        where ${sql.join(where, sql` and `)}
        order by ${order}
        limit ${data.limit + 1} offset ${data.offset}
      )
      select e.*, ${snippet} as snippet, o.name as organisation_name, c.label_da as category_da
      from hits e
      join organisations o on o.id = e.organisation_id
      left join technology_categories c on c.id = e.technology_category_id
      order by ${order}`,
  );
  const entries = rows.slice(0, data.limit).map((r): CatalogueHit => ({
    id: String(r.id),
    title: String(r.title),
    summary: String(r.summary),
    snippet: String(r.snippet ?? ''),
    organisationId: String(r.organisation_id),
    organisationName: String(r.organisation_name),
    unitName: String(r.unit_name),
    categoryId: r.technology_category_id ? String(r.technology_category_id) : null,
    categoryLabel: r.category_da ? String(r.category_da) : null,
    visibility: r.visibility as EntryVisibility,
    phase: String(r.phase),
    maturity: (r.maturity as Maturity | null) ?? null,
    evaluationOutcome: (r.evaluation_outcome as Recommendation | null) ?? null,
    publishedAt: new Date(r.published_at as string).toISOString(),
  }));
  return { entries, more: rows.length > data.limit };
}
