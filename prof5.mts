import { Session } from 'node:inspector/promises';
import { judgeData } from './src/pipeline/judge-data.ts';
import { reportModelFor } from './src/pipeline/report-model.ts';
const d = 'data/scale';
const paths = { sla: 'content/sla', tickets: `${d}/tickets.csv`, events: `${d}/events.csv`, releases: `${d}/releases.csv` };
const data = await judgeData(paths as any);
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 250 }); await s.post('Profiler.start');
const c0 = process.cpuUsage();
await reportModelFor(data, paths as any, { complaints: null, backups: null });
const c = process.cpuUsage(c0); console.error('cpu', ((c.user + c.system) / 1e6).toFixed(2));
const { profile } = await s.post('Profiler.stop');
const p: any = profile; const byId = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
const self = new Map<string, number>(); for (let i = 0; i < p.samples.length; i++) { const n = byId.get(p.samples[i]); const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').slice(-1)[0] + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) ?? 0) + (p.timeDeltas[i] ?? 0)); }
[...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.error((v / 1000).toFixed(0) + 'ms', k));
