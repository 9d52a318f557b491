// The site's one script. Every page already works without it: tables are server-rendered and
// complete. This adds what needs a browser — sorting by any column, filtering a table, searching
// the whole site — using only elements the page has. Ledger text is only ever set as text
// (textContent), never parsed as HTML. Bundled into the site as assets/dashboard.js by
// scripts/embed-assets.ts.

interface SearchIndex {
  version: number;
  items: Array<[kind: string, label: string, detail: string, href: string]>;
}

interface Window {
  LILYPAD_SEARCH?: SearchIndex;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Shows `text` to screen readers through the page's one polite live region. */
function announce(text: string): void {
  let region = document.getElementById('announcer');
  if (!region) {
    region = document.createElement('p');
    region.id = 'announcer';
    region.setAttribute('role', 'status');
    region.className = 'visually-hidden';
    document.body.append(region);
  }
  region.textContent = text;
}

/** A cell's sort key: numbers for numeric columns (`15,000` → 15000; `–` sorts last). */
function sortKey(row: HTMLTableRowElement, column: number, numeric: boolean): string | number {
  const text = (row.cells[column]?.textContent ?? '').trim();
  if (!numeric) return text;
  const n = Number(text.replace(/[^0-9.-]/g, ''));
  return text === '' || text === '–' || Number.isNaN(n) ? Number.NEGATIVE_INFINITY : n;
}

function makeSortable(table: HTMLTableElement): void {
  const headRow = table.tHead?.rows[0];
  const body = table.tBodies[0];
  if (!headRow || !body) return;
  const headers = Array.from(headRow.cells);
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...Array.from(th.childNodes));
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      const numeric = th.dataset.type === 'number';
      const keyed = Array.from(body.rows, (row) => ({ row, key: sortKey(row, column, numeric) }));
      keyed.sort((a, b) => {
        const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
        return ascending ? order : -order;
      });
      const fragment = document.createDocumentFragment();
      for (const { row } of keyed) fragment.append(row);
      body.append(fragment);
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      announce(`Sorted by ${button.textContent ?? ''}, ${ascending ? 'ascending' : 'descending'}.`);
    });
  });
}

let filters = 0;

function addFilter(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const what = table.dataset.filter ?? 'rows';
  filters += 1;
  const id = `filter-${filters}`;
  const box = document.createElement('div');
  box.className = 'filter';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `Filter ${what}`;
  const input = document.createElement('input');
  input.type = 'search';
  input.id = id;
  input.autocomplete = 'off';
  const count = document.createElement('output');
  count.htmlFor.add(id);
  box.append(label, input, count);
  (table.closest('.table-wrap') ?? table).before(box);
  // Row texts are read on first use: a 5,000-row leaderboard costs nothing until someone types.
  let texts: WeakMap<HTMLTableRowElement, string> | null = null;
  input.addEventListener('input', () => {
    const rows = Array.from(body.rows);
    if (!texts) {
      texts = new WeakMap();
      for (const row of rows) texts.set(row, (row.textContent ?? '').toLowerCase());
    }
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const text = texts.get(row) ?? '';
      row.hidden = !words.every((w) => text.includes(w));
      if (!row.hidden) shown += 1;
    }
    count.textContent = words.length === 0 ? '' : `${shown} of ${rows.length} ${what} match`;
  });
}

const SITE_LINK = /^(?:creators|months)\/[A-Za-z0-9_.-]+\.html(?:#pr-\d+)?$/;
const KIND_NAMES: Record<string, string> = { creator: 'Creator', module: 'Module', pr: 'PR' };
const SHOWN = 50;

function setUpSearch(list: HTMLElement): void {
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const form = input?.form;
  if (!input || !status || !form) return;
  const items = window.LILYPAD_SEARCH?.items ?? [];
  const haystacks = items.map(([, label, detail]) => `${label} ${detail}`.toLowerCase());
  input.value = new URLSearchParams(location.search).get('q') ?? '';

  const render = () => {
    const query = input.value.trim();
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    list.replaceChildren();
    if (words.length === 0) {
      status.textContent = `Type to search ${items.length} creators, modules and PRs.`;
      return;
    }
    const found: number[] = [];
    haystacks.forEach((text, i) => {
      if (words.every((w) => text.includes(w))) found.push(i);
    });
    // Creators first, then names that start with what was typed.
    const first = words[0] as string;
    const score = (i: number) => {
      const [kind, label] = items[i] as SearchIndex['items'][number];
      return (kind === 'creator' ? 0 : 2) + (label.toLowerCase().startsWith(first) ? 0 : 1);
    };
    found.sort((a, b) => score(a) - score(b) || a - b);
    for (const i of found.slice(0, SHOWN)) {
      const [kind, label, detail, href] = items[i] as SearchIndex['items'][number];
      const li = document.createElement('li');
      const tag = document.createElement('span');
      tag.className = 'kind';
      tag.textContent = `${KIND_NAMES[kind] ?? kind} `;
      const link = document.createElement(SITE_LINK.test(href) ? 'a' : 'span');
      if (link instanceof HTMLAnchorElement) link.href = href;
      link.textContent = label;
      const more = document.createElement('span');
      more.className = 'muted';
      more.textContent = ` ${detail}`;
      li.append(tag, link, more);
      list.append(li);
    }
    status.textContent =
      found.length === 0 ? `Nothing matches “${query}”.` : `${found.length} ${found.length === 1 ? 'result' : 'results'} for “${query}”${found.length > SHOWN ? `, the first ${SHOWN} shown` : ''}.`;
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(render, 60);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    render();
  });
  render();
}

function enhance(): void {
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-js-only]'))) element.hidden = false;
  document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(makeSortable);
  document.querySelectorAll<HTMLTableElement>('table[data-filter]').forEach(addFilter);
  const results = document.getElementById('search-results');
  if (results) setUpSearch(results);
  // The browser tests (and anyone curious) read when the page became interactive.
  performance.mark('dashboard-interactive');
  document.documentElement.dataset.enhanced = 'true';
}

enhance();
