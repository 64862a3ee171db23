import type { Counter } from 'prom-client';
import {
  INSUFFICIENT_ITEMS,
  isStoreError,
  type JournalRow,
  type OpCommit,
  type OpOutcome,
  type Store,
  validateOp,
} from '../cluster/store/index.js';
import type {
  ActionContext,
  ActionDefinition,
  Game,
  Hit,
  PlayerView,
  PoiInfo,
  SpawnInfo,
  WorldQueries,
} from '../game/define.js';
import { ActionError, type ActionErrorCode } from '../game/errors.js';
import { cellTokenAt } from '../geo/cells.js';
import { fastDistanceM } from '../geo/distance.js';
import { hashString } from '../geo/hash.js';
import { mulberry32 } from '../gps/synth.js';
import type { Logger } from '../ops/logger.js';
import { decodeUtf8 } from '../protocol/utf8.js';
import type { ActionRequest, ActionResultInit } from '../session/manager.js';
import type { HybridLogicalClock } from '../session/hlc.js';
import type { Session } from '../session/session.js';
import { EntityKind } from './entities.js';
import type { OpJournal } from './journal.js';
import type { PlaceStates } from './places.js';
import { OpEffects, type PlayerState } from './player.js';
import type { PoiIndex } from './poiIndex.js';
import { type SpawnRules, spawnById } from './spawns.js';
import type { World } from './world.js';
import type { WorldSession } from './worldSession.js';

const ACCEPTED = 1;
const REJECTED = 2;
/** Op ids answered recently, kept to answer a resent op at once (and the store covers the rest). */
const RECENT_OPS = 50_000;
/** How far in the future an offline op's time may be (clock estimate error) before it is INVALID. */
const FUTURE_SLACK_MS = 5_000;
/** Offline ops are judged against the position history; a fix this far from the op time vouches for nothing. */
const MAX_HISTORY_GAP_MS = 120_000;

export interface ActionRunnerOptions {
  /** Offline ops made longer ago than this are rejected as EXPIRED. */
  offlineMaxAgeMs: number;
}

export interface ActionTarget {
  session: Session;
  ws: WorldSession;
  player: PlayerState;
}

interface Recent {
  playerId: string;
  result: Promise<ActionResultInit>;
}

/** Where and when an action is judged: now at the live position, or an offline op's time and fix. */
interface Moment {
  nowMs: number;
  hasPosition: boolean;
  lat: number;
  lng: number;
  accuracyM: number;
  offline: boolean;
}

function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value ?? null));
}

/**
 * Runs actions: validation, rate limits, the game's handler against the server-side position (the
 * live one, or for an offline op the position history at its time), then the journal: an action
 * with effects is answered only after its row and effects committed, each op id applied at most once.
 */
export class ActionRunner {
  private readonly recent = new Map<string, Recent>();
  /** Results made by `reject`, not read from the journal. */
  private readonly unjournaled = new WeakSet<ActionResultInit>();

  constructor(
    private readonly game: Game,
    private readonly world: World,
    private readonly pois: PoiIndex,
    private readonly rules: SpawnRules | undefined,
    private readonly seed: number,
    private readonly hlc: HybridLogicalClock,
    private readonly durable: { store: Store; journal: OpJournal } | undefined,
    private readonly opts: ActionRunnerOptions,
    private readonly log: Logger,
    private readonly counter: Counter<'kind' | 'result'> | undefined,
    private readonly clock: () => number,
    private readonly loadPlayer: (player: PlayerState) => Promise<void>,
    private readonly places: PlaceStates,
    /** An op with world effects whose commit failed: it may be in the journal all the same. */
    private readonly uncertain: (op: OpCommit) => void,
  ) {}

