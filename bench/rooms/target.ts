/**
 * What a system under test provides to the rooms benchmark. A target is one file in
 * bench/rooms/targets/ exporting a {@link RoomsTarget}, registered in bench/rooms/targets/index.ts:
 * how to start its server (parent process) and which module the bot workers load to drive one
 * client ({@link ConnectRoomClient}). The harness does the rest: workers, ramp, input clock,
 * latency, counters, server CPU and memory.
 *
 * The scenario, the same for every target: rooms of `roomSize` members; each client sends input
 * k = 1, 2, 3, ... with value 1 at `inputHz`; the server applies each input to the room state when
 * it arrives (the member's last input id, and the sum of its values) and sends the state changes at
 * its tick rate (20 Hz), one update per room per tick to every member. A client's latency for input
 * k is from sending it to receiving the first update that shows its last input id >= k.
 */

export interface ServerOptions {
  roomSize: number;
  /** Rate of room updates (the room tick / patch rate), Hz. */
  tickHz: number;
}

export interface TargetServer {
  /** What the clients connect to, handed to {@link ConnectRoomClient} as `url`. */
  url: string;
  /** The server's process, for its CPU and RSS. */
  pid: number;
  /** Stops the server and waits for its process to end (kills it when it does not). */
  stop(): Promise<void>;
}

export interface RoomsTarget {
  name: string;
  /** Why the target cannot run here (not built, not installed), or undefined when it can. */
  unavailable(): string | undefined;
  start(opts: ServerOptions): Promise<TargetServer>;
  /** File URL of the module the workers import; it exports `connect`, a {@link ConnectRoomClient}. */
  clientModule: string;
}

export interface RoomClientSpec {
  url: string;
  /** The room this client belongs in, 0 .. rooms-1: members of one room share the index. */
  room: number;
  roomSize: number;
  /** Index of the client over the whole run. */
  client: number;
  /** Source address to connect from (127.0.0.x), for targets whose client library allows it. */
  localAddress: string;
}

export interface RoomClientEvents {
  /**
   * A room update reached the client. `lastInput` is this client's last applied input id as the
   * update shows it and `value` the sum of its applied values, or both undefined when the update
   * says nothing about this client.
   */
  update(lastInput: number | undefined, value: number | undefined): void;
  /** The connection was lost after the client had joined (`code`: why, e.g. close_1006). */
  closed(code: string): void;
  /** The server reported an error without closing. */
  error(code: string): void;
}

export interface RoomClient {
  /** Sends input `id` with `value`; false when it could not be sent (not open). */
  send(id: number, value: number): boolean;
  close(): void;
}

/** Connects, joins room `spec.room`, and resolves once joined (the client has the room's state). */
export type ConnectRoomClient = (spec: RoomClientSpec, events: RoomClientEvents) => Promise<RoomClient>;
