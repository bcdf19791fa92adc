import pg from 'pg';

/** Tables whose rows are history: the app's role may add rows, never change or remove them. */
export const APPEND_ONLY_TABLES = ['audit_events', 'ledger_entries'] as const;

/**
 * On PostgreSQL the app runs as a role that does not own the tables: migrations run as the owner
 * (`DATABASE_OWNER_URL`), then this grants the app's role (`DATABASE_URL`'s user) what it needs —
 * rows of every table, sequences — and nothing on the append-only tables but SELECT and INSERT. A
 * role that is not the owner can neither `ALTER TABLE … DISABLE TRIGGER` nor drop the triggers, so
 * neither a bug nor an attacker inside the app can rewrite the audit log or the ledger.
 */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const role = pg.escapeIdentifier(appRole);
    const owner = (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0]?.u;
    if (owner === appRole) throw new Error('DATABASE_URL and DATABASE_OWNER_URL log in as the same role: the app must not own its tables');
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    for (const table of APPEND_ONLY_TABLES) await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${pg.escapeIdentifier(table)} FROM ${role}`);
    // Retention's redaction of a deleted case's history (the trigger still allows only that): these columns only.
    await client.query(`GRANT UPDATE (before, after) ON audit_events TO ${role}`);
    await client.query(`GRANT UPDATE (reason) ON ledger_entries TO ${role}`);
  } finally {
    await client.end();
  }
}

/** The role a connection string logs in as. */
export async function roleOf(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0]?.u ?? '';
  } finally {
    await client.end();
  }
}
