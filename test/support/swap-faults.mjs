// Test-only preload (NODE_OPTIONS=--import): faults at the moments a build replaces its output.
// SLA_TEST_KILL_SWAP=1    SIGKILL the process just before the staging folder is renamed into
//                         place, i.e. after the previous output was renamed aside (between the two renames).
// SLA_TEST_BUSY=PATH      renaming PATH fails with EBUSY, as it does for a mount point.
// SLA_TEST_READ_ONLY=1    making a staging folder (<out>.tmp-<pid>) fails with EROFS, as on a read-only file system.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const { renameSync, mkdirSync } = fs;
const staging = /\.tmp-\d+$/;

fs.renameSync = function (from, to) {
  if (process.env.SLA_TEST_KILL_SWAP && staging.test(String(from))) process.kill(process.pid, 'SIGKILL');
  if (process.env.SLA_TEST_BUSY && String(from) === process.env.SLA_TEST_BUSY) {
    throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}' -> '${to}'`), { code: 'EBUSY', syscall: 'rename', path: String(from), dest: String(to) });
  }
  return renameSync.call(this, from, to);
};
fs.mkdirSync = function (path, ...rest) {
  if (process.env.SLA_TEST_READ_ONLY && staging.test(String(path))) {
    throw Object.assign(new Error(`EROFS: read-only file system, mkdir '${path}'`), { code: 'EROFS', syscall: 'mkdir', path: String(path) });
  }
  return mkdirSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
