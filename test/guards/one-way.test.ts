/**
 * Guards for "one way of doing each thing": page URLs are built only in src/paths.ts, role names
 * are spelled only where access is decided (policies/), declared (db schema, workflow tables) or
 * seeded (demo), and no form page reads a posted form or maps its errors outside the form kit.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}
const files = sourceFiles('src');
const isComment = (line: string) => /^\s*(\*|\/\/|\/\*)/.test(line);
const offenders = (pattern: RegExp, allowed: (file: string) => boolean) =>
  files.flatMap((file) =>
    allowed(file)
      ? []
      : readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (pattern.test(line) && !isComment(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );

const PAGE_PREFIXES =
  'puljer|ansoegninger|ideer|vurdering|bedoemmelser|moeder|notifikationer|oekonomi|login|logout|sprog|tilgaengelighed|projekter|opfoelgning|portefoelje|static';

describe('one way of doing each thing', () => {
  it('builds every page URL in src/paths.ts', () => {
    const literal = new RegExp(`['"\`](/(${PAGE_PREFIXES})\\b|/['"\`])`);
    const mount = /\.route\('\/', |path: '\/'/; // router mounts and cookie paths are not page URLs
    expect(offenders(literal, (f) => f === join('src', 'paths.ts')).filter((line) => !mount.test(line))).toEqual([]);
  });

  it('spells role names only in policies/, the schema, the workflow tables and the demo', () => {
    const role = /['"](applicant|secretariat|reviewer|decision_body|finance|admin|consultant)['"]/;
    const allowed = (f: string) =>
      [join('src', 'policies'), join('src', 'demo'), join('src', 'db', 'schema')].some((dir) => f.startsWith(dir)) ||
      /src\/domain\/[a-z-]*workflow\.ts$/.test(f);
    expect(offenders(role, allowed)).toEqual([]);
  });

  it('reads posted forms and maps their errors only in the form kit', () => {
    const handRolled = /parseBody\(|name="_csrf"|err\.fields|\.fields \?\? \{\}/;
    expect(offenders(handRolled, (f) => f.startsWith(join('src', 'web', 'form-kit')) || !f.startsWith(join('src', 'web', 'pages')))).toEqual([]);
  });
});
