import { randomBytes } from 'node:crypto';
import { Command, CommanderError, Option } from 'commander';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { users } from '../db/schema/accounts.js';
import { organisations } from '../db/schema/organisations.js';
import { demoLoginsText, demoRoles, seedDemo } from '../demo/seed.js';
import { AppError } from '../errors.js';
import { createApiToken } from '../usecases/accounts/create-api-token.js';
import { createUser } from '../usecases/accounts/create-user.js';
import { grantRole } from '../usecases/accounts/grant-role.js';
import { createOrganisation } from '../usecases/organisations/create-organisation.js';
import { listAllOrganisations } from '../usecases/organisations/list-all-organisations.js';

/** What the commands need from outside: the database (opened on first use) and two output streams. */
export interface CliContext {
  database: () => Promise<Database>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** The installation runs in production (seed-demo refuses there). */
  production?: boolean;
}

/** Use-case field → the command-line option that carries it, for error messages. */
const optionOfField: Record<string, string> = {
  organisationSlug: '--org',
  municipalityCode: '--municipality-code',
  departments: '--department',
  expiresInDays: '--days',
};

/** Demo-style Danish role names (ansoeger, sekretariat, …) are accepted beside the internal ones. */
const roleAliases: Record<string, string> = demoRoles;

/**
 * Run one CLI command. `argv` holds only the user's arguments (no node, no script path).
 * Returns the exit code: 0 on success, 1 on bad input or a refused operation. The caller closes
 * the database.
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode; // commander has printed its message (or the help)
    if (err instanceof AppError) {
      ctx.err(formatAppError(err));
      return 1;
    }
    if (err instanceof CliRefusal) {
      ctx.err(`Fejl: ${err.message}\n`);
      return 1;
    }
    // Not the user's input: still no stack trace unless asked for.
    const message = err instanceof Error ? err.message : String(err);
    ctx.err(`Fejl: ${message}\n${process.env.DEBUG && err instanceof Error && err.stack ? `${err.stack}\n` : ''}`);
    return 1;
  }
}

/** A refusal decided by the CLI itself (not a use case), shown as a plain message. */
class CliRefusal extends Error {}

