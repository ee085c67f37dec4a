import { describe, expect, it } from 'vitest';
import { openPage } from '../../scripts/lib/browser.ts';
import { HOSTILE_BUILD, HOSTILE_TEXT } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: HOSTILE_BUILD });

describe('text from data with markup in it', () => {
  it.each([
    'indicators/5g-coverage/',
    'matrix/',
    'communes/nhon-trach/',
    'compare/',
    'embed/indicators/5g-coverage/',
    'en/indicators/5g-coverage/',
  ])('is shown as text and never runs on %s', async (path) => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url(path));
    await w.page.waitForLoadState('load');
    expect(await w.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await w.page.locator('img[src="x"]').count()).toBe(0);
    expect(await w.page.locator('body').innerText()).toContain('<script>window.__xss=1</script>');
    expect(f.site.log.some((r) => r.path.endsWith('/x'))).toBe(false);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('is in the fixture as intended (the test cannot pass vacuously)', () => {
    expect(HOSTILE_TEXT).toContain('onerror');
  });
});
