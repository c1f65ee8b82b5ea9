import type { FloorAction, FloorLogEntry } from '../../domain/floor.ts';
import type { FloorLogRepository, NewFloorLogEntry } from '../store.ts';
import type { Db } from './db.ts';

export class FloorLogRepo implements FloorLogRepository {
  constructor(private readonly db: Db) {}

  async append(conferenceId: string, entry: NewFloorLogEntry, at: string): Promise<void> {
    const last = await this.db
      .selectFrom('floor_log')
      .select((eb) => eb.fn.max('n').as('n'))
      .where('conference_id', '=', conferenceId)
      .executeTakeFirst();
    await this.db
      .insertInto('floor_log')
      .values({
        conference_id: conferenceId,
        n: Number(last?.n ?? 0) + 1,
        at,
        action: entry.action,
        actor_id: entry.actorId,
        hand_id: entry.handId,
        policy_hand_id: entry.policyHandId,
        turn_seq: entry.turnSeq,
      })
      .execute();
  }

  async list(conferenceId: string): Promise<FloorLogEntry[]> {
    const rows = await this.db
      .selectFrom('floor_log as l')
      .innerJoin('users as actor', 'actor.id', 'l.actor_id')
      .innerJoin('hands as h', 'h.id', 'l.hand_id')
      .innerJoin('users as j', 'j.id', 'h.user_id')
      .leftJoin('outlets as o', 'o.id', 'h.outlet_id')
      .leftJoin('hands as ph', 'ph.id', 'l.policy_hand_id')
      .leftJoin('users as pj', 'pj.id', 'ph.user_id')
      .select([
        'l.at',
        'l.action',
        'actor.name as actor',
        'l.hand_id',
        'j.name as journalist',
        'o.name as outlet',
        'l.policy_hand_id',
        'pj.name as policy_journalist',
        'l.turn_seq',
      ])
      .where('l.conference_id', '=', conferenceId)
      .orderBy('l.n')
      .execute();
    return rows.map((r) => ({
      at: r.at,
      action: r.action as FloorAction,
      actor: r.actor,
      handId: r.hand_id,
      journalist: r.journalist,
      outlet: r.outlet,
      policyHandId: r.policy_hand_id,
      policyJournalist: r.policy_journalist,
      turnSeq: r.turn_seq,
    }));
  }
}
