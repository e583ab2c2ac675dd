// The site's Dutch routes, in one place. Ids come from the data, so a path
// segment, a PDF's file name or an anchor is the id's output name
// (src/report/output-names.ts): the id itself when it is plain, else an encoding
// no other id can take. The PDF writers use the same names.
import type { DossierRef } from '../report/model.ts';
import { dossierName, monthName, outputName } from '../report/output-names.ts';

export const clientSlug = (clientId: string): string => outputName(clientId);

/** Complaint ids come from complaints.csv: the same rule as client ids. */
export const complaintSlug = clientSlug;

export const paths = {
  overview: '/',
  months: '/maanden/',
  month: (month: string) => `/maanden/${monthName(month)}/`,
  monthTickets: (month: string) => `/maanden/${monthName(month)}/storingen/`,
  clients: '/klanten/',
  client: (clientId: string) => `/klanten/${clientSlug(clientId)}/`,
  ticket: (clientId: string, ticketId: string) => `/klanten/${clientSlug(clientId)}/#${ticketAnchor(ticketId)}`,
  sla: '/sla/',
  dataQuality: '/datakwaliteit/',
  glossary: '/begrippen/',
  complaints: '/klachten/',
  complaint: (complaintId: string) => `/klachten/${complaintSlug(complaintId)}/`,
  norms: '/normen/',
  /** Where the build writes a complaint's dossier (src/pdf/dossier/write-dossiers.ts: rapporten/dossiers/<klacht>.pdf). */
  dossierPdf: (complaintId: string) => `/rapporten/dossiers/${outputName(complaintId)}.pdf`,
  /** A dossier's page, with or without a complaint (a complaint's is `complaint(id)`). */
  dossier: (ref: DossierRef) => `/klachten/${dossierName(ref)}/`,
  /** Where the build writes a dossier (src/pdf/dossier/write-dossiers.ts: rapporten/dossiers/<dossier name>.pdf). */
  dossierPdfOf: (ref: DossierRef) => `/rapporten/dossiers/${dossierName(ref)}.pdf`,
  /** Where the PDF step writes a client's monthly report (src/pdf/write.ts: rapporten/<maand>/<klant>.pdf). */
  clientPdf: (month: string, clientId: string) => `/rapporten/${monthName(month)}/${outputName(clientId)}.pdf`,
  managementPdf: (month: string) => `/rapporten/${monthName(month)}/management.pdf`,
};

export function ticketAnchor(ticketId: string): string {
  return `t-${outputName(ticketId)}`;
}
