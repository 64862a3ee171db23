import { randomBytes } from 'node:crypto';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { PoiInfo } from '../game/define.js';
import type { RoomDefinition, RoomLeaveReason } from '../game/room.js';
import { fastDistanceM } from '../geo/distance.js';
import type { Logger } from '../ops/logger.js';
import type { TimerHandle, TimerRegistry } from '../ops/timers.js';
import { type ErrorCode, ErrorCodes } from '../protocol/errors.js';
import type { HybridLogicalClock } from '../session/hlc.js';
import type {
  RoomJoinRequest,
  RoomLeaveRequest,
  RoomMessageRequest,
  SessionHooks,
} from '../session/manager.js';
import type { Session } from '../session/session.js';
import type { RoomResultInit } from './codec.js';
import type { Places, PlayerLocator, RewardSink } from './ports.js';
import { Member, Room, type RoomEnv } from './room.js';

/** A room type as the host holds it (the game's definitions, whatever their option types). */
export type AnyRoomDefinition = RoomDefinition<unknown>;

export interface RoomHostOptions {
  /** Room types by name. */
  rooms: Readonly<Record<string, AnyRoomDefinition>>;
  timers: TimerRegistry;
  log: Logger;
  /** The node's clock (the session manager's), stamped on room updates. */
  hlc: HybridLogicalClock;
  rewards: RewardSink;
  /** Server-side positions, items and levels; needed by located rooms. */
  locator?: PlayerLocator;
  /** POIs; needed by located rooms. */
  places?: Places;
  /** Default join radius of located rooms, metres (the game's interaction radius). */
  interactionRadiusM?: number;
  /** Seeds each room's generator together with the room id. */
  seed?: number;
  registry?: Registry;
  clock?: () => number;
}

/** Where a ticket goes: a given room, or a matchmaking group (a raid at a gym, or a room type). */
interface Target {
  key: string;
  type: string;
  def: AnyRoomDefinition;
  room?: Room;
  options?: unknown;
  place?: PoiInfo;
}

interface Ticket {
  session: Session;
  requestId: number;
  level: number;
  partyId: string;
}

interface Party {
  key: string;
  size: number;
  target: Target;
  tickets: Ticket[];
  timer: TimerHandle;
}

type Located = Target | { code: ErrorCode; message: string };

const MAX_NAME = 64;
/** Seat-gone notices kept for players who were away when it happened (oldest dropped beyond). */
const MAX_NOTICES = 10_000;

/**
 * The rooms layer: the registry of live rooms, the matchmaker (tickets with level and party,
 * grouped per raid or per room type, at most maxPlayers a room), and the session hooks that route
 * room bodies and follow members through drops, resumes and new sessions.
 */
export class RoomHost implements SessionHooks {
  readonly rooms = new Map<string, Room>();
  private readonly defs: Map<string, AnyRoomDefinition>;
  private readonly groups = new Map<string, Room[]>();
  private readonly members = new Map<string, Member>();
  private readonly parties = new Map<string, Party>();
  private readonly pending = new Map<string, Party>();
  private readonly notices = new Map<string, RoomResultInit>();
  private readonly env: RoomEnv;
  private readonly clock: () => number;
  private nextId = 0;
  private closed = false;
  private readonly joins: Counter<'result'> | undefined;
  private readonly messages: Counter<'result'> | undefined;
  /**
   * The hot counters (a message accepted, a frame written: tens of thousands a second) are plain
   * numbers added to their prom-client counters when the registry is read.
   */
  private readonly hot = { accepted: 0, updates: 0, snapshots: 0 };

