// A ticket's clock in words, moment by moment (a dossier shows the whole timeline
// of each breach), in the same sentences as the PDF dossier (words/moments.ts).
import type { TicketRow } from '../report/model.ts';
import { html, type Html } from './html.ts';
import { clockMoments, formatDateTime } from '../words/index.ts';

export function clockMomentsHtml(t: TicketRow): Html {
  return html`<ol class="moments">${clockMoments(t).map((m) => html`<li><time datetime="${m.at}">${formatDateTime(m.at)}</time> ${m.text}</li>`)}</ol>`;
}
