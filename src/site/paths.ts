// The site's Dutch routes, in one place. Client ids come from the data, so a
// path segment is the id itself when it is plain, else a stable encoding of it.
const plain = /^[A-Za-z0-9_-]+$/;

export function clientSlug(clientId: string): string {
  return plain.test(clientId) ? clientId : `k-${Buffer.from(clientId, 'utf8').toString('hex')}`;
}

/** Complaint ids come from complaints.csv: the same rule as client ids. */
export const complaintSlug = clientSlug;

export const paths = {
  overview: '/',
  months: '/maanden/',
  month: (month: string) => `/maanden/${month}/`,
  monthTickets: (month: string) => `/maanden/${month}/storingen/`,
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
  dossierPdf: (complaintId: string) => `/rapporten/dossiers/${complaintId.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`,
  /** Where the PDF step writes a client's monthly report (src/pdf/write.ts: rapporten/<maand>/<klant>.pdf). */
  clientPdf: (month: string, clientId: string) => `/rapporten/${month}/${clientId.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`,
  managementPdf: (month: string) => `/rapporten/${month}/management.pdf`,
};

export function ticketAnchor(ticketId: string): string {
  return `t-${plain.test(ticketId) ? ticketId : Buffer.from(ticketId, 'utf8').toString('hex')}`;
}
