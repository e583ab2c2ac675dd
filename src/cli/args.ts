// Argument parsing shared by the commands: node's parseArgs, a --help on every
// command, and usage errors (exit code 2) that say what was wrong.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface CommandSpec<O extends NonNullable<ParseArgsConfig['options']>> {
  name: string;
  summary: string;
  usage: string;
  options: O;
  /** One line per option, shown by --help. */
  help: Record<keyof O & string, string>;
}

export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(spec: CommandSpec<O>, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as unknown as Record<keyof O | "help", string | boolean | undefined>, positionals };
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n\n${helpText(spec)}`);
  }
}

export function helpText(spec: CommandSpec<NonNullable<ParseArgsConfig['options']>>): string {
  const lines = Object.entries(spec.help).map(([k, text]) => `  --${k.padEnd(12)} ${text}`);
  return `${spec.summary}\n\nGebruik: sla-rapport ${spec.usage}\n\nOpties:\n${lines.join('\n')}\n  --help         deze hulp`;
}

export function requireFormat(value: unknown, allowed: string[]): string {
  const format = value === undefined ? allowed[0] : String(value);
  if (!allowed.includes(format)) throw new UsageError(`--format moet ${allowed.join(' of ')} zijn, niet "${format}"`);
  return format;
}

/** Prints the command's help when --help was given; the command then exits 0. */
export function helpRequested(spec: CommandSpec<NonNullable<ParseArgsConfig['options']>>, values: { help?: unknown }): boolean {
  if (values.help) process.stdout.write(`${helpText(spec)}\n`);
  return Boolean(values.help);
}
