// @vitest-environment node
import { ESLint } from 'eslint';

// The lint rules that keep tests honest and the model self-contained: each must still fire.
const eslint = new ESLint();

async function messagesFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('lint', () => {
  // Loading the configuration and its plugins takes long on a busy machine; the first lint pays it.
  beforeAll(() => eslint.calculateConfigForFile('tests/unit/example.test.ts'), 120_000);

  it.each([
    'it.only',
    'describe.skip',
    'it.todo',
    'test.fixme',
    'it.skipIf(true)',
    'describe.runIf(false)',
    'it.fails',
    'test.describe.fixme',
  ])('refuses a test committed as %s', async (modifier) => {
    const messages = await messagesFor(
      'tests/unit/example.test.ts',
      `${modifier}('a test', () => {});\n`,
    );
    expect(messages.join('\n')).toMatch(/must not be committed/);
  });

  it('accepts a plain test', async () => {
    expect(await messagesFor('tests/unit/example.test.ts', "it('a test', () => {});\n")).toEqual(
      [],
    );
  });

  it.each([
    "import { closestMatch } from '../lib/edit-distance.ts';",
    "import { paths } from '@/lib/paths';",
    "import { Mark } from '../ui/speaker-mark';",
  ])('keeps src/model from importing outside itself: %s', async (line) => {
    const messages = await messagesFor('src/model/example.ts', `${line}\nexport const x = 1;\n`);
    expect(messages.join('\n')).toMatch(/src\/model/);
  });

  it('lets src/model import from itself', async () => {
    const code = "import { anchorAt } from './text-anchor';\nexport const x = anchorAt;\n";
    expect(await messagesFor('src/model/example.ts', code)).toEqual([]);
  });
});
