-- The catalogue's Danish search (hand-written: drizzle-kit cannot express these).
-- Full text: a generated, weighted tsvector with the 'danish' configuration (title A, summary B,
-- problem and technology C, the rest D) and its GIN index. Trigram similarity (pg_trgm) on title
-- and summary catches what the stemmer misses ("spiserobot" ~ "Spiserobotter", "hjælpemiddel" ~
-- "hjælpemidler"); GIN trigram indexes serve the word-similarity operator `<%`.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('danish'::regconfig, coalesce("title", '')), 'A')
  || setweight(to_tsvector('danish'::regconfig, coalesce("summary", '')), 'B')
  || setweight(to_tsvector('danish'::regconfig, coalesce("problem", '') || ' ' || coalesce("technology_description", '')), 'C')
  || setweight(to_tsvector('danish'::regconfig, coalesce("lessons", '') || ' ' || coalesce("evaluation_summary", '') || ' ' || coalesce("adoption_prerequisites", '') || ' ' || coalesce("adoption_training", '') || ' ' || coalesce("unit_name", '')), 'D')
) STORED;
--> statement-breakpoint
CREATE INDEX "catalogue_entries_search_idx" ON "catalogue_entries" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "catalogue_entries_title_trgm_idx" ON "catalogue_entries" USING gin ("title" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "catalogue_entries_summary_trgm_idx" ON "catalogue_entries" USING gin ("summary" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "catalogue_entries_published_idx" ON "catalogue_entries" ("published_at" DESC, "id" DESC);
--> statement-breakpoint
-- The default installation-wide vocabulary (admins edit it), so a fresh, empty installation has it.
INSERT INTO "technology_categories" ("key", "label_da", "label_en", "description", "sort_order") VALUES
  ('spise-og-ernaering', 'Spise og ernæring', 'Eating and nutrition', 'Spiserobotter, drikkesystemer og hjælp til måltider.', 10),
  ('personlig-hygiejne', 'Personlig hygiejne', 'Personal hygiene', 'Vasketoiletter, bad og pleje.', 20),
  ('forflytning-og-mobilitet', 'Forflytning og mobilitet', 'Transfer and mobility', 'Loftlifte, vendesystemer, ganghjælpemidler.', 30),
  ('sensorer-og-tryghed', 'Sensorer og tryghed', 'Sensors and safety', 'Sengesensorer, faldalarmer, tilsyn om natten.', 40),
  ('kommunikation-og-skaerm', 'Skærmbesøg og kommunikation', 'Video visits and communication', 'Skærmbesøg, videokonsultationer, digitale kontakter.', 50),
  ('kognition-og-struktur', 'Kognition og struktur', 'Cognition and structure', 'Dagsstruktur, påmindelser og kognitive hjælpemidler.', 60),
  ('medicin', 'Medicinhåndtering', 'Medication', 'Medicindispensere og påmindelser om medicin.', 70),
  ('genoptraening-og-aktivitet', 'Genoptræning og aktivitet', 'Rehabilitation and activity', 'Digital træning, aktivitetsmålere og spil.', 80),
  ('robotter-og-automatisering', 'Robotter og automatisering', 'Robots and automation', 'Robotstøvsugere, servicerobotter, automatisering af opgaver.', 90),
  ('data-og-planlaegning', 'Data og planlægning', 'Data and planning', 'Planlægning, dokumentation og dataunderstøttelse.', 100),
  ('andet', 'Andet', 'Other', 'Det, der ikke passer i de andre kategorier.', 1000)
ON CONFLICT ("key") DO NOTHING;
