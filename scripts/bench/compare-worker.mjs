// Worker entry: workers do not inherit the tsx loader, so register it, then run the TS worker.
import { register } from 'tsx/esm/api';

register();
await import('./compare-worker.ts');