  constructor(private readonly opts: RoomHostOptions) {
    this.defs = new Map(Object.entries(opts.rooms));
    this.clock = opts.clock ?? Date.now;
    const log = opts.log;
    const r = opts.registry;
    if (r) {
      const rooms = this.rooms;
      const members = this.members;
      new Gauge({
        name: 'geoplay_rooms',
        help: 'Live rooms by phase',
        labelNames: ['phase'] as const,
        registers: [r],
        collect() {
          this.reset();
          for (const room of rooms.values()) this.inc({ phase: room.phaseName });
        },
      });
      new Gauge({
        name: 'geoplay_room_members',
        help: 'Seats taken in live rooms (connected or within their reconnection window)',
        registers: [r],
        collect() {
          this.set(members.size);
        },
      });
      this.joins = new Counter({
        name: 'geoplay_room_joins_total',
        help: 'Room joins by result (OK or the error code)',
        labelNames: ['result'] as const,
        registers: [r],
      });
      const hot = this.hot;
      this.messages = new Counter({
        name: 'geoplay_room_messages_total',
        help: 'Room messages by result (OK or the error code)',
        labelNames: ['result'] as const,
        registers: [r],
        collect() {
          this.inc({ result: 'OK' }, hot.accepted);
          hot.accepted = 0;
        },
      });
      new Counter({
        name: 'geoplay_room_frames_total',
        help: 'Room frames written to members, by kind (update: shared per tick; snapshot)',
        labelNames: ['kind'] as const,
        registers: [r],
        collect() {
          this.inc({ kind: 'update' }, hot.updates);
          this.inc({ kind: 'snapshot' }, hot.snapshots);
          hot.updates = hot.snapshots = 0;
        },
      });
    }
    const hot = this.hot;
    this.env = {
      timers: opts.timers,
      log,
      hlc: opts.hlc,
      rewards: opts.rewards,
      seed: (opts.seed ?? 1) >>> 0,
      clock: this.clock,
      seatGone: (m, reason) => this.seatGone(m, reason),
      disposed: (room) => this.forget(room),
      wrote: (n, snapshot) => {
        if (snapshot) hot.snapshots += n;
        else hot.updates += n;
      },
    };
  }

  /** Where room rewards go (the game's grants pass through it). */
  get rewards(): RewardSink {
    return this.opts.rewards;
  }

  /** The room a player sits in. */
  roomOf(playerId: string): Room | undefined {
    return this.members.get(playerId)?.room;
  }

  /** Creates a room of a type directly (not through the matchmaker), e.g. for a tournament. */
  create(type: string, options?: unknown): Room {
    const def = this.defs.get(type);
    if (!def) throw new Error(`no room type "${type}"`);
    return this.open({ key: `direct:${type}`, type, def, options });
  }

  /** Disposes every room and drops every pending ticket (server shutdown). */
  close(): void {
    this.closed = true;
    for (const p of this.parties.values()) p.timer.cancel();
    this.parties.clear();
    this.pending.clear();
    for (const room of [...this.rooms.values()]) room.dispose();
  }

  // --- session hooks -----------------------------------------------------------------------------

  onOpen(session: Session): void {
    this.deliverNotice(session);
    const m = this.members.get(session.playerId);
    if (m && m.session !== session) m.room.reconnect(m, session);
  }

  onDetach(session: Session): void {
    // A ticket waiting for its party stays through the resume grace: if the party fills
    // meanwhile, the player is seated and its RoomResult waits in the replay ring with the rest
    // (onResume sends the snapshot). The ticket goes only when the session does (onClose).
    const m = this.members.get(session.playerId);
    if (m && m.session === session) m.room.drop(m);
  }

  onResume(session: Session): void {
    this.deliverNotice(session);
    const m = this.members.get(session.playerId);
    // Also when the seat never saw the drop (the client resumed before the server noticed): the
    // room updates sent meanwhile were not numbered, so they were not replayed.
    if (m && (m.session === undefined || m.session === session)) m.room.reconnect(m, session);
  }

  onClose(session: Session): void {
    this.cancelTicket(session);
    const m = this.members.get(session.playerId);
    if (m && m.session === session) m.room.drop(m);
  }

