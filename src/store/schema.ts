// Table shapes as Kysely sees them. JSON columns hold text in every dialect; timestamps are ISO strings.
import type { Generated } from 'kysely';

export interface ConferencesTable {
  id: string;
  slug: string;
  title: string;
  date: string | null;
  time: string | null;
  time_zone: string | null;
  venue: string | null;
  occasion: string | null;
  host: string | null;
  host_country: string | null;
  topic: string | null;
  languages: string;
  principals: string;
  status: string;
  content_hash: string | null;
  source: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface OutletsTable {
  id: string;
  name: string;
  name_key: string;
  aliases: string;
  country: string | null;
  origin: string;
  created_at: string;
}

export interface TurnsTable {
  conference_id: string;
  seq: number;
  kind: string;
  speaker: string | null;
  speaker_name: string | null;
  outlet: string | null;
  outlet_id: string | null;
  outlet_name: string | null;
  outlet_origin: string | null;
  reply_to: number | null;
  label: string | null;
  text: string;
  starts_at: number | null;
  ends_at: number | null;
  updated_at: string;
}

export interface MigrationsMarker {
  id: Generated<number>;
}

export interface Database {
  conferences: ConferencesTable;
  outlets: OutletsTable;
  turns: TurnsTable;
}
