// Worker thread bootstrap: worker threads do not inherit the tsx loader. The
// CommonJS one is registered here (it works in this thread, where the ES module
// loader would start a thread of its own first), then the TypeScript worker loads.
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
createRequire(import.meta.url)('./thread.ts');
