// Test-only preload (NODE_OPTIONS=--import): writeFileSync fails with ENOSPC for a path ending
// in $SLA_TEST_FAIL_WRITE, as on a full disk, so a test can break a build half-way.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const suffix = process.env.SLA_TEST_FAIL_WRITE;
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (path, ...rest) {
  if (suffix && String(path).endsWith(suffix)) {
    throw Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), { code: 'ENOSPC', path: String(path) });
  }
  return writeFileSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
