// The header's search box: finds a client by debiteurnummer or name and a ticket by
// its id in /zoekindex.json (written by the build, src/site/search-index.ts),
// fetched once, the first time someone types. Without JavaScript the form opens
// the client list filtered on the words typed.
type Entry = [id: string, name: string, path: string, tickets: (string | [string, string])[]];
interface Hit { text: string; href: string; rank: number }

const MAX_HITS = 10;
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function find(clients: Entry[], query: string): Hit[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const hits: Hit[] = [];
  for (const [id, name, path, tickets] of clients) {
    const fid = fold(id);
    const fname = fold(name);
    // Exact debiteurnummer first, then a debiteurnummer or name that starts with it, then a name containing it.
    const rank = fid === q ? 0 : fid.startsWith(q) ? 2 : fname.startsWith(q) ? 3 : fname.includes(q) ? 4 : -1;
    if (rank >= 0) hits.push({ text: `${name} (${id})`, href: path, rank });
    for (const t of tickets) {
      const [tid, anchor] = typeof t === 'string' ? [t, `t-${t}`] : t;
      const ft = fold(tid);
      if (ft === q || (q.length >= 3 && ft.startsWith(q))) hits.push({ text: `Ticket ${tid} · ${name}`, href: `${path}#${anchor}`, rank: ft === q ? 1 : 5 });
    }
  }
  return hits.sort((a, b) => a.rank - b.rank || a.text.localeCompare(b.text, 'nl')).slice(0, MAX_HITS);
}

function setUp(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const list = form.querySelector('ul')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  let index: Promise<Entry[]> | null = null;
  let hits: Hit[] = [];
  const load = () => (index ??= fetch(form.dataset.index!).then((r) => r.json()).then((j: { clients: Entry[] }) => j.clients));
  const show = async () => {
    const query = input.value;
    const found = find(await load(), query);
    if (input.value !== query) return;
    hits = found;
    list.replaceChildren(...found.map((h) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = h.href;
      a.textContent = h.text;
      li.append(a);
      return li;
    }));
    status.textContent = query.trim() === '' ? '' : found.length === 0 ? 'Niets gevonden' : `${found.length === MAX_HITS ? 'De eerste ' : ''}${found.length} gevonden`;
  };
  input.addEventListener('input', () => void show().catch(() => (status.textContent = 'De zoekindex kon niet worden geladen')));
  form.addEventListener('submit', (e) => {
    if (hits.length === 0) return;
    e.preventDefault();
    location.assign(hits[0].href);
  });
}

document.querySelectorAll<HTMLFormElement>('form.site-search').forEach(setUp);