  run(target: ActionTarget, req: ActionRequest): Promise<ActionResultInit> {
    const opId = req.opId;
    const seen = this.recent.get(opId);
    if (seen) {
      if (seen.playerId === target.player.id) return seen.result;
      return Promise.resolve(this.reject(req.kind, 'INVALID', 'op id already used by another player'));
    }
    const result = this.runOnce(target, req);
    this.recent.set(opId, { playerId: target.player.id, result });
    if (this.recent.size > RECENT_OPS) this.recent.delete(this.recent.keys().next().value!);
    // Only a journaled answer sticks to the op id: after a rejection made without the journal
    // (RATE_LIMITED, no position, a teleport cooldown, UNAVAILABLE, INTERNAL) a resend runs again.
    result.then(
      (r) => {
        if (this.unjournaled.has(r)) this.recent.delete(opId);
      },
      () => this.recent.delete(opId),
    );
    return result;
  }

  /** A rejection that is not journaled: it does not stick to the op id (see `run`). */
  private reject(kind: string, code: ActionErrorCode, message: string, retryAfterS = 0): ActionResultInit {
    this.counter?.inc({ kind, result: code });
    const result = { status: REJECTED, errorCode: code, errorMessage: message, retryAfterS };
    this.unjournaled.add(result);
    return result;
  }

  /**
   * A rejection decided before the handler ran (the position or a cooldown, which may change): not
   * journaled, but a resent op that was already decided gets its stored answer instead.
   */
  private async rejectTransient(
    target: ActionTarget,
    req: ActionRequest,
    code: ActionErrorCode,
    message: string,
    retryAfterS = 0,
  ): Promise<ActionResultInit> {
    if (this.durable) {
      try {
        const prior = await this.durable.store.getOp(req.opId);
        if (prior && prior.playerId === target.player.id && prior.kind === req.kind)
          return this.answer(prior);
      } catch {
        // The store is unreachable: the rejection stands; a retry may find the stored answer.
      }
    }
    return this.reject(req.kind, code, message, retryAfterS);
  }

  private answer(row: JournalRow): ActionResultInit {
    if (row.status === 'accepted') {
      this.counter?.inc({ kind: row.kind, result: 'OK' });
      return { status: ACCEPTED, payload: encodeJson(row.result) };
    }
    const r = (row.result ?? {}) as { message?: unknown; retryAfterS?: unknown };
    const code = row.errorCode ?? 'INTERNAL';
    this.counter?.inc({ kind: row.kind, result: code });
    return {
      status: REJECTED,
      errorCode: code === INSUFFICIENT_ITEMS ? 'INVALID' : code,
      errorMessage:
        typeof r.message === 'string'
          ? r.message
          : code === INSUFFICIENT_ITEMS
            ? 'not enough items'
            : code.toLowerCase(),
      retryAfterS: typeof r.retryAfterS === 'number' ? r.retryAfterS : 0,
    };
  }

  private parsePayload(def: ActionDefinition, req: ActionRequest): { ok: true; value: unknown } | string {
    let payload: unknown = {};
    if (req.payload && req.payload.length > 0) {
      try {
        payload = JSON.parse(decodeUtf8(req.payload));
      } catch {
        return 'payload is not valid UTF-8 JSON';
      }
    }
    if (!def.payload) return { ok: true, value: payload };
    const parsed = def.payload.safeParse(payload);
    if (parsed.success) return { ok: true, value: parsed.data };
    return parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
  }

