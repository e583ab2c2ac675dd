// Child of scripts/bench-site.ts: runs `sla-rapport <args>` and prints its own
// peak RSS and CPU time on standard error (one line starting BENCH-RUSAGE).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
const u = process.resourceUsage();
process.stderr.write(`BENCH-RUSAGE ${JSON.stringify({ maxRssKb: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime })}\n`);
process.exit(code);
