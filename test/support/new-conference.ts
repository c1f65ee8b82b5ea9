// A conference as the store's create() takes it, every optional detail empty: tests and benchmarks
// name only what matters to them.
import { DEFAULT_FLOOR_SETTINGS } from '../../src/domain/floor-policy.ts';
import type { NewConference } from '../../src/store/store.ts';

export function newConference(details: Pick<NewConference, 'slug' | 'title'> & Partial<NewConference>): NewConference {
  return {
    date: null,
    time: null,
    timeZone: null,
    startsAt: null,
    venue: null,
    occasion: null,
    host: null,
    hostCountry: null,
    topic: null,
    languages: ['en'],
    principals: [],
    settings: DEFAULT_FLOOR_SETTINGS,
    ...details,
  };
}