  private async runOnce(target: ActionTarget, req: ActionRequest): Promise<ActionResultInit> {
    const { player, ws } = target;
    const kind = req.kind;
    const def = this.game.actions[kind];
    if (!def) return this.reject(kind, 'INVALID', `unknown action kind "${kind}"`);
    const now = this.clock();
    const parsed = this.parsePayload(def, req);
    if (typeof parsed === 'string') return this.reject(kind, 'INVALID', parsed);

    const times = player.actionTimes.get(kind) ?? [];
    const max = def.maxPerSecond ?? 5;
    while (times.length > 0 && now - times[0]! >= 1000) times.shift();
    // A resend of an op already journaled (after a restart, a burst of them) gets its stored answer.
    if (times.length >= max)
      return this.rejectTransient(
        target,
        req,
        'RATE_LIMITED',
        `at most ${max} ${kind} actions per second`,
        1,
      );
    times.push(now);
    player.actionTimes.set(kind, times);

    let moment: Moment;
    if (req.offline) {
      const t = req.clientTimeMs;
      if (!(t > 0) || t > now + FUTURE_SLACK_MS) {
        return this.reject(kind, 'INVALID', 'an offline op needs its time (client_time_ms, server clock)');
      }
      const at = Math.min(t, now);
      if (now - at > this.opts.offlineMaxAgeMs) {
        // Decided for good: journaled, so a resend gets the same answer.
        return this.decide(target, req, parsed.value, def, {
          rejected: [
            'EXPIRED',
            `made ${Math.round((now - at) / 1000)} s ago; offline ops expire after ${Math.round(this.opts.offlineMaxAgeMs / 1000)} s`,
          ],
        });
      }
      const pos = player.hasGps || !(def.needsPosition ?? true) ? player.gps.positionAt(at) : null;
      moment =
        pos && pos.gapMs <= MAX_HISTORY_GAP_MS
          ? {
              nowMs: at,
              hasPosition: true,
              lat: pos.lat,
              lng: pos.lng,
              accuracyM: pos.accuracyM,
              offline: true,
            }
          : { nowMs: at, hasPosition: false, lat: NaN, lng: NaN, accuracyM: NaN, offline: true };
    } else {
      moment = {
        nowMs: now,
        hasPosition: ws.hasPosition,
        lat: ws.lat,
        lng: ws.lng,
        accuracyM: ws.accuracyM,
        offline: false,
      };
    }
    if ((def.needsPosition ?? true) && !moment.hasPosition) {
      const why = moment.offline
        ? 'the server has no position of yours at the time of this offline op: send the fixes first'
        : 'no position yet: send a location report first';
      return this.rejectTransient(target, req, 'INVALID', why);
    }
    if (def.blockedByCooldown ?? true) {
      const left = player.hasGps ? player.gps.actionCooldownRemainingS(moment.nowMs) : 0;
      if (left > 0) {
        const s = Math.ceil(left);
        return this.rejectTransient(
          target,
          req,
          'COOLDOWN',
          `teleport cooldown: actions allowed again in ${s} s`,
          s,
        );
      }
    }
    return this.decide(target, req, parsed.value, def, { moment });
  }

  /**
   * Runs the handler (or records a decided rejection) in the player's turn, then journals the op
   * and answers once it committed.
   */
  private async decide(
    target: ActionTarget,
    req: ActionRequest,
    payload: unknown,
    def: ActionDefinition,
    how: { moment: Moment } | { rejected: [ActionErrorCode, string] },
  ): Promise<ActionResultInit> {
    const { player } = target;
    const turn = player.chain.then(() => this.execute(target, req, payload, def, how));
    player.chain = turn.catch(() => {});
    const step = await turn;
    if ('result' in step) return step.result;
    const { effects, op } = step;
    try {
      const outcome = await step.commit;
      const stored = outcome.stored;
      if (!outcome.applied && (stored.playerId !== op.playerId || stored.kind !== op.kind)) {
        // The op id is another op's (another player's, after a restart emptied `recent`): its
        // answer is not this player's to see.
        effects.revert();
        return this.reject(req.kind, 'INVALID', 'op id already used by another op');
      }
      // A duplicate (already journaled, maybe before a restart) or a rejection the store made:
      // our in-memory effects did not happen.
      if (!outcome.applied || stored.status !== op.status) effects.revert();
      else effects.commitWorld(op.hlc);
      // A duplicate's world effects are committed state (its first commit's answer was lost):
      // memory takes them now (by HLC, so a newer value at a place is kept).
      if (!outcome.applied) this.places.replay(stored, () => undefined);
      return this.answer(stored);
    } catch (err) {
      effects.revert();
      if (op.worldEffects && op.worldEffects.length > 0) this.uncertain(op);
      // The commit's outcome is unknown (it may have been written): reload before the next action.
      player.loaded = false;
      const code = isStoreError(err) ? err.code : 'INTERNAL';
      this.log.warn({ err, op: req.opId, kind: req.kind }, 'action not acknowledged: journal commit failed');
      return this.reject(
        req.kind,
        'UNAVAILABLE',
        `the store is unavailable (${code}): retry the same op later`,
        1,
      );
    }
  }

