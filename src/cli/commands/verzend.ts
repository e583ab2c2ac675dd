// `sla-rapport verzend`: each client's monthly report to its contacts. By default a
// dry run that writes the messages (.eml) and a manifest into the outbox for review;
// --send delivers the reviewed messages over SMTP, recorded in the send log (src/delivery/).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { knownContacts, readContacts } from '../../delivery/contacts.ts';
import { SenderError } from '../../delivery/compose.ts';
import { OutboxBusyError } from '../../delivery/outbox-lock.ts';
import { monthPdfs } from '../../delivery/render.ts';
import { readReviewInfo } from '../../delivery/outbox.ts';
import { SEND_LOG_NAME } from '../../delivery/send-log.ts';
import { deliverMonth, DeliveryStop } from '../../delivery/run.ts';
import { smtpSender, smtpSettings, SmtpSettingsError, type SmtpSettings } from '../../delivery/smtp.ts';
import { visible } from '../../ingest/visible.ts';
import { judgeData } from '../../pipeline/judge-data.ts';
import { reportModelFor } from '../../pipeline/report-model.ts';
import { deliverySummary, formatDateTime } from '../../words/index.ts';
import { EXIT, helpRequested, helpText, parseCommand, UsageError } from '../args.ts';
import { dataGiven, dataOptions, dataOptionsHelp, dataPaths, normsPaths } from '../data-options.ts';
import { claimPdfFolder, writeMarker } from '../output-marker.ts';
import { clientsWithStoringen } from '../../pdf/write.ts';
import { printSetAside } from '../report-lines.ts';

const OUTBOX = 'uitvoer/verzending';
const SEND_LOG = `${OUTBOX}/${SEND_LOG_NAME}`;

const spec = {
  name: 'verzend',
  summary: 'Stuurt elke klant zijn maandrapportage (PDF) per e-mail; standaard een proefrun in de outbox.',
  usage: 'verzend --month JJJJ-MM [--contacts FILE] [--outbox DIR] [--verzendlog FILE] [--send] [--opnieuw] [--klant ID ...] [--pauze MS] [--tickets FILE] [--sla FILE] [--as-of ISO]',
  options: {
    ...dataOptions,
    'as-of': { type: 'string' },
    month: { type: 'string' },
    contacts: { type: 'string' },
    outbox: { type: 'string' },
    verzendlog: { type: 'string' },
    send: { type: 'boolean' },
    opnieuw: { type: 'boolean' },
    klant: { type: 'string', multiple: true },
    pauze: { type: 'string' },
  },
  help: {
    ...dataOptionsHelp,
    'as-of': 'peildatum (standaard: bij --send die van de proefrun, anders het laatste tijdstip in de data)',
    month: 'de maand van de rapportage, JJJJ-MM (verplicht)',
    contacts: 'contactenbestand (zonder data-opties: data/contacts.csv; met data-opties verplicht)',
    outbox: 'map voor de berichten en het manifest (standaard uitvoer/verzending); berichten in <map>/JJJJ-MM/',
    verzendlog: `het verzendlog: wat is verzonden, per klant en maand (standaard ${SEND_LOG}, ook bij een andere --outbox)`,
    send: 'verstuur de berichten van de proefrun via SMTP (instellingen uit SLA_RAPPORT_SMTP_HOST, _PORT, _USER, _PASSWORD, _CA); zonder deze optie wordt niets verstuurd',
    opnieuw: 'verstuur ook een rapport dat sinds de verzending is gewijzigd; met --klant ook een ongewijzigd of mogelijk al aangekomen rapport van die klant',
    klant: 'alleen deze klant (debiteurnummer); mag vaker worden gegeven',
    pauze: 'milliseconden wachten tussen twee berichten (standaard 1000)',
  },
} as const;


