/**
 * Browser code of CompareLive.astro: the compare page's live mode: any communes, loaded from the published files.
 * Runs once per page; does nothing where the page lacks its elements.
 */
import { fill } from '../lib/site/fill.ts';
import type { Lang } from '../lib/site/i18n.ts';
import { fromPublished, liveTable, type LiveCatalogue, type LiveTable, type PublishedTarget } from '../lib/view/compare-live.ts';
import type { HarmonizedTarget } from '../lib/harmonize/harmonize-targets.ts';

export function enhanceLiveCompare(): void {
  interface Config {
    lang: Lang;
    catalogue: LiveCatalogue;
    defaults: { id: string; name: string }[];
    communeFile: string;
    provinceFile: string;
    communePage: string;
    indicatorPage: string;
    marks: Record<string, { shape: string; css: string; label: string }>;
    text: Record<TextKey, string>;
  }
  type TextKey =
    | 'status'
    | 'tooFew'
    | 'tooMany'
    | 'onlyBy'
    | 'indicator'
    | 'none'
    | 'related'
    | 'relatedHidden'
    | 'caption'
    | 'remove'
    | 'loading'
    | 'failed'
    | 'written'
    | 'year'
    | 'and'
    | 'quotedLang';
  const MIN = 2;
  const MAX = 4;
  const raw = document.getElementById('live-config')?.textContent;
  const form = document.getElementById('live-form') as HTMLFormElement | null;
  const provinceSel = document.getElementById('live-province') as HTMLSelectElement | null;
  const communeSel = document.getElementById('live-commune') as HTMLSelectElement | null;
  const list = document.getElementById('live-chosen');
  const status = document.getElementById('live-status');
  const wrap = document.getElementById('live-wrap');
  const staticPart = document.getElementById('compare-static');
  if (raw && form && provinceSel && communeSel && list && status && wrap) {
    const cfg = JSON.parse(raw) as Config;
    const t = cfg.text;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
      const e = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const names = new Map(cfg.defaults.map((d) => [d.id, d.name]));
    const targets = new Map<string, Promise<HarmonizedTarget[]>>();
    const loadCommune = (id: string) => {
      let p = targets.get(id);
      if (!p) {
        p = fetch(fill(cfg.communeFile, { id: encodeURIComponent(id) }))
          .then((r) => (r.ok ? (r.json() as Promise<PublishedTarget[]>) : Promise.reject(new Error(String(r.status)))))
          .then((rows) => rows.map(fromPublished));
        targets.set(id, p);
        p.catch(() => targets.delete(id));
      }
      return p;
    };
    const provinces = new Map<string, Promise<[string, string][]>>();
    const provinceList = (slug: string) => {
      let p = provinces.get(slug);
      if (!p) {
        p = fetch(fill(cfg.provinceFile, { slug: encodeURIComponent(slug) })).then((r) =>
          r.ok ? (r.json() as Promise<[string, string][]>) : Promise.reject(new Error(String(r.status))),
        );
        provinces.set(slug, p);
        p.catch(() => provinces.delete(slug));
      }
      return p.then((pairs) => {
        for (const [id, name] of pairs) names.set(id, name);
        return pairs;
      });
    };
    const loadProvince = async (slug: string) => {
      const pairs = await provinceList(slug);
      communeSel.replaceChildren(...pairs.map(([id, name]) => el('option', { value: id }, name)));
    };
    // A shared link names communes by id only: their names come from the province lists (small,
    // fetched once each), which are read only when a chosen id is not named yet.
    const ensureNames = async (ids: string[]) => {
      if (ids.every((id) => names.has(id))) return;
      await Promise.all([...provinceSel.options].map((o) => provinceList(o.value).catch(() => [])));
    };

    let chosen: string[] = [];
    const namesOf = (ids: string[]) => {
      const n = ids.map((id) => names.get(id) ?? id);
      return n.length <= 1 ? n.join('') : `${n.slice(0, -1).join(', ')} ${t.and} ${n[n.length - 1]}`;
    };

    const renderTable = (table: LiveTable) => {
      const tbl = el('table', { class: 'compare live' });
      tbl.append(el('caption', { class: 'visually-hidden' }, t.caption));
      const head = el('tr');
      head.append(el('th', { scope: 'col', class: 'ind-col' }, t.indicator));
      for (const c of table.columns) {
        const th = el('th', { scope: 'col', class: 'commune-col' });
        th.append(el('a', { href: fill(cfg.communePage, { id: encodeURIComponent(c.id) }) }, c.name));
        head.append(th);
      }
      const thead = el('thead');
      thead.append(head);
      tbl.append(thead);
      for (const s of table.sections) {
        const tb = el('tbody', { 'data-pillar': s.id });
        const pr = el('tr', { class: 'pillar-row' });
        const pth = el('th', { scope: 'rowgroup', colspan: String(table.columns.length + 1) });
        pth.append(el('span', { class: 'pillar-name' }, s.name));
        pr.append(pth);
        tb.append(pr);
        for (const r of s.rows) {
          const tr = el('tr', { 'data-indicator': r.id });
          const rh = el('th', { scope: 'row', class: 'ind-col' });
          rh.append(el('a', { href: fill(cfg.indicatorPage, { id: encodeURIComponent(r.id) }) }, r.name));
          rh.append(el('span', { class: 'sub' }, r.onlyBy ? `${r.unitLabel} · ${fill(t.onlyBy, { name: r.onlyBy })}` : r.unitLabel));
          tr.append(rh);
          for (const c of r.cells) {
            const td = el('td', { class: 'mc', 'data-commune': c.communeId, 'data-tone': c.tone });
            if (c.entries.length === 0) {
              td.append(el('span', { class: 'mc-none', 'aria-hidden': 'true' }, '—'), el('span', { class: 'visually-hidden' }, t.none));
            }
            for (const e of c.entries) {
              const m = cfg.marks[e.mark] ?? cfg.marks.unranked!;
              const div = el('div', {
                class: `entry${e.related ? ' is-related' : ''}${e.otherYear ? ' is-other-year' : ''}`,
                'data-mark': e.mark,
                'data-target': e.targetId,
              });
              div.append(el('span', { class: `mk mk-${m.css}`, 'aria-hidden': 'true' }, e.related ? '○' : m.shape));
              div.append(el('span', { class: 'visually-hidden' }, e.related ? t.relatedHidden : m.label));
              const body = el('span', { class: 'entry-body' });
              const tv = el('span', { class: 'tv' });
              tv.append(el('strong', { class: 'tv-value' }, e.value));
              if (e.otherYear) tv.append(el('span', { class: 'tv-year' }, fill(t.year, { year: e.year })));
              if (e.raw) {
                const rawEl = el('span', { class: 'tv-raw' }, `${t.written} “`);
                rawEl.append(el('span', t.quotedLang ? { lang: t.quotedLang } : {}, e.raw), '”');
                tv.append(rawEl);
              }
              body.append(tv);
              if (e.related) body.append(el('span', { class: 'tag', 'aria-hidden': 'true' }, t.related));
              div.append(body);
              td.append(div);
            }
            tr.append(td);
          }
          tb.append(tr);
        }
        tbl.append(tb);
      }
      wrap.replaceChildren(tbl);
    };

    const renderChosen = () => {
      list.replaceChildren(
        ...chosen.map((id) => {
          const li = el('li', {}, `${names.get(id) ?? id} `);
          const b = el('button', { type: 'button', 'data-remove': id }, '×');
          b.setAttribute('aria-label', fill(t.remove, { name: names.get(id) ?? id }));
          li.append(b);
          return li;
        }),
      );
    };

    const show = async () => {
      renderChosen();
      if (chosen.length < MIN || chosen.length > MAX) {
        status.textContent = chosen.length < MIN ? t.tooFew : t.tooMany;
        wrap.hidden = true;
        return;
      }
      status.textContent = t.loading;
      try {
        const rows = (await Promise.all(chosen.map(loadCommune))).flat();
        await ensureNames(chosen);
        const table = liveTable(
          rows,
          cfg.catalogue,
          chosen.map((id) => ({ id, name: names.get(id) ?? id })),
          cfg.lang,
        );
        renderTable(table);
        status.textContent = fill(t.status, { communes: namesOf(chosen), rows: table.rowCount });
        wrap.hidden = false;
        if (staticPart) staticPart.hidden = true;
      } catch {
        status.textContent = fill(t.failed, { name: namesOf(chosen) });
        wrap.hidden = true;
      }
    };

    const writeUrl = () => history.replaceState(null, '', `${location.pathname}?c=${chosen.map(encodeURIComponent).join(',')}`);
    const fromUrl = () => {
      const q = new URLSearchParams(location.search).get('c');
      return q === null
        ? null
        : q
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
            .slice(0, MAX + 1);
    };

    form.hidden = false;
    const initial = fromUrl();
    chosen = initial ?? cfg.defaults.map((d) => d.id);
    void loadProvince(provinceSel.value);
    if (initial) void show();
    else renderChosen();

    provinceSel.addEventListener('change', () => void loadProvince(provinceSel.value));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const id = communeSel.value;
      if (!id || chosen.includes(id)) return;
      chosen = [...chosen, id];
      writeUrl();
      void show();
    });
    list.addEventListener('click', (e) => {
      const id = (e.target as HTMLElement).closest<HTMLElement>('[data-remove]')?.dataset.remove;
      if (!id) return;
      chosen = chosen.filter((c) => c !== id);
      writeUrl();
      void show();
    });
  }
}