  private async execute(
    target: ActionTarget,
    req: ActionRequest,
    payload: unknown,
    def: ActionDefinition,
    how: { moment: Moment } | { rejected: [ActionErrorCode, string] },
  ): Promise<
    { result: ActionResultInit } | { commit: Promise<OpOutcome>; op: OpCommit; effects: OpEffects }
  > {
    const { player } = target;
    const kind = req.kind;
    if (this.durable && !player.loaded) {
      // Ops of this player still committing would be lost from memory by a reload: wait for them.
      await player.lastCommit;
      try {
        await this.loadPlayer(player);
      } catch (err) {
        this.log.warn({ err, player: player.id }, 'player state could not be loaded');
        return {
          result: this.reject(kind, 'UNAVAILABLE', 'the store is unavailable: retry the same op later', 1),
        };
      }
    }
    const effects = new OpEffects(player, this.places, req.opId);
    let status: 'accepted' | 'rejected';
    let value: unknown;
    let errorCode: ActionErrorCode | null = null;
    if ('rejected' in how) {
      status = 'rejected';
      [errorCode] = how.rejected;
      value = { message: how.rejected[1], retryAfterS: 0 };
    } else {
      const ctx = this.context(target, req.opId, payload, how.moment, effects);
      try {
        value = await (def.handler as (c: ActionContext<unknown>) => unknown)(ctx);
        status = 'accepted';
      } catch (err) {
        effects.revert();
        if (!(err instanceof ActionError)) {
          this.log.error({ err, kind }, 'action handler threw');
          return { result: this.reject(kind, 'INTERNAL', 'the action failed on the server') };
        }
        status = 'rejected';
        errorCode = err.code;
        value = { message: err.message, retryAfterS: err.retryAfterS };
      }
    }
    if (def.readOnly) {
      if (!effects.empty) {
        effects.revert();
        this.log.error({ kind }, 'a readOnly action changed the inventory or cooldowns');
        return { result: this.reject(kind, 'INTERNAL', 'the action failed on the server') };
      }
    }
    const answerNow = (): ActionResultInit => {
      if (status === 'accepted') {
        this.counter?.inc({ kind, result: 'OK' });
        return { status: ACCEPTED, payload: encodeJson(value) };
      }
      const v = value as { message: string; retryAfterS: number };
      return this.reject(kind, errorCode!, v.message, v.retryAfterS);
    };
    if (!this.durable || def.readOnly) {
      if (status === 'accepted') {
        this.hlc.tick();
        effects.commitWorld({ ms: this.hlc.ms, logical: this.hlc.logical });
      }
      return { result: answerNow() };
    }
    this.hlc.tick();
    const op: OpCommit = {
      opId: req.opId,
      playerId: player.id,
      kind,
      payload,
      status,
      errorCode,
      result: value ?? null,
      hlc: { ms: this.hlc.ms, logical: this.hlc.logical },
      clientTimeMs: req.offline ? req.clientTimeMs : null,
      shard: target.ws.hasPosition ? this.shardOf(target.ws.lat, target.ws.lng) : null,
      inventoryDeltas: effects.inventoryDeltas(),
      cooldowns: effects.cooldownSets(),
      worldEffects: effects.worldEffects(),
    };
    const invalid = validateOp(op);
    if (invalid) {
      effects.revert();
      this.log.error({ kind, err: invalid }, 'action result cannot be journaled');
      return { result: this.reject(kind, 'INTERNAL', 'the action failed on the server') };
    }
    // Submitted within the player's turn, so the player's ops reach the journal in the order they ran.
    const commit = this.durable.journal.submit(op);
    player.lastCommit = commit.catch(() => {});
    return { commit, op, effects };
  }

