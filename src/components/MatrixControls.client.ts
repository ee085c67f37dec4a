/**
 * Browser code of MatrixControls.astro: the matrix's filters, sort and the address that keeps them.
 * Runs once per page; does nothing where the page lacks its elements.
 */
import { fill } from '../lib/site/fill.ts';
import { matrixQuery, parseMatrixQuery, sortRows, type MatrixState } from '../lib/view/matrix.ts';

export function enhanceMatrix(): void {
  const form = document.getElementById('matrix-controls') as HTMLFormElement | null;
  const table = document.getElementById('matrix') as HTMLTableElement | null;
  const box = document.querySelector<HTMLDetailsElement>('details[data-filters]');
  if (form && table && box) {
    const pillar = form.elements.namedItem('pillar') as HTMLSelectElement;
    const sort = form.elements.namedItem('sort') as HTMLSelectElement;
    const below = form.elements.namedItem('below') as HTMLInputElement;
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=commune]')];
    const communes = boxes.map((b) => b.value);
    const pillars = [...pillar.options].map((o) => o.value).filter(Boolean);
    const status = document.getElementById('matrix-status')!;
    const empty = document.getElementById('matrix-empty');
    const active = box.querySelector<HTMLElement>('[data-active]')!;
    const belowNote = box.querySelector<HTMLElement>('.sum-below')!;
    const bodies = [...table.querySelectorAll<HTMLTableSectionElement>('tbody[data-pillar]')];
    /** The indicator column and the goals column come before the communes'. */
    const fixedColumns = table.querySelectorAll('thead th:not([data-commune])').length;

    const show = (state: MatrixState) => {
      pillar.value = state.pillar ?? '';
      sort.value = state.sort;
      below.checked = state.below;
      for (const b of boxes) b.checked = state.communes.includes(b.value);
      for (const el of table.querySelectorAll<HTMLElement>('[data-commune]')) {
        el.hidden = !state.communes.includes(el.dataset.commune ?? '');
      }
      table.toggleAttribute('data-below-only', state.below);
      for (const tb of bodies) {
        const rows = [...tb.querySelectorAll<HTMLTableRowElement>('tr[data-indicator]')].map((tr) => ({
          tr,
          order: Number(tr.dataset.order),
          spread: tr.dataset.spread === '' ? null : Number(tr.dataset.spread),
        }));
        for (const r of rows) r.tr.hidden = state.below && r.tr.dataset.below === undefined;
        // A pillar with no row left says nothing: its header goes too.
        tb.hidden = (state.pillar !== null && tb.dataset.pillar !== state.pillar) || rows.every((r) => r.tr.hidden);
        for (const r of sortRows(rows, state.sort)) tb.appendChild(r.tr);
      }
      for (const th of table.querySelectorAll<HTMLTableCellElement>('.pillar-row th')) th.colSpan = state.communes.length + fixedColumns;
      const rows = table.querySelectorAll('tbody:not([hidden]) tr[data-indicator]:not([hidden])').length;
      if (empty) empty.hidden = rows > 0 && state.communes.length > 0;
      status.textContent =
        state.communes.length === 0 ? (form.dataset.none ?? '') : fill(form.dataset.shown ?? '', { rows, cols: state.communes.length });
      // The summary line says what is active (only what differs from the full table), so a
      // folded box still tells what the table shows.
      const parts = [
        state.pillar === null ? '' : (pillar.selectedOptions[0]?.dataset.name ?? ''),
        state.communes.length === communes.length
          ? ''
          : fill(form.dataset.communes ?? '', { n: state.communes.length, total: communes.length }),
        state.sort === 'catalogue' ? '' : (sort.selectedOptions[0]?.textContent?.trim() ?? ''),
      ].filter(Boolean);
      const words = parts.length > 0 ? parts.join(' · ') : state.below ? '' : (form.dataset.all ?? '');
      active.textContent = ` — ${words}`;
      active.classList.toggle('empty', words === '');
      belowNote.classList.toggle('on', state.below);
    };

    const read = (): MatrixState => ({
      pillar: pillar.value || null,
      communes: boxes.filter((b) => b.checked).map((b) => b.value),
      sort: sort.value === 'spread' ? 'spread' : 'catalogue',
      below: below.checked,
    });
    const save = (state: MatrixState, hash = location.hash) =>
      history.replaceState(null, '', `${location.pathname}${matrixQuery(state, communes)}${hash}`);

    /** The link that filters without JavaScript (#below-national) is the same filter here, kept in the query. */
    const fromHash = () => {
      if (location.hash !== '#below-national') return;
      const state = { ...parseMatrixQuery(location.search, pillars, communes), below: true };
      show(state);
      save(state, '');
    };

    form.hidden = false;
    show(parseMatrixQuery(location.search, pillars, communes));
    fromHash();
    addEventListener('hashchange', fromHash);
    form.addEventListener('change', () => {
      const state = read();
      show(state);
      save(state);
    });
    form.addEventListener('reset', (e) => {
      e.preventDefault();
      const state: MatrixState = { pillar: null, communes, sort: 'catalogue', below: false };
      show(state);
      save(state);
    });
    form.addEventListener('submit', (e) => e.preventDefault());
  }
}