  onRoomJoin(session: Session, req: RoomJoinRequest, nowMs: number): void {
    const fail = (code: ErrorCode, message: string, roomId = req.roomId, roomType = req.roomType) => {
      this.joins?.inc({ result: code });
      session.send(
        {
          roomResult: { requestId: req.requestId, roomId, roomType, errorCode: code, errorMessage: message },
        },
        true,
      );
    };
    if (this.closed) return fail('ROOM_NOT_FOUND', 'the server is shutting down');
    const pid = session.playerId;
    const mine = this.members.get(pid);
    if (mine) {
      const room = mine.room;
      if (req.roomId === room.id) {
        // A member asking for its own room: a fresh snapshot (after a gap in the room's ticks).
        session.send(
          { roomResult: { requestId: req.requestId, roomId: room.id, roomType: room.type } },
          true,
        );
        room.reconnect(mine, session);
        return;
      }
      return fail(
        'ROOM_ALREADY_IN',
        `already in room ${room.id} (${room.type}); leave it first`,
        room.id,
        room.type,
      );
    }
    if (this.pending.has(pid)) return fail('ROOM_ALREADY_IN', 'a party join is pending; leave it first');
    if (
      req.roomType.length > MAX_NAME ||
      req.roomId.length > MAX_NAME ||
      req.poiId.length > MAX_NAME ||
      req.partyId.length > MAX_NAME
    ) {
      return fail(
        'ROOM_INVALID_PAYLOAD',
        `room_type, room_id, poi_id and party_id are at most ${MAX_NAME} characters`,
      );
    }
    const size = Math.max(1, req.partySize);
    if (size > 1 && !req.partyId) return fail('ROOM_INVALID_PAYLOAD', 'party_size above 1 needs a party_id');
    let target: Target;
    if (req.roomId) {
      const room = this.rooms.get(req.roomId);
      if (!room || room.disposed || (req.roomType && req.roomType !== room.type)) {
        return fail(
          'ROOM_NOT_FOUND',
          `no room ${req.roomId}${req.roomType ? ` of type ${req.roomType}` : ''}`,
        );
      }
      if (room.place) {
        const far = this.outOfReach(session, room.def, room.place);
        if (far) return fail('ROOM_OUT_OF_RANGE', far);
      }
      target = { key: `room:${room.id}`, type: room.type, def: room.def, room };
    } else {
      const def = this.defs.get(req.roomType);
      if (!def) {
        return fail(
          'ROOM_UNKNOWN_TYPE',
          `no room type "${req.roomType}"; this server has ${[...this.defs.keys()].join(', ') || 'none'}`,
        );
      }
      if (def.placement) {
        const located = this.locate(session, req.roomType, def, req.poiId, nowMs);
        if ('code' in located) return fail(located.code, located.message);
        target = located;
      } else target = { key: `type:${req.roomType}`, type: req.roomType, def };
    }
    const max = target.def.settings.maxPlayers;
    if (size > max) return fail('ROOM_FULL', `a party of ${size} cannot fit in rooms of ${max}`);
    const ticket: Ticket = {
      session,
      requestId: req.requestId,
      level: this.opts.locator?.level(pid) ?? 1,
      partyId: size > 1 ? req.partyId : '',
    };
    if (size === 1) {
      this.place([ticket], target);
      return;
    }
    const key = `${target.key}|${req.partyId}`;
    let party = this.parties.get(key);
    if (!party) {
      party = {
        key,
        size,
        target,
        tickets: [],
        timer: this.opts.timers.after('room.party', target.def.settings.partyTimeoutMs, () =>
          this.partyTimeout(key),
        ),
      };
      this.parties.set(key, party);
    } else if (party.size !== size) {
      return fail('ROOM_INVALID_PAYLOAD', `party ${req.partyId} was started with party_size ${party.size}`);
    }
    party.tickets.push(ticket);
    this.pending.set(pid, party);
    if (party.tickets.length < size) return;
    party.timer.cancel();
    this.parties.delete(key);
    for (const t of party.tickets) this.pending.delete(t.session.playerId);
    this.place(party.tickets, party.target);
  }

  onRoomLeave(session: Session, req: RoomLeaveRequest): void {
    const pid = session.playerId;
    const m = this.members.get(pid);
    if (m && (!req.roomId || req.roomId === m.room.id)) {
      const room = m.room;
      room.remove(m, 'left');
      session.send(
        {
          roomResult: {
            requestId: req.requestId,
            roomId: room.id,
            roomType: room.type,
            left: true,
            reason: 'left',
          },
        },
        true,
      );
      return;
    }
    if (!req.roomId && this.pending.has(pid)) {
      const party = this.pending.get(pid)!;
      this.cancelTicket(session);
      session.send(
        { roomResult: { requestId: req.requestId, roomType: party.target.type, left: true, reason: 'left' } },
        true,
      );
      return;
    }
    session.send(
      {
        roomResult: {
          requestId: req.requestId,
          roomId: req.roomId,
          errorCode: 'ROOM_NOT_MEMBER',
          errorMessage: req.roomId ? `not a member of room ${req.roomId}` : 'not in a room',
        },
      },
      true,
    );
  }