  playerView(target: ActionTarget, moment?: Moment): PlayerView {
    const { session, ws, player } = target;
    const now = moment?.nowMs ?? this.clock();
    return {
      id: session.playerId,
      name: session.name,
      team: session.team,
      hasPosition: moment ? moment.hasPosition : ws.hasPosition,
      lat: moment ? moment.lat : ws.lat,
      lng: moment ? moment.lng : ws.lng,
      accuracyM: moment ? moment.accuracyM : ws.accuracyM,
      risk: player.riskScore(now),
      creditedDistanceM: player.creditedDistanceM,
    };
  }

  private context(
    target: ActionTarget,
    opId: string,
    payload: unknown,
    at: Moment,
    effects: OpEffects,
  ): ActionContext<unknown> {
    const { ws, player } = target;
    const world = this.world;
    const pois = this.pois;
    const rules = this.rules;
    const now = at.nowMs;
    const here = (lat: number, lng: number) =>
      at.hasPosition ? fastDistanceM(at.lat, at.lng, lat, lng) : Number.POSITIVE_INFINITY;
    const queries: WorldQueries = {
      spawn: (id) => {
        const live = world.spawn(id);
        if (live || !at.offline || !rules) return live;
        // An offline op may name a spawn that has expired since: judge it at the op's time.
        const s = spawnById(id, rules);
        return s && s.appearsAtMs <= now && now < s.expiresAtMs ? s : undefined;
      },
      poi: (id) => pois.get(id),
      distanceTo: here,
      spawnsWithin: (r) => {
        if (!at.hasPosition) return [];
        return world.within(at.lat, at.lng, r, EntityKind.SPAWN).flatMap((h): Hit<SpawnInfo>[] => {
          const s = world.spawn(h.id);
          return s ? [{ item: s, distanceM: h.distanceM }] : [];
        });
      },
      poisWithin: (r, kind) => {
        if (!at.hasPosition) return [];
        return pois
          .within(at.lat, at.lng, r, kind)
          .map((h): Hit<PoiInfo> => ({ item: h.poi, distanceM: h.distanceM }));
      },
      playersWithin: (r) => {
        if (!at.hasPosition) return [];
        return world
          .within(at.lat, at.lng, r, EntityKind.PLAYER)
          .filter((h) => h.eid !== ws.eid)
          .map((h) => ({
            item: { id: h.id, name: h.name, team: world.store.team[h.eid] ?? 0 },
            distanceM: h.distanceM,
          }));
      },
    };
    const inv = player.inventory;
    return {
      opId,
      payload,
      nowMs: now,
      offline: at.offline,
      player: this.playerView(target, at),
      world: queries,
      params: this.game.params,
      rng: mulberry32(this.seed ^ hashString(opId)),
      fail: (code, message, retryAfterS = 0) => {
        throw new ActionError(code, message, retryAfterS);
      },
      inventory: {
        count: (item) => inv.get(item) ?? 0,
        add: (item, n = 1) => effects.add(item, n),
        take: (item, n = 1) => {
          if ((inv.get(item) ?? 0) < n) return false;
          effects.add(item, -n);
          return true;
        },
        all: () => Object.fromEntries([...inv].filter(([, n]) => n > 0)),
      },
      cooldowns: {
        remainingS: (key) => Math.max(0, ((player.cooldowns.get(key) ?? 0) - now) / 1000),
        start: (key, seconds) => effects.setCooldown(key, now + seconds * 1000),
      },
      places: {
        get: (poiId) => {
          const poi = pois.get(poiId);
          return poi ? this.places.get(this.shardOf(poi.lat, poi.lng), poiId) : null;
        },
        set: (poiId, value) => {
          const poi = pois.get(poiId);
          if (!poi) throw new ActionError('NOT_FOUND', `no POI ${poiId}`);
          effects.setPlace(this.shardOf(poi.lat, poi.lng), poiId, value);
        },
      },
    };
  }

  private shardOf(lat: number, lng: number): string {
    return cellTokenAt(lat, lng, this.game.params.shardLevel);
  }
}
