import { judgeData } from './src/pipeline/judge-data.ts';
import { reportModelFor } from './src/pipeline/report-model.ts';
const scale = process.argv[2] === 'scale';
const d = scale ? 'data/scale' : 'data';
const paths = { sla: 'content/sla', tickets: `${d}/tickets.csv`, events: `${d}/events.csv`, releases: `${d}/releases.csv` };
const norms = scale ? { complaints: null, backups: null } : { complaints: 'data/complaints.csv', backups: 'data/backups.csv' };
const data = await judgeData(paths as any);
const c0 = process.cpuUsage(); const t1 = performance.now();
const { model } = await reportModelFor(data, paths as any, norms);
const c1 = process.cpuUsage(c0); const t2 = performance.now();
console.error('model', ((t2-t1)/1000).toFixed(2), 's, cpu', ((c1.user+c1.system)/1e6).toFixed(2), 'heap MB', (process.memoryUsage().heapUsed/1e6).toFixed(0), 'rss', (process.memoryUsage().rss/1e6).toFixed(0));
if (process.argv[3]) (await import('node:fs')).writeFileSync(process.argv[3], JSON.stringify(model, null, 1));
let segs = 0, moms = 0; for (const t of model.tickets) { segs += t.segments.length; moms += t.moments.length; }
console.error('segments', segs, 'moments', moms, 'tickets', model.tickets.length);
