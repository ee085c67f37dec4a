import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { prepareProse } from '../../../scripts/lib/search-index.ts';
import { FOLD_SEPARATOR } from '../../../src/lib/search/fold-text.ts';

const page = `<!doctype html><html lang="vi"><head><title>Phương pháp</title></head><body>
<header class="site-header"><nav>Trang chủ</nav></header>
<main id="main"><h1>Phương pháp</h1><p>Các xã ở Đồng Nai và Nghệ An.</p><script>var x = 1;</script></main>
<footer>Chân trang</footer></body></html>`;

describe('prepareProse (the methodology page as Pagefind indexes it)', () => {
  it('indexes only <main>, marks it as a page, and leaves scripts out', () => {
    const { document } = parseHTML(prepareProse(page, 'Trang'));
    const main = document.querySelector('main')!;
    expect(main.hasAttribute('data-pagefind-body')).toBe(true);
    expect(main.getAttribute('data-pagefind-meta')).toBe('kind:page');
    expect(main.getAttribute('data-pagefind-filter')).toBe('type:Trang');
    expect(main.querySelector('script')!.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(document.querySelector('header')!.hasAttribute('data-pagefind-body')).toBe(false);
  });

  it('appends the folded copy of the words with đ, words kept apart and scripts left out, so "dong nai" finds it', () => {
    const { document } = parseHTML(prepareProse(page, 'Trang'));
    const last = document.querySelector('main')!.lastElementChild!;
    expect(last.textContent).toBe(`${FOLD_SEPARATOR} o Dong Nai`);
  });

  it('keeps the language of the page for Pagefind', () => {
    expect(prepareProse(page, 'Trang')).toContain('<html lang="vi">');
  });
});
