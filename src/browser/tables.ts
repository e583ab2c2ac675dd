// Sorting and filtering for report tables, added in the browser. Without
// JavaScript the tables stay plain, complete tables. A table opts in with
// class "sortable" and/or data-filters; a header cell with data-filter="select"
// or "text" gets a control, keyed by data-key (also read from the page's query
// string, so links can open a table filtered). A table box (.table-wrap)
// narrower than its table gets data-scrolls (a border, a sticky first column and caption),
// a hint above it and keyboard focus, so it can be scrolled without a mouse; on a phone it becomes
// cards instead (data-cards: one block per row, each value labelled with its column). A table with
// data-counts holds rows whose data-counts lists the counts each is in (src/report/count-sets.ts):
// "?telt=<token>" shows exactly the storingen of that count, and a sentence above
// the table says what the list shows.
import { parseCountToken } from '../report/count-sets.ts';
import { countPhrase, filterWords, listSentence } from '../words/counts.ts';

const collator = new Intl.Collator('nl-NL', { numeric: true, sensitivity: 'base' });

function cellValue(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  return cell ? (cell.dataset.sort ?? cell.textContent ?? '').trim() : '';
}

/** What a filter compares: the cell's data-value (e.g. the judged niveau alone) or its text. */
function cellText(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  return cell ? (cell.dataset.value ?? cell.textContent ?? '').trim() : '';
}

function makeSortable(table: HTMLTableElement): void {
  const headers = Array.from(table.tHead!.rows[table.tHead!.rows.length - 1].cells);
  headers.forEach((th, index) => {
    if (th.dataset.nosort !== undefined) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...Array.from(th.childNodes));
    th.append(button);
    button.addEventListener('click', () => sortBy(table, headers, index));
  });
}

