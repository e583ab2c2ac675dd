// A ticket as the engine judges it: canonical fields with instants as epoch
// milliseconds, and its events in time order. Produced by ingest, never by the engine.
import type { Niveau, ProductId, TicketType } from '../contract/schema.ts';

export const channels = ['phone', 'email', 'portal', 'monitoring'] as const;
export type Channel = (typeof channels)[number];

export const eventKinds = [
  'waiting_start',
  'waiting_end',
  'status_update',
  'workaround',
  'priority_change',
  'resolved',
  'reopened',
  'acknowledged',
  'resolution_notified',
  // Wijzigingsverzoeken (art. 6): the decision (value accepted | refused) and telling the client.
  'change_decision',
  'client_informed',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** The value of a change_decision event (art. 6). */
export const CHANGE_DECISIONS = ['accepted', 'refused'] as const;

export interface TicketEvent {
  at: number;
  kind: EventKind;
  /** New niveau for priority_change; otherwise empty. */
  value: string;
}

export interface Ticket {
  id: string;
  clientId: string;
  clientName: string;
  product: ProductId;
  type: TicketType;
  /** The final niveau, as the Leverancier set it (4.7). */
  niveau: Niveau;
  /** The niveau the client gave, when known (4.7 b). */
  reportedNiveau: Niveau | null;
  channel: Channel;
  registeredAt: number;
  /** Final resolution; null while open. */
  resolvedAt: number | null;
  version: string;
  /** Sorted by `at` (stable for equal instants). */
  events: TicketEvent[];
}