  onRoomMessage(session: Session, msg: RoomMessageRequest, nowMs: number): void {
    // The seat this session used last, while it is still seated and still this session's (a
    // player has one seat at most): no lookup in the map of every member on each input.
    let m = session.roomSeat as Member | undefined;
    if (m === undefined || !m.seated || m.session !== session) {
      m = this.members.get(session.playerId);
      session.roomSeat = m;
    }
    if (!m || m.session !== session || (msg.roomId && msg.roomId !== m.room.id)) {
      this.refuse(
        session,
        msg,
        'ROOM_NOT_MEMBER',
        msg.roomId ? `not a member of room ${msg.roomId}` : 'not in a room',
      );
      return;
    }
    const refusal = m.room.message(m, msg.type, msg.payload, nowMs);
    if (refusal) this.refuse(session, msg, refusal.code, refusal.message, m.room.id);
    else this.hot.accepted++;
  }

  // --- matchmaking -------------------------------------------------------------------------------

  /** Why a session cannot join at a place, or '' when it can (in reach, or holding the pass). */
  private outOfReach(session: Session, def: AnyRoomDefinition, place: PoiInfo): string {
    const p = def.placement;
    const pass = p?.passItem ?? 'remote_pass';
    const radius = p?.radiusM ?? this.opts.interactionRadiusM ?? 80;
    const locator = this.opts.locator;
    if (locator && locator.itemCount(session.playerId, pass) > 0) return '';
    const pos = locator?.position(session);
    if (!pos) return `no position yet: send a location report first (or hold a ${pass})`;
    const d = fastDistanceM(pos.lat, pos.lng, place.lat, place.lng);
    if (d <= radius) return '';
    return `${Math.round(d)} m from ${place.name}; get within ${radius} m or hold a ${pass}`;
  }

  /** The raid (occurrence) a ticket goes to: at the POI asked for, or the nearest one in reach. */
  private locate(
    session: Session,
    type: string,
    def: AnyRoomDefinition,
    poiId: string,
    nowMs: number,
  ): Located {
    const p = def.placement!;
    const places = this.opts.places;
    if (!places) return { code: 'ROOM_NOT_FOUND', message: `${type} rooms need a world with POIs` };
    const kind = p.poiKind ?? 'gym';
    const at = (poi: PoiInfo): Target | undefined => {
      const s = p.schedule(poi, nowMs);
      if (!s || s.endsAtMs <= nowMs) return undefined;
      return { key: `${type}@${poi.id}#${s.key}`, type, def, options: s.options, place: poi };
    };
    if (poiId) {
      const poi = places.get(poiId);
      if (!poi || poi.kind !== kind) return { code: 'ROOM_NOT_FOUND', message: `no ${kind} ${poiId}` };
      const target = at(poi);
      if (!target) return { code: 'ROOM_NOT_FOUND', message: `no ${type} at ${poi.name} now` };
      const far = this.outOfReach(session, def, poi);
      return far ? { code: 'ROOM_OUT_OF_RANGE', message: far } : target;
    }
    const radius = p.radiusM ?? this.opts.interactionRadiusM ?? 80;
    const pos = this.opts.locator?.position(session);
    if (!pos) return { code: 'ROOM_OUT_OF_RANGE', message: 'no position yet: send a location report first' };
    for (const hit of places.within(pos.lat, pos.lng, radius, kind)) {
      const target = at(hit.poi);
      if (target) return target;
    }
    return { code: 'ROOM_NOT_FOUND', message: `no ${type} within ${radius} m; name a ${kind} with poi_id` };
  }

