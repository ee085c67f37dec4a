/**
 * Enhances every [data-finder] form into a WAI-ARIA 1.2 combobox with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). The lists (indicators in the page
 * language, communes) and Fuse.js are fetched on the first focus of the input, never on page load. DOM is built with textContent only.
 */
import { createFinder, type FinderCommunes, type FinderEntry, type Suggestion } from '../lib/search/finder.ts';
import { isLang, type Lang } from '../lib/site/i18n.ts';
import { fill } from '../lib/site/fill.ts';
import { SS } from '../lib/site/strings-search.ts';

type Loaded = ReturnType<typeof createFinder>;

export function enhanceFinders(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-finder]:not([data-enhanced])')) enhance(form);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input.finder-input');
  const list = input ? document.getElementById(input.dataset.list ?? '') : null;
  const status = form.querySelector<HTMLElement>('[data-finder-status]');
  const none = form.querySelector<HTMLElement>('[data-finder-none]');
  if (!input || !list || !status || !none) return;
  form.dataset.enhanced = '';
  const lang: Lang = isLang(form.dataset.lang) ? form.dataset.lang : 'vi';
  const indexUrl = form.dataset.index ?? '';
  const communesUrl = form.dataset.communes ?? '';
  const base = form.dataset.base ?? '/';

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  form.querySelector<HTMLElement>('.finder-keys')?.removeAttribute('hidden');

  let loading: Promise<Loaded | null> | null = null;
  let suggestions: Suggestion[] = [];
  let active = -1;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const load = (): Promise<Loaded | null> => {
    loading ??= (async () => {
      try {
        const [{ default: FuseCtor }, entries, list] = await Promise.all([
          import('fuse.js/basic'),
          getJson<FinderEntry[]>(indexUrl),
          getJson<FinderCommunes>(communesUrl),
        ]);
        form.dataset.loaded = '';
        return createFinder(FuseCtor, entries, { list, lang, base });
      } catch (err) {
        console.warn('finder: list not loaded', err);
        announce(SS.finderLoadError[lang], 0);
        return null;
      }
    })();
    return loading;
  };

  function announce(text: string, delay = 350): void {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      status!.textContent = text;
    }, delay);
  }

  function optionId(i: number): string {
    return `${list!.id}-${i}`;
  }

  function setActive(i: number): void {
    active = i;
    list!.querySelectorAll('[role="option"]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    if (i < 0) {
      input!.removeAttribute('aria-activedescendant');
      return;
    }
    input!.setAttribute('aria-activedescendant', optionId(i));
    document.getElementById(optionId(i))?.scrollIntoView({ block: 'nearest' });
  }

  function open(isOpen: boolean): void {
    list!.hidden = !isOpen;
    input!.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  }

  function render(): void {
    list!.replaceChildren(
      ...suggestions.map((s, i) => {
        const li = document.createElement('li');
        li.id = optionId(i);
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.url = s.entry.url;
        const title = document.createElement('span');
        title.className = 'finder-title';
        title.textContent = s.entry.title;
        const detail = document.createElement('span');
        detail.className = 'finder-detail';
        detail.textContent = `${s.entry.kind === 'indicator' ? SS.kindIndicator[lang] : SS.kindCommune[lang]} · ${s.entry.detail}`;
        li.append(title, detail);
        if (s.wording) {
          const w = document.createElement('span');
          w.className = 'finder-wording';
          w.textContent = `${SS.matchedWording[lang]}: “${s.wording}”`;
          li.append(w);
        }
        return li;
      }),
    );
  }

  async function update(): Promise<void> {
    const q = input!.value.trim();
    const mine = ++seq;
    if (q.length < 2) {
      suggestions = [];
      render();
      open(false);
      none!.hidden = true;
      announce('', 0);
      return;
    }
    const find = await load();
    if (mine !== seq || !find) return;
    const t0 = performance.now();
    suggestions = find(q);
    // The cost of one query, for scripts/search-report.ts (budget: 50 ms on a slow phone).
    performance.measure('finder-query', { start: t0 });
    render();
    open(suggestions.length > 0);
    none!.hidden = suggestions.length > 0;
    const n = suggestions.length;
    announce(n === 0 ? SS.finderNone[lang] : n === 1 ? SS.finderOne[lang] : fill(SS.finderCount[lang], { n }));
  }

  function go(i: number): void {
    const url = suggestions[i]?.entry.url;
    if (url) window.location.assign(url);
  }

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    const n = suggestions.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (n === 0) return;
        if (list.hidden) open(true);
        setActive(active < n - 1 ? active + 1 : 0);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n === 0) return;
        if (list.hidden) open(true);
        setActive(active > 0 ? active - 1 : n - 1);
        break;
      case 'Enter':
        if (!list.hidden && active >= 0) {
          e.preventDefault();
          go(active);
        }
        // Otherwise the form submits to the full-text search page.
        break;
      case 'Escape':
        if (!list.hidden) {
          e.preventDefault();
          open(false);
        } else if (input.value !== '') {
          e.preventDefault();
          input.value = '';
          void update();
        }
        break;
      case 'Home':
      case 'End':
        // Keys move the caret in the text, as the combobox pattern recommends.
        if (active >= 0) setActive(-1);
        break;
    }
  });
  input.addEventListener('blur', () => setTimeout(() => open(false), 150));
  // Keep focus in the input when an option is pressed, then follow it.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const li = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (!li) return;
    const i = [...list.children].indexOf(li);
    go(i);
  });
  list.addEventListener('mousemove', (e) => {
    const li = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (li) {
      const i = [...list.children].indexOf(li);
      if (i !== active) setActive(i);
    }
  });
  input.addEventListener('focus', () => {
    if (suggestions.length > 0 && input.value.trim().length >= 2) open(true);
  });
}
