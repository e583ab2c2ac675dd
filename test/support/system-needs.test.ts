// The test command sees to the machine's needs: installs what is missing when it may (root with
// apt-get), or stops at once with the exact command. A fake machine stands in for apt-get here.
import { describe, expect, it } from 'vitest';
import { missingPackages, seeToSystemNeeds, type Machine } from './system-needs.ts';

function fakeMachine(present: string[], opts: { isRoot: boolean; hasAptGet?: boolean; installWorks?: boolean }) {
  const files = new Set(present);
  const calls: string[] = [];
  const said: string[] = [];
  const machine: Machine = {
    say: (text) => void said.push(text),
    exists: (file) => files.has(file),
    isRoot: opts.isRoot,
    hasAptGet: opts.hasAptGet ?? true,
    run: (command, args) => {
      calls.push([command, ...args].join(' '));
      if (args[0] === 'install' && opts.installWorks !== false) {
        if (args.includes('chromium')) files.add('/usr/bin/chromium');
        if (args.includes('poppler-utils')) files.add('pdftotext').add('pdftoppm');
      }
      return 0;
    },
  };
  return { machine, calls, said };
}

describe('system needs of the test suite', () => {
  it('nothing to do when Chromium, pdftotext and pdftoppm are there', () => {
    const { machine, calls } = fakeMachine(['/usr/bin/chromium', 'pdftotext', 'pdftoppm'], { isRoot: false });
    expect(() => seeToSystemNeeds(machine)).not.toThrow();
    expect(calls).toEqual([]);
  });

  it('names each missing Debian package once (pdftotext and pdftoppm are both poppler-utils)', () => {
    const { machine } = fakeMachine([], { isRoot: false });
    expect(missingPackages(machine)).toEqual(['chromium', 'poppler-utils']);
  });

  it('as root with apt-get: installs only what is missing, non-interactively, then goes on', () => {
    const { machine, calls, said } = fakeMachine(['/usr/bin/chromium'], { isRoot: true });
    expect(() => seeToSystemNeeds(machine)).not.toThrow();
    expect(calls).toEqual(['apt-get update -qq', 'apt-get install -y -qq poppler-utils']);
    expect(said).toEqual(['Installing what the tests need: poppler-utils (apt-get update && apt-get install -y poppler-utils)']);
  });

  it('not root: stops at once with the exact command, installing nothing', () => {
    const { machine, calls } = fakeMachine(['pdftotext', 'pdftoppm'], { isRoot: false });
    expect(() => seeToSystemNeeds(machine)).toThrow("sudo sh -c 'apt-get update && apt-get install -y chromium'");
    expect(calls).toEqual([]);
  });

  it('an install that leaves the tool missing stops the suite instead of letting tests fail one by one', () => {
    const { machine } = fakeMachine([], { isRoot: true, installWorks: false });
    expect(() => seeToSystemNeeds(machine)).toThrow('After installing, still missing: chromium poppler-utils.');
  });
});
