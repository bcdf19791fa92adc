import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openPglite } from '../src/db/client.js';
import { seedDemo } from '../src/demo/seed.js';
import { login } from '../src/usecases/accounts/login.js';
import { measure, report } from './support.js';

/** In-process request throughput of common pages and API calls on the embedded database with the demo. */
export async function run(): Promise<void> {
  const database = await openPglite();
  await database.migrate();
  const seedStart = performance.now();
  await seedDemo(database.db);
  process.stdout.write(`demo seed: ${(performance.now() - seedStart).toFixed(0)} ms\n`);
  const app = createApp({ db: database.db, config: loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent' }), logger: pino({ level: 'silent' }) });
  const session = await login(database.db, { email: 'sekretariat@vejle.demo', password: 'demo1234' });
  const headers = { cookie: `vtp_session=${session.sessionId}` };
  const get = (path: string) => async () => {
    const res = await app.request(path, { headers });
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
    await res.text();
  };
  report('login (argon2id verify + session)', await measure(20, () => login(database.db, { email: 'ansoeger@vejle.demo', password: 'demo1234' })));
  for (const path of ['/', '/puljer', '/api/v1/pools', '/api/v1/openapi.json']) {
    await get(path)();
    report(`GET ${path}`, await measure(200, get(path)));
  }
  await database.close();
}
