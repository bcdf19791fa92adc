import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program.js';
import type { Database } from '../src/db/client.js';
import { actorFromApiToken, loadActor } from '../src/usecases/accounts/load-actor.js';
import { login } from '../src/usecases/accounts/login.js';
import { freshDatabase } from './support/db.js';
import type { TemplateName } from './support/template.js';

const open: Database[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.close()));
});
// Most tests share one database (each uses its own names); only those about emptiness get their own.
let shared: ReturnType<typeof cliOn>;
let sharedDatabase: Database;
beforeAll(async () => {
  sharedDatabase = await freshDatabase('empty');
  shared = cliOn(sharedDatabase);
});
afterAll(() => sharedDatabase.close());

/** A CLI bound to its own fresh database. */
async function cli(template: TemplateName = 'empty', opts: { production?: boolean } = {}) {
  const database = await freshDatabase(template);
  open.push(database);
  return cliOn(database, opts);
}

/** A CLI bound to a database; `run` returns the exit code and what was printed. */
function cliOn(database: Database, opts: { production?: boolean } = {}) {
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, {
      database: async () => database,
      out: (s) => (out += s),
      err: (s) => (err += s),
      production: opts.production,
    });
    return { code, out, err };
  };
  return { database, db: database.db, run };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('admin CLI', () => {
  it('migrates (idempotently) and lists organisations of an empty database', async () => {
    const { run } = await cli();
    expect(await run('migrate')).toMatchObject({ code: 0, out: expect.stringContaining('migreret') });
    expect(await run('list-organisations')).toMatchObject({ code: 0, out: expect.stringContaining('Ingen organisationer') });
  });

  it('creates an organisation with departments and lists it', async () => {
    const { run } = shared;
    const created = await run(
      'create-organisation',
      '--slug',
      'vejle-kommune',
      '--name',
      'Vejle Kommune',
      '--municipality-code',
      '630',
      '--department',
      'Sundhed og Omsorg',
      '--department',
      'Handicap og Psykiatri',
    );
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toContain('vejle-kommune');
    const listed = await run('list-organisations', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toContainEqual(
      expect.objectContaining({ slug: 'vejle-kommune', name: 'Vejle Kommune', municipalityCode: '630', departments: 2, members: 0 }),
    );
    const text = await run('list-organisations');
    expect(text.out).toMatch(/vejle-kommune\s+Vejle Kommune \(2, 0\)/);
  });

  it('prints field errors in Danish with exit code 1 and no stack trace', async () => {
    const { run } = shared;
    const bad = await run('create-organisation', '--slug', 'Ikke gyldig!', '--name', ' ');
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('Der er fejl i det indtastede');
    expect(bad.err).toContain('--slug: Koden må kun indeholde små bogstaver');
    expect(bad.err).toContain('--name: Angiv et navn');
    noStackTrace(bad.err);

    expect((await run('create-organisation', '--slug', 'horsens', '--name', 'Horsens')).code).toBe(0);
    const dup = await run('create-organisation', '--slug', 'horsens', '--name', 'Horsens igen');
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('--slug: Der findes allerede en organisation med den kode');
  });

  it('creates a user with a generated password that works, and refuses a duplicate', async () => {
    const { db, run } = shared;
    const res = await run('create-user', '--email', 'Mette@Vejle.dk', '--name', 'Mette Hansen');
    expect(res.code).toBe(0);
    const password = res.out.match(/Adgangskode.*: (\S+)/)?.[1];
    expect(password).toBeDefined();
    expect(password?.length).toBeGreaterThanOrEqual(12);
    const session = await login(db, { email: 'mette@vejle.dk', password });
    expect(session.userId).toBeTruthy();

    const dup = await run('create-user', '--email', 'mette@vejle.dk', '--name', 'Mette igen', '--password', 'hemmelig1');
    expect(dup).toMatchObject({ code: 1, err: expect.stringContaining('--email: Der findes allerede en bruger') });
    const short = await run('create-user', '--email', 'ny@vejle.dk', '--name', 'Ny', '--password', 'kort');
    expect(short).toMatchObject({ code: 1, err: expect.stringContaining('--password: Adgangskoden skal være mindst 8 tegn') });
  });

  it('uses a given password and does not print it', async () => {
    const { db, run } = shared;
    const res = await run('create-user', '--email', 'lars@vejle.dk', '--name', 'Lars', '--password', 'hemmelig123');
    expect(res.code).toBe(0);
    expect(res.out).not.toContain('hemmelig123');
    expect((await login(db, { email: 'lars@vejle.dk', password: 'hemmelig123' })).userId).toBeTruthy();
  });

  it('grants roles (internal or Danish demo names) and explains unknown users, organisations and roles', async () => {
    const { db, run } = shared;
    await run('create-organisation', '--slug', 'vejle', '--name', 'Vejle');
    const user = await run('create-user', '--email', 'sara@vejle.dk', '--name', 'Sara', '--password', 'hemmelig123');
    expect(user.code).toBe(0);
    expect((await run('grant-role', '--email', 'sara@vejle.dk', '--org', 'vejle', '--role', 'sekretariat')).code).toBe(0);
    expect((await run('grant-role', '--email', 'sara@vejle.dk', '--org', 'vejle', '--role', 'finance')).code).toBe(0);
    const { userId } = await login(db, { email: 'sara@vejle.dk', password: 'hemmelig123' });
    const actor = await loadActor(db, userId);
    expect(actor?.memberships.map((m) => m.role).sort()).toEqual(['finance', 'secretariat']);

    expect(await run('grant-role', '--email', 'ingen@vejle.dk', '--org', 'vejle', '--role', 'admin')).toMatchObject({
      code: 1,
      err: expect.stringContaining('--email: Ingen bruger'),
    });
    expect(await run('grant-role', '--email', 'sara@vejle.dk', '--org', 'odense', '--role', 'admin')).toMatchObject({
      code: 1,
      err: expect.stringContaining('--org: Ingen organisation'),
    });
    const role = await run('grant-role', '--email', 'sara@vejle.dk', '--org', 'vejle', '--role', 'chef');
    expect(role).toMatchObject({ code: 1, err: expect.stringContaining('--role: Rollen skal være en af') });
    noStackTrace(role.err);
  });

  it('creates an API token that authenticates its user, printed once', async () => {
    const { db, run } = shared;
    await run('create-user', '--email', 'oekonomi@vejle.dk', '--name', 'Økonomi');
    const res = await run('create-api-token', '--email', 'oekonomi@vejle.dk', '--name', 'regneark');
    expect(res.code).toBe(0);
    const token = res.out.match(/(vtp_\S+)/)?.[1];
    expect(token).toBeDefined();
    const actor = await actorFromApiToken(db, token ?? '');
    expect(actor?.email).toBe('oekonomi@vejle.dk');
    expect(await run('create-api-token', '--email', 'ingen@vejle.dk', '--name', 'x')).toMatchObject({
      code: 1,
      err: expect.stringContaining('--email: Ingen bruger'),
    });
    expect(await run('create-api-token', '--email', 'oekonomi@vejle.dk', '--name', 'år', '--days', '400')).toMatchObject({
      code: 1,
      err: expect.stringContaining('--days: Højst 365 dage'),
    });
    expect(res.out).toMatch(/gyldig til \d{4}-\d{2}-\d{2}/);
    expect(await run('create-api-token', '--email', 'oekonomi@vejle.dk', '--name', '')).toMatchObject({
      code: 1,
      err: expect.stringContaining('--name: Giv nøglen et navn'),
    });
  });

  it('seeds the demo into an empty database only, and never in production', async () => {
    const empty = await cli();
    const seeded = await empty.run('seed-demo');
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain('sekretariat@vejle.demo');
    expect((await login(empty.db, { email: 'sekretariat@vejle.demo', password: 'demo1234' })).userId).toBeTruthy();
    const again = await empty.run('seed-demo');
    expect(again).toMatchObject({ code: 1, err: expect.stringContaining('Databasen er ikke tom') });

    const nonEmpty = await cli();
    await nonEmpty.run('create-user', '--email', 'en@vejle.dk', '--name', 'En');
    expect(await nonEmpty.run('seed-demo')).toMatchObject({ code: 1, err: expect.stringContaining('0 organisationer, 1 brugere') });

    const production = cliOn(nonEmpty.database, { production: true });
    expect(await production.run('seed-demo')).toMatchObject({ code: 1, err: expect.stringContaining('aldrig i en produktionsdatabase') });
  });

  it('reports a missing option or an unknown command with exit code 1, help with 0', async () => {
    const { run } = shared;
    const missing = await run('create-user', '--name', 'Uden e-mail');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("required option '--email <email>' not specified");
    const unknown = await run('opret-alt');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("unknown command 'opret-alt'");
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const command of ['migrate', 'create-organisation', 'create-user', 'grant-role', 'create-api-token', 'seed-demo', 'list-organisations']) {
      expect(help.out).toContain(command);
    }
  });
});
