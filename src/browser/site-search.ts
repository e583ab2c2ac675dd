// The header's search box: finds a client by debiteurnummer or name and a ticket by
// its id in /zoekindex.json (written by the build, src/site/search-index.ts),
// fetched once, the first time someone types. Without JavaScript the form opens
// the client list filtered on the words typed.
type Entry = [id: string, name: string, path: string, tickets: (string | [string, string])[]];
interface Hit { text: string; href: string; rank: number }
/** An entry with its texts folded once (lower case, accents off), ready for every key typed. */
interface Folded { id: string; name: string; path: string; fid: string; fname: string; tickets: [folded: string, id: string, anchor: string][] }

const MAX_HITS = 10;
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function folded([id, name, path, tickets]: Entry): Folded {
  const ts = tickets.map((t): [string, string, string] => (typeof t === 'string' ? [fold(t), t, `t-${t}`] : [fold(t[0]), t[0], t[1]]));
  return { id, name, path, fid: fold(id), fname: fold(name), tickets: ts };
}

function find(clients: Folded[], query: string): Hit[] {
  const q = fold(query.trim());
  if (q === '') return [];
  // One list per rank, each kept to MAX_HITS: "T2025" matches every ticket, and the box answers each key.
  const ranks: Hit[][] = [[], [], [], [], [], []];
  const add = (rank: number, text: string, href: string) => ranks[rank].length < MAX_HITS && ranks[rank].push({ text, href, rank });
  for (const { id, name, path, fid, fname, tickets } of clients) {
    // Exact debiteurnummer first, then a debiteurnummer or name that starts with it, then a name containing it.
    const rank = fid === q ? 0 : fid.startsWith(q) ? 2 : fname.startsWith(q) ? 3 : fname.includes(q) ? 4 : -1;
    if (rank >= 0) add(rank, `${name} (${id})`, path);
    if (q.length < 3) continue;
    for (const [ft, tid, anchor] of tickets) if (ft.startsWith(q)) add(ft === q ? 1 : 5, `Ticket ${tid} · ${name}`, `${path}#${anchor}`);
  }
  return ranks.flatMap((hits) => hits.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))).slice(0, MAX_HITS);
}

function setUp(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const list = form.querySelector('ul')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  let index: Promise<Folded[]> | null = null;
  let hits: Hit[] = [];
  const load = () => (index ??= fetch(form.dataset.index!).then((r) => r.json()).then((j: { clients: Entry[] }) => j.clients.map(folded)));
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
