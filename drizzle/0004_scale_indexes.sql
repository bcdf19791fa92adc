-- Indexes found missing on the national scale data set (EXPLAIN, bench/national.ts). Hand-written
-- because trigram operator classes need pg_trgm, which the catalogue's migration creates before this.
-- The inbox's search (`title ILIKE '%…%' OR case_number ILIKE '%…%'`) becomes a BitmapOr of these
-- instead of filtering every application of the pool.
CREATE INDEX IF NOT EXISTS "applications_title_trgm_idx" ON "applications" USING gin ("title" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_case_number_trgm_idx" ON "applications" USING gin ("case_number" gin_trgm_ops);
