#!/usr/bin/env bash
# Regenerate the migrations from the schema files: one generated initial migration, then every
# hand-written SQL file in src/db/custom-sql/ (sorted by name) as a custom migration after it
# (triggers and other things drizzle-kit cannot express). There is no released database yet.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf drizzle
npx drizzle-kit generate --name init
shopt -s nullglob
for sqlfile in src/db/custom-sql/*.sql; do
  name=$(basename "$sqlfile" .sql)
  npx drizzle-kit generate --custom --name "$name" >/dev/null
  target=(drizzle/[0-9][0-9][0-9][0-9]_"$name".sql)
  [[ -f "${target[0]}" ]] || { echo "db-generate: no migration file for $name" >&2; exit 1; }
  cp "$sqlfile" "${target[0]}"
  echo "custom migration ${target[0]} from $sqlfile"
done