  /**
   * Seats tickets together in one room, or none of them: the given room if it is joinable with a
   * seat for each, else the fullest open room of the group with enough seats, else a new room.
   * Synchronous from check to seat, so concurrent joins can never overfill a room.
   */
  private place(tickets: Ticket[], target: Target): void {
    const n = tickets.length;
    const refuse = (code: ErrorCode, message: string) => {
      for (const t of tickets) {
        this.joins?.inc({ result: code });
        t.session.send(
          {
            roomResult: {
              requestId: t.requestId,
              roomId: target.room?.id ?? '',
              roomType: target.type,
              errorCode: code,
              errorMessage: message,
            },
          },
          true,
        );
      }
    };
    let room = target.room;
    if (room) {
      if (room.disposed) return refuse('ROOM_NOT_FOUND', `room ${room.id} is gone`);
      if (!room.joinable) return refuse('ROOM_CLOSED', `room ${room.id} is ${room.phaseName}`);
      if (room.freeSeats < n) {
        return refuse('ROOM_FULL', `room ${room.id} has ${room.freeSeats} seat(s) left, ${n} asked`);
      }
    } else {
      for (const r of this.groups.get(target.key) ?? []) {
        if (r.joinable && r.freeSeats >= n && (!room || r.members.size > room.members.size)) room = r;
      }
      room ??= this.open(target);
    }
    for (const t of tickets) {
      const s = t.session;
      const m = new Member(s.playerId, s.name, s.team, t.level, t.partyId, s, room, this.clock());
      this.members.set(s.playerId, m);
      this.joins?.inc({ result: 'OK' });
      s.send({ roomResult: { requestId: t.requestId, roomId: room.id, roomType: room.type } }, true);
      room.join(m);
    }
  }

  private open(target: Target): Room {
    const id = `${target.type.slice(0, 8)}-${(++this.nextId).toString(36)}${randomBytes(3).toString('hex')}`;
    const room = new Room(id, target.type, target.def, target.options, target.place, target.key, this.env);
    this.rooms.set(id, room);
    const group = this.groups.get(target.key);
    if (group) group.push(room);
    else this.groups.set(target.key, [room]);
    return room;
  }

  private partyTimeout(key: string): void {
    const party = this.parties.get(key);
    if (!party) return;
    this.parties.delete(key);
    for (const t of party.tickets) {
      this.pending.delete(t.session.playerId);
      this.joins?.inc({ result: 'ROOM_PARTY_INCOMPLETE' });
      t.session.send(
        {
          roomResult: {
            requestId: t.requestId,
            roomType: party.target.type,
            errorCode: 'ROOM_PARTY_INCOMPLETE',
            errorMessage: `${party.tickets.length} of ${party.size} party members joined within ${party.target.def.settings.partyTimeoutMs} ms`,
          },
        },
        true,
      );
    }
  }

  private cancelTicket(session: Session): void {
    const party = this.pending.get(session.playerId);
    if (!party) return;
    this.pending.delete(session.playerId);
    party.tickets = party.tickets.filter((t) => t.session !== session);
    if (party.tickets.length === 0) {
      party.timer.cancel();
      this.parties.delete(party.key);
    }
  }

  // --- bookkeeping -------------------------------------------------------------------------------

  private seatGone(m: Member, reason: RoomLeaveReason): void {
    m.seated = false;
    // The hint must not keep the gone seat (and its room) alive until the session's next message.
    if (m.session && m.session.roomSeat === m) m.session.roomSeat = undefined;
    if (this.members.get(m.id) === m) this.members.delete(m.id);
    // A player who asked to leave has its answer; others are told here, or when they are back.
    if (reason === 'left') return;
    const notice: RoomResultInit = { roomId: m.room.id, roomType: m.room.type, left: true, reason };
    const s = m.session;
    if (s && s.alive) {
      s.send({ roomResult: notice }, true);
      return;
    }
    this.notices.delete(m.id);
    this.notices.set(m.id, notice);
    if (this.notices.size > MAX_NOTICES) this.notices.delete(this.notices.keys().next().value as string);
  }

  private deliverNotice(session: Session): void {
    const notice = this.notices.get(session.playerId);
    if (!notice) return;
    this.notices.delete(session.playerId);
    session.send({ roomResult: notice }, true);
  }

  private forget(room: Room): void {
    this.rooms.delete(room.id);
    const group = this.groups.get(room.key);
    if (!group) return;
    const i = group.indexOf(room);
    if (i >= 0) group.splice(i, 1);
    if (group.length === 0) this.groups.delete(room.key);
  }

  private refuse(
    session: Session,
    msg: RoomMessageRequest,
    code: ErrorCode,
    message: string,
    roomId = msg.roomId,
  ): void {
    this.messages?.inc({ result: code });
    session.send(
      {
        roomError: {
          roomId,
          code,
          message: message || ErrorCodes[code].message,
          type: msg.type.slice(0, MAX_NAME),
        },
      },
      false,
    );
  }
}
