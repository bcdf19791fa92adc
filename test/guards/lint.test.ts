import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules in eslint.config.js: imports go web → usecases → policies/db → domain, never upward. */
describe('lint: the direction of imports between layers', () => {
  const eslint = new ESLint();
  const lint = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it('refuses an import of web/ from a use case', async () => {
    const messages = await lint('src/usecases/pools/x.ts', "import { render } from '../../web/render.js';\nexport const x = render;\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('usecases/ are called by web/');
  });

  it('refuses an import of a use case from domain/ and from db/', async () => {
    expect(await lint('src/domain/x.ts', "import { getPool } from '../usecases/pools/get-pool.js';\nexport const x = getPool;\n")).toHaveLength(1);
    expect(await lint('src/db/schema/x.ts', "import { getPool } from '../../usecases/pools/get-pool.js';\nexport const x = getPool;\n")).toHaveLength(1);
  });

  it('allows web/ to import a use case', async () => {
    expect(await lint('src/web/pages/x.ts', "import { getPool } from '../../usecases/pools/get-pool.js';\nexport const x = getPool;\n")).toEqual([]);
  });
});
