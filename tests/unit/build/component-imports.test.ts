import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The rule that components receive view models (eslint.config.js): a component or layout may not
 * import the dataset or its loader, not even a type; a page may. Linted as the project lints.
 */
const eslint = new ESLint();

async function refusals(filePath: string, imports: string): Promise<string[]> {
  const code = `---\n${imports}\nconst x = 1;\n---\n<p>{x}</p>\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('what a component may import', () => {
  it('refuses the dataset in a component, even as a type, and says what to do instead', async () => {
    const found = await refusals('src/components/Example.astro', "import type { Dataset } from '../lib/dataset/check-dataset.ts';");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/view model/);
  });

  it('refuses the loader in a layout', async () => {
    expect(await refusals('src/layouts/Example.astro', "import { getDataset } from '../lib/load/site-data.ts';")).toHaveLength(1);
  });

  it('lets a component name a view model’s type, and a page load the dataset', async () => {
    expect(await refusals('src/components/Example.astro', "import type { ChainView } from '../lib/view/chain-view.ts';")).toEqual([]);
    expect(await refusals('src/pages/[...lang]/example.astro', "import { getDataset } from '../../lib/load/site-data.ts';")).toEqual([]);
  });
});
