// Worker thread bootstrap: worker threads do not inherit the tsx loader, so it is
// registered here before the TypeScript worker loads.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
