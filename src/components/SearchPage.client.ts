/**
 * The search page's full-text search: Pagefind (loaded from the site's own /pagefind/ folder
 * when first needed), re-ranked so that exact diacritics and exact phrases come first
 * (src/lib/search/rank.ts), results built as DOM nodes with textContent and <mark> elements
 * only (the excerpt is computed from the record's plain text: src/lib/search/excerpt.ts).
 * The query and filters live in the URL (?q=&pillar=&type=&commune= or &province=), so results can be shared.
 */
import { excerptSegments } from '../lib/search/excerpt.ts';
import { rankTiers, searchPlan } from '../lib/search/rank.ts';
import { isLang, type Lang } from '../lib/site/i18n.ts';
import { fill } from '../lib/site/fill.ts';
import { SS } from '../lib/site/strings-search.ts';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Results shown at first and per "more": each shown result fetches its own Pagefind fragment
 * (its text, for the excerpt), so a short first page keeps the first search light.
 */
const PAGE_SIZE = 5;
const DEBOUNCE_MS = 200;

export function enhanceSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const pillar = form?.querySelector<HTMLSelectElement>('select[name="pillar"]');
  const type = form?.querySelector<HTMLSelectElement>('select[name="type"]');
  // The place filter: commune, or province past a dozen communes (its name is the Pagefind filter).
  const place = form?.querySelector<HTMLSelectElement>('select[data-place]');
  const status = root?.querySelector<HTMLElement>('[data-status]');
  const empty = root?.querySelector<HTMLElement>('[data-empty]');
  const list = root?.querySelector<HTMLOListElement>('[data-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-more]');
  // The plan texts are an index of their own (src/lib/search/records.ts): merged when searched.
  const plansOffer = root?.querySelector<HTMLElement>('[data-plans-offer]');
  if (!root || !form || !input || !pillar || !type || !place || !status || !empty || !list || !more || !plansOffer) return;
  const lang: Lang = isLang(root.dataset.lang) ? root.dataset.lang : 'vi';
  const pagefindUrl = root.dataset.pagefind ?? '';
  const plansUrl = root.dataset.pagefindPlans ?? '';
  const plansType = type.dataset.plans ?? '';
  let plansMerged: Promise<void> | null = null;

  let pagefind: Promise<Pagefind | null> | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let query = '';

  const load = (): Promise<Pagefind | null> => {
    pagefind ??= (async () => {
      try {
        const pf = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
        // Record URLs already carry the site's base; stop Pagefind from prefixing it again.
        // noWorker: searching on the main thread spares the first search Pagefind's worker
        // script (43 KB, 12 KB gzipped; the 150 KB budget) and costs a few ms of main thread.
        await pf.options({ baseUrl: '/', noWorker: true });
        await pf.init();
        root.dataset.pagefindLoaded = '';
        return pf;
      } catch (err) {
        console.warn('search: Pagefind not loaded', err);
        return null;
      }
    })();
    return pagefind;
  };

  /** One Pagefind pipeline at a time: the exactDiacritics option is global to the instance. */
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = chain.then(job, job);
    chain = next.catch(() => undefined);
    return next;
  };

  async function ranked(pf: Pagefind, raw: string, filters: Record<string, string>): Promise<PagefindResult[]> {
    // Searching the plan texts: their index joins the search (once) and the type filter keeps only them.
    if (filters.type === plansType) await (plansMerged ??= pf.mergeIndex(plansUrl));
    const opts = { filters };
    if (raw === '') return (await pf.search(null, opts))?.results ?? [];
    const plan = searchPlan(raw);
    const all = (await pf.search(plan.query, opts))?.results ?? [];
    if (all.length === 0) return all;
    const phrase = plan.phrase ? ((await pf.search(plan.phrase, opts))?.results ?? []) : [];
    let exact: PagefindResult[] = [];
    if (plan.exact) {
      await pf.options({ exactDiacritics: true });
      try {
        exact = (await pf.search(plan.query, opts))?.results ?? [];
      } finally {
        await pf.options({ exactDiacritics: false });
      }
    }
    return rankTiers(
      all,
      exact.map((r) => r.id),
      phrase.map((r) => r.id),
    );
  }

  function currentFilters(): Record<string, string> {
    const f: Record<string, string> = {};
    if (pillar!.value) f.pillar = pillar!.value;
    if (type!.value) f.type = type!.value;
    if (place!.value) f[place!.name] = place!.value;
    return f;
  }

  function syncUrl(q: string, filters: Record<string, string>): void {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [k, v] of Object.entries(filters)) params.set(k, v);
    const qs = params.toString();
    history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
  }

  function setStatus(text: string): void {
    status!.textContent = text;
  }

  async function run(): Promise<void> {
    clearTimeout(timer);
    const mine = ++seq;
    const q = input!.value.trim();
    const filters = currentFilters();
    syncUrl(q, filters);
    if (q === '' && Object.keys(filters).length === 0) {
      results = [];
      shown = 0;
      list!.replaceChildren();
      more!.hidden = true;
      empty!.hidden = true;
      setStatus('');
      return;
    }
    list!.setAttribute('aria-busy', 'true');
    const pf = await load();
    if (mine !== seq) return;
    if (!pf) {
      list!.removeAttribute('aria-busy');
      setStatus(SS.loadError[lang]);
      return;
    }
    const found = await serial(() => ranked(pf, q, filters));
    if (mine !== seq) return;
    results = found;
    query = q;
    shown = 0;
    list!.replaceChildren();
    await showMore(false);
    if (mine !== seq) return;
    list!.removeAttribute('aria-busy');
    const n = results.length;
    empty!.hidden = n > 0;
    if (n === 0) setStatus(fill(SS.noResults[lang], { q: q || '—' }));
    else if (q === '') setStatus(fill(SS.resultFiltered[lang], { n }));
    else setStatus(fill(n === 1 ? SS.resultOne[lang] : SS.resultCount[lang], { n, q }));
    // A query not yet searched in the plan texts: offer to (their index is fetched only then).
    plansOffer!.hidden = q === '' || type!.value === plansType;
    plansOffer!.querySelector('[data-plans-q]')!.textContent = q;
  }

  async function showMore(focusFirst: boolean): Promise<void> {
    const mine = seq;
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== seq) return;
    const items = data.map((d) => renderResult(d));
    list!.append(...items);
    shown += batch.length;
    more!.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  function renderResult(d: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    h.append(a);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    const kind = document.createElement('span');
    kind.className = 'result-kind';
    const kinds: Record<string, string> = { indicator: SS.kindIndicator[lang], commune: SS.kindCommune[lang], source: SS.kindSource[lang] };
    kind.textContent = kinds[d.meta.kind ?? ''] ?? SS.kindPage[lang];
    const details =
      d.meta.kind === 'indicator'
        ? [d.meta.pillar, d.meta.communes ? `${SS.communesSet[lang]}: ${d.meta.communes}` : '']
        : d.meta.kind === 'commune'
          ? [d.meta.province]
          : d.meta.kind === 'source'
            ? [d.meta.lines]
            : [];
    const detail = details.filter((s) => s).join(' · ');
    meta.append(kind, document.createTextNode(detail ? ` · ${detail}` : ''));
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    for (const seg of excerptSegments(d.content, query)) {
      if (seg.mark) {
        const m = document.createElement('mark');
        m.textContent = seg.text;
        excerpt.append(m);
      } else excerpt.append(document.createTextNode(seg.text));
    }
    li.append(h, meta, excerpt);
    return li;
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const pick = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(pillar, params.get('pillar'));
  pick(type, params.get('type'));
  pick(place, params.get(place.name));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => void load(), { once: true });
  pillar.addEventListener('change', () => void run());
  type.addEventListener('change', () => void run());
  place.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore(true));
  plansOffer.querySelector('button')!.addEventListener('click', () => {
    type.value = plansType;
    void run();
  });
  if (input.value.trim() !== '' || pillar.value || type.value || place.value) void run();
}
