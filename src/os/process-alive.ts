// Whether a process id belongs to a running process: used to tell a lock or a leftover
// folder of a build that is still running from one whose build is gone.

/** True while `pid` runs (also when it is another user's process, which we may not signal). */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
