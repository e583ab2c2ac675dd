// The sla-rapport command line: dispatches to a command and turns errors into
// exit codes (0 ok, 1 findings or invalid data, 2 usage error).
import { ContractError } from '../contract/parse.ts';
import { DataError } from '../ingest/data-error.ts';
import { OutputNameError } from '../report/output-names.ts';
import { AsOfError } from '../pipeline/judge-data.ts';
import { EXIT, UsageError } from './args.ts';
import { buildCommand } from './commands/build.ts';
import { calendarCommand } from './commands/calendar.ts';
import { checkCommand } from './commands/check.ts';
import { dossierCommand } from './commands/dossier.ts';
import { evaluateCommand } from './commands/evaluate.ts';
import { fetchCommand } from './commands/fetch.ts';
import { pdfCommand } from './commands/pdf.ts';
import { verzendCommand } from './commands/verzend.ts';
import { OutputError } from './staged-out.ts';

export interface Command {
  name: string;
  summary: string;
  run(argv: string[]): Promise<number>;
}

const commands: Command[] = [evaluateCommand, calendarCommand, buildCommand, checkCommand, pdfCommand, dossierCommand, fetchCommand, verzendCommand];

function overview(): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return `sla-rapport: SLA-rapportage voor Intramed (Online)\n\nGebruik: sla-rapport <opdracht> [opties]\n\nOpdrachten:\n${lines.join('\n')}\n\nMeer over een opdracht: sla-rapport <opdracht> --help`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${overview()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Onbekende opdracht "${name}".\n\n${overview()}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError || e instanceof AsOfError) {
      process.stderr.write(`Fout: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof ContractError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT.findings;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR') {
      process.stderr.write(`Fout: kan ${err.path ?? 'een bestand'} niet lezen (${err.code}).\n`);
      return EXIT.findings;
    }
    if (err instanceof DataError || err instanceof OutputError || err instanceof OutputNameError) {
      process.stderr.write(`Fout: ${err.message}\n`);
      return EXIT.findings;
    }
    throw e;
  }
}
