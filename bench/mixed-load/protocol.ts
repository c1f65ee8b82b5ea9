// What the presser child tells the orchestrator once it is set up: where it listens and who may act.
export interface Cast {
  port: number;
  /** Sent as Origin on every state-changing request, as a browser on the site would. */
  origin: string;
  slug: string;
  /** Viewers join at this position, as a reconnecting browser does, so none replays the setup. */
  lastEventId: number;
  moderator: string;
  /** Each writer's session cookie and the turn it appends to. */
  writers: { cookie: string; seq: number }[];
  /** Session cookies of the accredited journalists. */
  journalists: string[];
}

export interface ServerProbe {
  cpuMicros: number;
  connections: number;
  rss: number;
}

export const ACTIONS = ['raise', 'lower', 'floor', 'append'] as const;
export type Action = (typeof ACTIONS)[number];