function requireMonth(month: unknown): string {
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month moet JJJJ-MM zijn${month ? `, niet "${visible(String(month))}"` : ''}\n\n${helpText(spec)}`);
  return month;
}

function requirePause(value: unknown): number {
  if (value === undefined) return 1000;
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value)) throw new UsageError(`--pauze moet een aantal milliseconden zijn (0-999999), niet "${visible(String(value))}"`);
  return Number(value);
}

/** The outbox and the send log may not lie inside dist/: the build owns that folder and replaces it whole. */
function outsideDist(option: string, value: unknown, fallback: string): string {
  const path = typeof value === 'string' ? value : fallback;
  const dist = resolve('dist');
  const full = resolve(path);
  if (full === dist || full.startsWith(dist + sep)) throw new UsageError(`--${option} ${visible(path)} ligt in dist/, dat de build telkens vervangt; kies een plek erbuiten (standaard ${fallback})`);
  return path;
}

/** --klant, as often as given; every one must have a report this month. */
function requireClients(value: unknown, withReport: readonly string[], month: string): string[] | null {
  if (value === undefined) return null;
  const ids = (Array.isArray(value) ? value : [value]).map(String);
  const unknown = ids.filter((id) => !withReport.includes(id));
  if (unknown.length) throw new UsageError(`--klant ${unknown.map((id) => `"${visible(id)}"`).join(', ')}: geen rapport over ${month} (geen storingen die maand of onbekend debiteurnummer)`);
  return [...new Set(ids)];
}

async function run(argv: string[]): Promise<number> {
  const { values } = parseCommand(spec, argv);
  if (helpRequested(spec, values)) return EXIT.ok;
  const month = requireMonth(values.month);
  const pauseMs = requirePause(values.pauze);
  const outbox = outsideDist('outbox', values.outbox, OUTBOX);
  const sendLog = outsideDist('verzendlog', values.verzendlog, SEND_LOG);
  const contactsFile = typeof values.contacts === 'string' ? values.contacts : dataGiven(values) ? null : 'data/contacts.csv';
  if (contactsFile === null) throw new UsageError('geef --contacts: met eigen data wordt het voorbeeldbestand data/contacts.csv niet gebruikt');
  // --send: the SMTP settings are checked before any data is read.
  let settings: SmtpSettings | null = null;
  if (values.send === true) {
    try {
      settings = smtpSettings(process.env);
    } catch (e) {
      if (e instanceof SmtpSettingsError) throw new UsageError(e.message);
      throw e;
    }
  }
  // The run replaces the month's .eml files and manifest: only in a folder the product made (or a new or empty one, which it marks).
  claimPdfFolder(outbox);
  // The send log is only ever appended to: its folder need not be the product's. One this run makes is marked as
  // the product's, so that it can also serve as an outbox (the default log lies in the default outbox).
  if (!existsSync(dirname(sendLog))) {
    mkdirSync(dirname(sendLog), { recursive: true });
    writeMarker(dirname(sendLog));
  }
  // Unless --as-of is given, --send judges the data as of the dry run's peildatum, so the messages come out as
  // reviewed; a dry run, as `pdf`, as of the data's last moment.
  const given = values['as-of'] as string | undefined;
  const reviewedAsOf = values.send === true && given === undefined ? readReviewInfo(join(outbox, month))?.asOf : undefined;
  const data = await judgeData(dataPaths(values), given ?? reviewedAsOf);
  if (reviewedAsOf) process.stderr.write(`Peildatum van de proefrun: ${formatDateTime(reviewedAsOf)}\n`);
  const { model } = await reportModelFor(data, dataPaths(values), normsPaths(values));
  if (!model.months.some((m) => m.month === month)) throw new UsageError(`${month} valt buiten de data (${model.months[0]?.month ?? '–'} t/m ${model.months.at(-1)?.month ?? '–'})`);
  const read = await readContacts(contactsFile);
  const only = requireClients(values.klant, clientsWithStoringen(model, month), month);
  const { contacts, setAside, setAsideByClient } = knownContacts(read, new Map(model.clients.map((c) => [c.id, c.products])));
  process.stderr.write(`Contacten gelezen uit ${read.file}: ${read.rows}, bruikbaar: ${contacts.length}, apart gezet: ${setAside.length}\n`);
  printSetAside(setAside);
  process.stderr.write(`Verzendlog: ${resolve(sendLog)}\n`);
  if (!existsSync(sendLog)) process.stderr.write(`Let op: dit verzendlog bestaat nog niet: volgens deze run is nog geen enkel rapport verzonden (geef met --verzendlog het log van eerdere verzendingen, als die er zijn).\n`);
  const sender = settings ? smtpSender(settings) : null;
  // Ctrl-C or a stop signal: the message being sent finishes, no next one starts, the manifest says what went; a
  // second one stops at once (a message then being handed over counts as possibly arrived).
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('Onderbroken: het bericht dat nu gaat wordt afgemaakt, daarna stopt de verzending (nog eens om meteen te stoppen).\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const result = await deliverMonth({
      model,
      month,
      contacts,
      setAsideContacts: setAsideByClient,
      leveranciers: data.leveranciers,
      outbox,
      sendLog,
      only,
      asOf: new Date(data.asOf).toISOString(),
      renderPdfs: monthPdfs(model, month),
      sender,
      again: values.opnieuw === true,
      pauseMs,
      now: () => new Date(),
      signal: stop.signal,
      onSent: (row) => {
        if (row.status !== 'verzonden') process.stderr.write(`  ${row.status}: ${row.client}: ${row.note}\n`);
      },
    });
    for (const line of deliverySummary(month, result.rows, sender === null)) process.stderr.write(`${line}\n`);
    const withReport = new Set(clientsWithStoringen(model, month));
    const idle = contacts.filter((c) => !withReport.has(c.clientId)).length;
    if (idle) process.stderr.write(`  contacten zonder rapport deze maand (geen storingen): ${idle}\n`);
    for (const n of result.tornLogLines) process.stderr.write(`Let op: ${resolve(result.sendLog)}:${n} is een afgebroken regel (een run stopte tijdens het schrijven); die regel telt niet mee: een bericht waarvan alleen de regel 'bezig' in het log staat, geldt als onzeker en gaat niet vanzelf opnieuw.\n`);
    process.stderr.write(`Outbox: ${resolve(result.monthDir)}; manifest: ${resolve(result.manifest)}; verzendlog: ${resolve(result.sendLog)}\n`);
    // Exit 1 when a client did not get (or may not have got) its report for a reason a person must look at.
    const attention = result.rows.some((r) => ATTENTION.has(r.status)) || (sender !== null && setAsideByClient.size > 0 && result.rows.some((r) => setAsideByClient.has(r.client)));
    return attention ? EXIT.findings : EXIT.ok;
  } catch (e) {
    if (e instanceof SenderError || e instanceof OutboxBusyError || e instanceof DeliveryStop) {
      process.stderr.write(`Fout: ${e.message}\n`);
      return EXIT.findings;
    }
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    sender?.close();
  }
}

const ATTENTION: ReadonlySet<string> = new Set(['mislukt', 'geweigerd', 'onzeker', 'gewijzigd sinds proefrun']);

export const verzendCommand = { name: spec.name, summary: spec.summary, run };