export function formatAppError(err: AppError): string {
  const lines = [`Fejl: ${err.userMessage.da}`, `       (${err.userMessage.en})`];
  for (const [field, message] of Object.entries(err.fields ?? {})) {
    const top = field.split('.')[0] ?? field;
    const option = optionOfField[top] ?? `--${top.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;
    lines.push(`  ${option}: ${message}`);
  }
  return `${lines.join('\n')}\n`;
}

export const generatePassword = () => randomBytes(12).toString('base64url');

function buildProgram(ctx: CliContext): Command {
  const program = new Command()
    .name('npm run cli --')
    .description('Velfærdsteknologipuljer: administration fra kommandolinjen (same configuration as the server: DATABASE_URL or DATA_DIR)')
    .exitOverride()
    .configureOutput({ writeOut: ctx.out, writeErr: ctx.err })
    .showHelpAfterError('(kør med --help for at se kommandoerne)')
    .allowExcessArguments(false);

  program
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      const database = await ctx.database();
      await database.migrate();
      ctx.out('Databasen er migreret (migrations applied).\n');
    });

  program
    .command('create-organisation')
    .description('Create an organisation (a municipality) with optional departments')
    .requiredOption('--slug <slug>', 'short code, e.g. vejle')
    .requiredOption('--name <name>', 'e.g. "Vejle Kommune"')
    .option('--municipality-code <code>', 'three-digit kommunekode, e.g. 630')
    .option('--department <name...>', 'a department (forvaltning); repeat for several')
    .action(async (opts: { slug: string; name: string; municipalityCode?: string; department?: string[] }) => {
      const { db } = await migrated(ctx);
      const org = await createOrganisation(db, null, {
        slug: opts.slug,
        name: opts.name,
        municipalityCode: opts.municipalityCode,
        departments: opts.department ?? [],
      });
      ctx.out(`Organisationen ${org.slug} er oprettet (id ${org.id}).\n`);
    });

  program
    .command('create-user')
    .description('Create a local account; without --password a password is generated and printed once')
    .requiredOption('--email <email>', 'login e-mail')
    .requiredOption('--name <name>', 'full name')
    .option('--password <password>', 'at least 8 characters')
    .action(async (opts: { email: string; name: string; password?: string }) => {
      const { db } = await migrated(ctx);
      const password = opts.password ?? generatePassword();
      const user = await createUser(db, null, { email: opts.email, name: opts.name, password });
      ctx.out(`Brugeren ${user.email} er oprettet (id ${user.id}).\n`);
      if (!opts.password) ctx.out(`Adgangskode (vises kun nu / shown only now): ${password}\n`);
    });

  program
    .command('grant-role')
    .description('Give a user a role in an organisation')
    .requiredOption('--email <email>', "the user's e-mail")
    .requiredOption('--org <slug>', "the organisation's code")
    .requiredOption('--role <role>', 'applicant|secretariat|reviewer|decision_body|finance|admin (or ansoeger, sekretariat, bedoemmer, raad, oekonomi)')
    .action(async (opts: { email: string; org: string; role: string }) => {
      const { db } = await migrated(ctx);
      const role = roleAliases[opts.role] ?? opts.role;
      await grantRole(db, null, { email: opts.email, organisationSlug: opts.org, role });
      ctx.out(`${opts.email} har nu rollen ${role} i ${opts.org}.\n`);
    });

  program
    .command('create-api-token')
    .description('Create a personal API token for a user; the token is printed once')
    .requiredOption('--email <email>', "the user's e-mail")
    .requiredOption('--name <name>', 'what the token is for, e.g. "regneark"')
    .option('--days <days>', 'how many days the token works (1-365)', '90')
    .action(async (opts: { email: string; name: string; days: string }) => {
      const { db } = await migrated(ctx);
      const email = opts.email.trim().toLowerCase();
      const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (!user) throw new AppError('NOT_FOUND', { fields: { email: 'Ingen bruger med den e-mailadresse' } });
      const days = /^\d+$/.test(opts.days.trim()) ? Number(opts.days) : opts.days;
      const created = await createApiToken(db, null, user.id, { name: opts.name, expiresInDays: days });
      ctx.out(
        `API-nøgle oprettet (id ${created.id}), gyldig til ${created.expiresAt.toISOString().slice(0, 10)}. Gem den nu; den vises ikke igen:\n${created.token}\n`,
      );
    });

  program
    .command('seed-demo')
    .description('Load the demo presets (organisations, pools, users with password demo1234) into an empty database')
    .action(async () => {
      if (ctx.production) throw new CliRefusal('Demodata indlæses aldrig i en produktionsdatabase (NODE_ENV=production).');
      const { db } = await migrated(ctx);
      const [orgs] = await db.select({ n: count() }).from(organisations);
      const [people] = await db.select({ n: count() }).from(users);
      if (Number(orgs?.n ?? 0) > 0 || Number(people?.n ?? 0) > 0) {
        throw new CliRefusal(
          `Databasen er ikke tom (${orgs?.n ?? 0} organisationer, ${people?.n ?? 0} brugere); demodata indlæses kun i en tom database.\n` +
            '       (The database is not empty; the demo is only loaded into an empty database.)',
        );
      }
      await seedDemo(db);
      ctx.out(`Demodata er indlæst.\n${demoLoginsText()}\n`);
    });

  program
    .command('list-organisations')
    .description('List every organisation of the installation')
    .addOption(new Option('--json', 'print JSON'))
    .action(async (opts: { json?: boolean }) => {
      const { db } = await migrated(ctx);
      const rows = await listAllOrganisations(db);
      if (opts.json) {
        ctx.out(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) {
        ctx.out('Ingen organisationer endnu (no organisations yet).\n');
        return;
      }
      const width = Math.max(4, ...rows.map((r) => r.slug.length));
      ctx.out(`${'KODE'.padEnd(width)}  NAVN (afdelinger, brugere)\n`);
      for (const r of rows) ctx.out(`${r.slug.padEnd(width)}  ${r.name} (${r.departments}, ${r.members})\n`);
    });

  return program;
}

/** Every command works on a migrated database, as the server does at start. */
async function migrated(ctx: CliContext): Promise<Database> {
  const database = await ctx.database();
  await database.migrate();
  return database;
}
