import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1).
const ARGON2 = { algorithm: 2 /* argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password).catch(() => false);

/** A random opaque secret (session id, API token, CSRF token). */
export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
/** Secrets are stored hashed so a database leak does not leak live sessions or tokens. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A fixed hash to verify against when the user does not exist, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('not-a-real-password'));
