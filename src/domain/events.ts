// Live events: what the stream carries. One event has one id in its conference's log and up to
// three forms: what the public sees, what staff see, and what one journalist sees.

export type EventType =
  | 'conference.state'
  /** A live or scheduled conference's title, venue or start changed: open pages show it without reloading. */
  | 'conference.details'
  | 'turn.opened'
  | 'turn.text'
  | 'turn.finalized'
  | 'turn.corrected'
  | 'floor.given'
  | 'queue.changed';

export interface LiveEvent {
  conferenceId: string;
  /** 1, 2, 3 … without gaps within a conference. */
  id: number;
  type: EventType;
  createdAt: string;
  /** The public form; null when the public must not see this event at all. */
  public: unknown;
  /** The staff form; null when staff see the public form. */
  staff: unknown;
  /** Forms for single journalists (their queue position), by user id. */
  users: Record<string, unknown> | null;
}

export type Audience = { kind: 'public' } | { kind: 'staff' } | { kind: 'journalist'; userId: string };

/** The form of an event this audience may see, or undefined when it may see none. */
export function eventView(event: LiveEvent, audience: Audience): unknown {
  switch (audience.kind) {
    case 'staff':
      return event.staff ?? event.public ?? undefined;
    case 'journalist':
      return event.users?.[audience.userId] ?? event.public ?? undefined;
    case 'public':
      return event.public ?? undefined;
  }
}

export type NewEvent = Omit<LiveEvent, 'conferenceId' | 'id' | 'createdAt'>;
