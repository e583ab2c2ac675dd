import { Session } from 'node:inspector/promises';
import { judgeData } from './src/pipeline/judge-data.ts';
import { reportModelFor } from './src/pipeline/report-model.ts';
const d = 'data/scale';
const paths = { sla: 'content/sla', tickets: `${d}/tickets.csv`, events: `${d}/events.csv`, releases: `${d}/releases.csv` };
const data = await judgeData(paths as any);
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 200 }); await s.post('Profiler.start');
await reportModelFor(data, paths as any, { complaints: null, backups: null });
const { profile } = await s.post('Profiler.stop');
const p: any = profile; const byId = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
const selfT = new Map<number, number>(); for (let i = 0; i < p.samples.length; i++) selfT.set(p.samples[i], (selfT.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const total = new Map<string, number>();
function walk(id: number, stack: Set<string>): number { const n = byId.get(id); let t = selfT.get(id) ?? 0; const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').slice(-1)[0] + ':' + n.callFrame.lineNumber; const fresh = !stack.has(k); if (fresh) stack.add(k); for (const c of n.children ?? []) t += walk(c, stack); if (fresh) { stack.delete(k); total.set(k, (total.get(k) ?? 0) + t); } return t; }
walk(p.nodes[0].id, new Set());
[...total].filter(([k]) => /report|build-model|norms|cells|month|ticket-row|dossier|garbage/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.error((v / 1000).toFixed(0) + 'ms', k));
