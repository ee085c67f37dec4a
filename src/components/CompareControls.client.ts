/**
 * Browser code of CompareControls.astro: the compare page's form: choosing communes and indicators re-draws the table.
 * Runs once per page; does nothing where the page lacks its elements.
 */
import { fill } from '../lib/site/fill.ts';
import { choiceQuery, parseChoice, type Choice, type CompareData } from '../lib/view/compare.ts';
import type { Mark } from '../lib/compare/commune-profile.ts';
import { cellTone } from '../lib/view/matrix.ts';

export function enhanceCompare(): void {
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  const table = document.getElementById('compare-table') as HTMLTableElement | null;
  const wrap = document.getElementById('compare-wrap');
  const raw = document.getElementById('compare-data')?.textContent;
  const status = document.getElementById('compare-status');
  const summary = document.getElementById('compare-summary');
  if (form && table && wrap && raw && status && summary) {
    const data = JSON.parse(raw) as CompareData;
    const index = new Map(data.order.map((t, i) => [t, i]));
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=c]')];
    const ids = boxes.map((b) => b.value);
    const names = new Map(
      [...table.querySelectorAll<HTMLElement>('thead th[data-commune]')].map((th) => [th.dataset.commune ?? '', th.dataset.name ?? '']),
    );
    const MARK_CLASSES = Object.values(data.labels).map((l) => `mk-${l.css}`);

    const showMarks = (marks: string) => {
      for (const entry of table.querySelectorAll<HTMLElement>('.entry[data-target]')) {
        if (entry.dataset.related !== undefined) continue;
        const label = data.labels[marks[index.get(entry.dataset.target ?? '') ?? -1] ?? 'u'] ?? data.labels.u!;
        entry.dataset.mark = label.mark;
        const shape = entry.querySelector<HTMLElement>('.mk');
        if (shape) {
          shape.classList.remove(...MARK_CLASSES);
          shape.classList.add(`mk-${label.css}`);
          shape.textContent = label.shape;
        }
        const words = entry.querySelector('.mk-label');
        if (words) words.textContent = label.label;
      }
      for (const td of table.querySelectorAll<HTMLElement>('td[data-commune]')) {
        const entries = [...td.querySelectorAll<HTMLElement>('.entry')].map((e) => ({
          mark: (e.dataset.mark ?? 'unranked') as Mark,
          related: e.dataset.related !== undefined,
        }));
        td.dataset.tone = cellTone(entries);
      }
    };

    const show = ({ chosen, problem }: Choice) => {
      for (const b of boxes) b.checked = chosen.includes(b.value);
      if (problem) {
        status.textContent = (problem === 'few' ? form.dataset.few : form.dataset.many) ?? '';
        wrap.hidden = true;
        summary.hidden = true;
        return;
      }
      const sub = data.subsets[chosen.join(',')];
      if (!sub) return;
      wrap.hidden = false;
      summary.hidden = false;
      for (const el of table.querySelectorAll<HTMLElement>('[data-commune]')) el.hidden = !chosen.includes(el.dataset.commune ?? '');
      for (const tb of table.querySelectorAll<HTMLElement>('tbody')) {
        let visible = 0;
        for (const tr of tb.querySelectorAll<HTMLTableRowElement>('tr[data-indicator]')) {
          const any = (tr.dataset.any ?? '').split(',').some((c) => chosen.includes(c));
          tr.hidden = !any;
          if (any) visible++;
          const counted = (tr.dataset.counted ?? '').split(',').filter((c) => chosen.includes(c));
          const only = tr.querySelector<HTMLElement>('.only-by');
          if (only) {
            only.hidden = counted.length !== 1;
            only.textContent = counted.length === 1 ? fill(table.dataset.only ?? '', { name: names.get(counted[0]!) ?? '' }) : '';
          }
        }
        tb.hidden = visible === 0;
        const head = tb.querySelector<HTMLTableCellElement>('.pillar-row th');
        if (head) head.colSpan = chosen.length + 1;
      }
      showMarks(sub.marks);
      status.textContent = sub.status;
      summary.replaceChildren(
        ...sub.summary.map((s) => {
          const li = document.createElement('li');
          li.textContent = s;
          return li;
        }),
      );
    };

    const fromUrl = () => parseChoice(new URLSearchParams(location.search).get('c'), ids);
    const go = (choice: Choice, how: 'replace' | 'push') => {
      show(choice);
      const url = `${location.pathname}${choiceQuery(choice.chosen, ids)}`;
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    };

    form.hidden = false;
    show(fromUrl());
    form.addEventListener('change', () => {
      const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
      go(parseChoice(chosen.join(','), ids), 'replace');
    });
    form.addEventListener('submit', (e) => e.preventDefault());
    for (const a of form.querySelectorAll<HTMLAnchorElement>('a[data-choice]')) {
      a.addEventListener('click', (e) => {
        e.preventDefault();
        go(parseChoice(a.dataset.choice ?? '', ids), 'push');
      });
    }
    addEventListener('popstate', () => show(fromUrl()));
  }
}