function sortBy(table: HTMLTableElement, headers: HTMLTableCellElement[], index: number): void {
  const th = headers[index];
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  headers.forEach((h) => h.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const numeric = rows.every((r) => cellValue(r, index) === '' || !Number.isNaN(Number(cellValue(r, index))));
  rows.sort((a, b) => {
    const x = cellValue(a, index);
    const y = cellValue(b, index);
    const order = numeric ? (x === '' ? -Infinity : Number(x)) - (y === '' ? -Infinity : Number(y)) : collator.compare(x, y);
    return ascending ? order : -order;
  });
  body.append(...rows);
}

function makeFilterable(table: HTMLTableElement): void {
  const headers = Array.from(table.tHead!.rows[table.tHead!.rows.length - 1].cells);
  const rows = Array.from(table.tBodies[0].rows);
  const query = new URLSearchParams(location.search);
  const form = document.createElement('form');
  form.className = 'filters';
  form.setAttribute('role', 'search');
  form.setAttribute('aria-label', `Filters voor ${table.caption?.textContent?.trim() ?? 'de tabel'}`);
  const controls: { index: number; control: HTMLInputElement | HTMLSelectElement }[] = [];
  headers.forEach((th, index) => {
    const kind = th.dataset.filter;
    if (!kind) return;
    const label = document.createElement('label');
    label.textContent = th.textContent!.trim();
    const control = kind === 'text' ? textInput() : selectOf(rows, index);
    control.name = th.dataset.key ?? `kolom-${index}`;
    const wanted = query.get(control.name);
    if (wanted !== null) control.value = wanted;
    label.append(control);
    form.append(label);
    controls.push({ index, control });
  });
  const count = document.createElement('p');
  count.className = 'filter-count';
  count.setAttribute('aria-live', 'polite');
  const counted = countFilter(table, query.get('telt'));
  const says = document.createElement('p');
  says.className = 'list-says';
  const apply = () => {
    const shown = applyFilters(rows, controls, count, counted?.token ?? null);
    if (counted) says.textContent = listSentence(shown, counted.phrase, controls.filter((c) => c.control.value !== '').map((c) => filterWords(c.control.name, c.control.value)));
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  // Above the table's scroll box, so that the controls never scroll out of sight with the table.
  const parts: HTMLElement[] = counted ? [says, form, count] : [form, count];
  (table.closest('.table-wrap') ?? table).before(...parts);
  apply();
}

/** The count a link asked for ("?telt=geregistreerd-2026-05"), on a table whose rows carry their counts. */
function countFilter(table: HTMLTableElement, token: string | null): { token: string; phrase: string } | null {
  if (token === null || table.dataset.counts === undefined) return null;
  const parsed = parseCountToken(token);
  return parsed ? { token, phrase: countPhrase(parsed.kind, parsed.month) } : null;
}

function textInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'search';
  input.placeholder = 'zoeken';
  return input;
}

function selectOf(rows: HTMLTableRowElement[], index: number): HTMLSelectElement {
  const select = document.createElement('select');
  const values = [...new Set(rows.map((r) => cellText(r, index)))].sort(collator.compare);
  select.append(new Option('alle', ''), ...values.map((v) => new Option(v, v)));
  return select;
}

function applyFilters(rows: HTMLTableRowElement[], controls: { index: number; control: HTMLInputElement | HTMLSelectElement }[], count: HTMLElement, token: string | null): number {
  let shown = 0;
  for (const row of rows) {
    const inCount = token === null || (row.dataset.counts ?? '').split(' ').includes(token);
    const visible = inCount && controls.every(({ index, control }) => {
      if (control.value === '') return true;
      const text = cellText(row, index);
      return control instanceof HTMLSelectElement ? text === control.value : text.toLowerCase().includes(control.value.toLowerCase());
    });
    row.hidden = !visible;
    if (visible) shown++;
  }
  count.textContent = `${shown} van ${rows.length} rijen`;
  return shown;
}

/** A phone: the width below which a table that does not fit becomes a list of cards (site.css has the same). */
const PHONE = matchMedia('(max-width: 40rem)');

/**
 * Prepares a table to be shown as cards: each cell gets its column's header as data-label
 * (site.css shows it before the value), the cells of the columns whose header says
 * data-card="head" (else the first column) form the card's heading. Explicit ARIA roles keep
 * the table a table for screen readers once CSS displays its parts as blocks.
 */
function prepareCards(table: HTMLTableElement): void {
  const head = table.tHead!.rows[table.tHead!.rows.length - 1];
  const headers = Array.from(head.cells);
  const heads = headers.some((th) => th.dataset.card === 'head') ? headers.map((th) => th.dataset.card === 'head') : headers.map((_, i) => i === 0);
  for (const row of Array.from(table.tBodies[0].rows)) {
    Array.from(row.cells).forEach((cell, i) => {
      if (cell.dataset.label === undefined) cell.dataset.label = headers[i]?.textContent?.trim() ?? '';
      if (heads[i]) cell.dataset.card = 'head';
      row.setAttribute('role', 'row');
      cell.setAttribute('role', cell.tagName === 'TH' ? 'rowheader' : 'cell');
    });
  }
  table.setAttribute('role', 'table');
  for (const group of Array.from(table.querySelectorAll(':scope > thead, :scope > tbody'))) group.setAttribute('role', 'rowgroup');
  head.setAttribute('role', 'row');
  headers.forEach((th) => th.setAttribute('role', 'columnheader'));
}

/** A table with one header row and one body can be shown as cards. */
const cardable = (table: HTMLTableElement | null): table is HTMLTableElement =>
  table !== null && (table.tHead?.rows.length ?? 0) > 0 && table.tBodies.length === 1;

function watchScrollBox(wrap: HTMLElement): void {
  const hint = document.createElement('p');
  hint.className = 'scroll-hint';
  hint.textContent = 'Scroll opzij voor alle kolommen →';
  const caption = wrap.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim() ?? 'Tabel';
  const table = wrap.querySelector('table');
  let prepared = false;
  const update = () => {
    // On a phone a table that does not fit becomes cards: measured as a table, so the choice does not flip back and forth.
    if (cardable(table)) {
      wrap.removeAttribute('data-cards');
      const cards = PHONE.matches && wrap.scrollWidth > wrap.clientWidth + 1;
      if (cards && !prepared) prepareCards(table);
      prepared ||= cards;
      wrap.toggleAttribute('data-cards', cards);
    }
    const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
    // The caption keeps to the box's visible width (site.css), so it wraps there instead of scrolling away.
    wrap.style.setProperty('--box-width', `${wrap.clientWidth}px`);
    if (scrolls === wrap.hasAttribute('data-scrolls')) return;
    wrap.toggleAttribute('data-scrolls', scrolls);
    if (scrolls) {
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', `${caption} (scrollt opzij)`);
      wrap.before(hint);
    } else {
      wrap.removeAttribute('tabindex');
      wrap.removeAttribute('role');
      wrap.removeAttribute('aria-label');
      hint.remove();
    }
  };
  const observer = new ResizeObserver(update);
  observer.observe(wrap);
  if (table) observer.observe(table);
  PHONE.addEventListener('change', update);
  update();
}

document.querySelectorAll<HTMLTableElement>('table.sortable').forEach(makeSortable);
document.querySelectorAll<HTMLTableElement>('table[data-filters]').forEach(makeFilterable);
document.querySelectorAll<HTMLElement>('.table-wrap').forEach(watchScrollBox);
