/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;


// Added by scripts/gen-proto.mjs: a string field as one flat string (see the script for why).
var $strictUtf8 = null;
try {
    $strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
} catch (e) {
    // No fatal decoding here (Node without ICU, some polyfills): protobufjs's reader checks instead.
}
function $readString(r) {
    var n = r.size(), s = r.pos, e = s + n, b = r.buf, i = s;
    if (e > r.len)
        throw $RangeError("index out of range: " + s + " + " + n + " > " + r.len);
    r.pos = e;
    if (n < 64 && typeof b.latin1Slice === "function") {
        while (i < e && b[i] < 128)
            ++i;
        if (i === e)
            return b.latin1Slice(s, e);
    }
    return $strictUtf8 !== null ? $strictUtf8.decode(b.subarray(s, e)) : $util.utf8.readStrict(b, s, e);
}

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const geoplay = $root.geoplay = (() => {

    /**
     * Namespace geoplay.
     * @exports geoplay
     * @namespace
     */
    const geoplay = {};

    geoplay.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof geoplay
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} geoplay.v1.Envelope.$Properties
             * @property {number|null} [seq] Envelope seq
             * @property {number|null} [ack] Envelope ack
             * @property {number|null} [hlcMs] Envelope hlcMs
             * @property {number|null} [hlcLogical] Envelope hlcLogical
             * @property {Uint8Array|null} [traceId] Envelope traceId
             * @property {geoplay.v1.ClientHello.$Properties|null} [clientHello] Envelope clientHello
             * @property {geoplay.v1.ServerHello.$Properties|null} [serverHello] Envelope serverHello
             * @property {geoplay.v1.Ping.$Properties|null} [ping] Envelope ping
             * @property {geoplay.v1.Pong.$Properties|null} [pong] Envelope pong
             * @property {geoplay.v1.LocationReport.$Properties|null} [location] Envelope location
             * @property {geoplay.v1.WorldDelta.$Properties|null} [worldDelta] Envelope worldDelta
             * @property {geoplay.v1.ActionRequest.$Properties|null} [actionRequest] Envelope actionRequest
             * @property {geoplay.v1.ActionResult.$Properties|null} [actionResult] Envelope actionResult
             * @property {geoplay.v1.Error.$Properties|null} [error] Envelope error
             * @property {geoplay.v1.Drain.$Properties|null} [drain] Envelope drain
             * @property {geoplay.v1.GeofenceEvent.$Properties|null} [geofenceEvent] Envelope geofenceEvent
             * @property {geoplay.v1.SnapshotRequest.$Properties|null} [snapshotRequest] Envelope snapshotRequest
             * @property {geoplay.v1.RoomJoin.$Properties|null} [roomJoin] Envelope roomJoin
             * @property {geoplay.v1.RoomLeave.$Properties|null} [roomLeave] Envelope roomLeave
             * @property {geoplay.v1.RoomMessage.$Properties|null} [roomMessage] Envelope roomMessage
             * @property {geoplay.v1.RoomUpdate.$Properties|null} [roomUpdate] Envelope roomUpdate
             * @property {geoplay.v1.RoomResult.$Properties|null} [roomResult] Envelope roomResult
             * @property {geoplay.v1.RoomError.$Properties|null} [roomError] Envelope roomError
             * @property {"clientHello"|"serverHello"|"ping"|"pong"|"location"|"worldDelta"|"actionRequest"|"actionResult"|"error"|"drain"|"geofenceEvent"|"snapshotRequest"|"roomJoin"|"roomLeave"|"roomMessage"|"roomUpdate"|"roomResult"|"roomError"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof geoplay.v1
             * @interface IEnvelope
             * @augments geoplay.v1.Envelope.$Properties
             * @deprecated Use geoplay.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   seq?: number|null;
             *   ack?: number|null;
             *   hlcMs?: number|null;
             *   hlcLogical?: number|null;
             *   traceId?: Uint8Array|null;
             *   clientHello?: geoplay.v1.ClientHello.$Shape|null;
             *   serverHello?: geoplay.v1.ServerHello.$Shape|null;
             *   ping?: geoplay.v1.Ping.$Shape|null;
             *   pong?: geoplay.v1.Pong.$Shape|null;
             *   location?: geoplay.v1.LocationReport.$Shape|null;
             *   worldDelta?: geoplay.v1.WorldDelta.$Shape|null;
             *   actionRequest?: geoplay.v1.ActionRequest.$Shape|null;
             *   actionResult?: geoplay.v1.ActionResult.$Shape|null;
             *   error?: geoplay.v1.Error.$Shape|null;
             *   drain?: geoplay.v1.Drain.$Shape|null;
             *   geofenceEvent?: geoplay.v1.GeofenceEvent.$Shape|null;
             *   snapshotRequest?: geoplay.v1.SnapshotRequest.$Shape|null;
             *   roomJoin?: geoplay.v1.RoomJoin.$Shape|null;
             *   roomLeave?: geoplay.v1.RoomLeave.$Shape|null;
             *   roomMessage?: geoplay.v1.RoomMessage.$Shape|null;
             *   roomUpdate?: geoplay.v1.RoomUpdate.$Shape|null;
             *   roomResult?: geoplay.v1.RoomResult.$Shape|null;
             *   roomError?: geoplay.v1.RoomError.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "clientHello"; clientHello: geoplay.v1.ClientHello.$Shape; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "serverHello"; clientHello?: null; serverHello: geoplay.v1.ServerHello.$Shape; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "ping"; clientHello?: null; serverHello?: null; ping: geoplay.v1.Ping.$Shape; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "pong"; clientHello?: null; serverHello?: null; ping?: null; pong: geoplay.v1.Pong.$Shape; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "location"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location: geoplay.v1.LocationReport.$Shape; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "worldDelta"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta: geoplay.v1.WorldDelta.$Shape; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "actionRequest"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest: geoplay.v1.ActionRequest.$Shape; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "actionResult"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult: geoplay.v1.ActionResult.$Shape; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "error"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error: geoplay.v1.Error.$Shape; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "drain"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain: geoplay.v1.Drain.$Shape; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "geofenceEvent"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent: geoplay.v1.GeofenceEvent.$Shape; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "snapshotRequest"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest: geoplay.v1.SnapshotRequest.$Shape; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "roomJoin"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin: geoplay.v1.RoomJoin.$Shape; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "roomLeave"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave: geoplay.v1.RoomLeave.$Shape; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "roomMessage"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage: geoplay.v1.RoomMessage.$Shape; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "roomUpdate"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate: geoplay.v1.RoomUpdate.$Shape; roomResult?: null; roomError?: null }|{ body?: "roomResult"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult: geoplay.v1.RoomResult.$Shape; roomError?: null }|{ body?: "roomError"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError: geoplay.v1.RoomError.$Shape })
             * )} geoplay.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof geoplay.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {geoplay.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope seq.
             * @member {number} seq
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.seq = 0;

            /**
             * Envelope ack.
             * @member {number} ack
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.ack = 0;

            /**
             * Envelope hlcMs.
             * @member {number} hlcMs
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.hlcMs = 0;

            /**
             * Envelope hlcLogical.
             * @member {number} hlcLogical
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.hlcLogical = 0;

            /**
             * Envelope traceId.
             * @member {Uint8Array} traceId
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.traceId = $util.newBuffer([]);

            /**
             * Envelope clientHello.
             * @member {geoplay.v1.ClientHello.$Properties|null|undefined} clientHello
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.clientHello = null;

            /**
             * Envelope serverHello.
             * @member {geoplay.v1.ServerHello.$Properties|null|undefined} serverHello
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.serverHello = null;

            /**
             * Envelope ping.
             * @member {geoplay.v1.Ping.$Properties|null|undefined} ping
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.ping = null;

            /**
             * Envelope pong.
             * @member {geoplay.v1.Pong.$Properties|null|undefined} pong
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.pong = null;

            /**
             * Envelope location.
             * @member {geoplay.v1.LocationReport.$Properties|null|undefined} location
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.location = null;

            /**
             * Envelope worldDelta.
             * @member {geoplay.v1.WorldDelta.$Properties|null|undefined} worldDelta
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.worldDelta = null;

            /**
             * Envelope actionRequest.
             * @member {geoplay.v1.ActionRequest.$Properties|null|undefined} actionRequest
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.actionRequest = null;

            /**
             * Envelope actionResult.
             * @member {geoplay.v1.ActionResult.$Properties|null|undefined} actionResult
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.actionResult = null;

            /**
             * Envelope error.
             * @member {geoplay.v1.Error.$Properties|null|undefined} error
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope drain.
             * @member {geoplay.v1.Drain.$Properties|null|undefined} drain
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.drain = null;

            /**
             * Envelope geofenceEvent.
             * @member {geoplay.v1.GeofenceEvent.$Properties|null|undefined} geofenceEvent
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.geofenceEvent = null;

            /**
             * Envelope snapshotRequest.
             * @member {geoplay.v1.SnapshotRequest.$Properties|null|undefined} snapshotRequest
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.snapshotRequest = null;

            /**
             * Envelope roomJoin.
             * @member {geoplay.v1.RoomJoin.$Properties|null|undefined} roomJoin
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.roomJoin = null;

            /**
             * Envelope roomLeave.
             * @member {geoplay.v1.RoomLeave.$Properties|null|undefined} roomLeave
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.roomLeave = null;

            /**
             * Envelope roomMessage.
             * @member {geoplay.v1.RoomMessage.$Properties|null|undefined} roomMessage
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.roomMessage = null;

            /**
             * Envelope roomUpdate.
             * @member {geoplay.v1.RoomUpdate.$Properties|null|undefined} roomUpdate
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.roomUpdate = null;

            /**
             * Envelope roomResult.
             * @member {geoplay.v1.RoomResult.$Properties|null|undefined} roomResult
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.roomResult = null;

            /**
             * Envelope roomError.
             * @member {geoplay.v1.RoomError.$Properties|null|undefined} roomError
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            Envelope.prototype.roomError = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"clientHello"|"serverHello"|"ping"|"pong"|"location"|"worldDelta"|"actionRequest"|"actionResult"|"error"|"drain"|"geofenceEvent"|"snapshotRequest"|"roomJoin"|"roomLeave"|"roomMessage"|"roomUpdate"|"roomResult"|"roomError"|undefined} body
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: function () { if (this.roomMessage != null) return "roomMessage"; if (this.roomUpdate != null) return "roomUpdate"; if (this.location != null) return "location"; if (this.worldDelta != null) return "worldDelta"; if (this.ping != null) return "ping"; if (this.pong != null) return "pong"; if (this.clientHello != null) return "clientHello"; if (this.serverHello != null) return "serverHello"; if (this.actionRequest != null) return "actionRequest"; if (this.actionResult != null) return "actionResult"; if (this.error != null) return "error"; if (this.drain != null) return "drain"; if (this.geofenceEvent != null) return "geofenceEvent"; if (this.snapshotRequest != null) return "snapshotRequest"; if (this.roomJoin != null) return "roomJoin"; if (this.roomLeave != null) return "roomLeave"; if (this.roomResult != null) return "roomResult"; if (this.roomError != null) return "roomError"; return undefined; },
                set: function (name) { if (name !== "clientHello" && this.clientHello != null) delete this.clientHello; if (name !== "serverHello" && this.serverHello != null) delete this.serverHello; if (name !== "ping" && this.ping != null) delete this.ping; if (name !== "pong" && this.pong != null) delete this.pong; if (name !== "location" && this.location != null) delete this.location; if (name !== "worldDelta" && this.worldDelta != null) delete this.worldDelta; if (name !== "actionRequest" && this.actionRequest != null) delete this.actionRequest; if (name !== "actionResult" && this.actionResult != null) delete this.actionResult; if (name !== "error" && this.error != null) delete this.error; if (name !== "drain" && this.drain != null) delete this.drain; if (name !== "geofenceEvent" && this.geofenceEvent != null) delete this.geofenceEvent; if (name !== "snapshotRequest" && this.snapshotRequest != null) delete this.snapshotRequest; if (name !== "roomJoin" && this.roomJoin != null) delete this.roomJoin; if (name !== "roomLeave" && this.roomLeave != null) delete this.roomLeave; if (name !== "roomMessage" && this.roomMessage != null) delete this.roomMessage; if (name !== "roomUpdate" && this.roomUpdate != null) delete this.roomUpdate; if (name !== "roomResult" && this.roomResult != null) delete this.roomResult; if (name !== "roomError" && this.roomError != null) delete this.roomError; }
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.Envelope
             * @static
             * @param {geoplay.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: geoplay.v1.Envelope.$Shape): geoplay.v1.Envelope & geoplay.v1.Envelope.$Shape;
             *   (properties?: geoplay.v1.Envelope.$Properties): geoplay.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link geoplay.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.Envelope
             * @static
             * @param {geoplay.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.seq);
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack") && m.ack !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.ack);
                if (m.hlcMs != null && $Object.hasOwnProperty.call(m, "hlcMs") && !$Object.is(m.hlcMs, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.hlcMs);
                if (m.hlcLogical != null && $Object.hasOwnProperty.call(m, "hlcLogical") && m.hlcLogical !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.hlcLogical);
                if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId") && m.traceId.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.traceId);
                if (m.clientHello != null && $Object.hasOwnProperty.call(m, "clientHello"))
                    $root.geoplay.v1.ClientHello.encode(m.clientHello, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.serverHello != null && $Object.hasOwnProperty.call(m, "serverHello"))
                    $root.geoplay.v1.ServerHello.encode(m.serverHello, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping"))
                    $root.geoplay.v1.Ping.encode(m.ping, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.pong != null && $Object.hasOwnProperty.call(m, "pong"))
                    $root.geoplay.v1.Pong.encode(m.pong, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.location != null && $Object.hasOwnProperty.call(m, "location"))
                    $root.geoplay.v1.LocationReport.encode(m.location, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.worldDelta != null && $Object.hasOwnProperty.call(m, "worldDelta"))
                    $root.geoplay.v1.WorldDelta.encode(m.worldDelta, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.actionRequest != null && $Object.hasOwnProperty.call(m, "actionRequest"))
                    $root.geoplay.v1.ActionRequest.encode(m.actionRequest, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.actionResult != null && $Object.hasOwnProperty.call(m, "actionResult"))
                    $root.geoplay.v1.ActionResult.encode(m.actionResult, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.geoplay.v1.Error.encode(m.error, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (m.drain != null && $Object.hasOwnProperty.call(m, "drain"))
                    $root.geoplay.v1.Drain.encode(m.drain, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (m.geofenceEvent != null && $Object.hasOwnProperty.call(m, "geofenceEvent"))
                    $root.geoplay.v1.GeofenceEvent.encode(m.geofenceEvent, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.snapshotRequest != null && $Object.hasOwnProperty.call(m, "snapshotRequest"))
                    $root.geoplay.v1.SnapshotRequest.encode(m.snapshotRequest, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (m.roomJoin != null && $Object.hasOwnProperty.call(m, "roomJoin"))
                    $root.geoplay.v1.RoomJoin.encode(m.roomJoin, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (m.roomLeave != null && $Object.hasOwnProperty.call(m, "roomLeave"))
                    $root.geoplay.v1.RoomLeave.encode(m.roomLeave, w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (m.roomMessage != null && $Object.hasOwnProperty.call(m, "roomMessage"))
                    $root.geoplay.v1.RoomMessage.encode(m.roomMessage, w.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (m.roomUpdate != null && $Object.hasOwnProperty.call(m, "roomUpdate"))
                    $root.geoplay.v1.RoomUpdate.encode(m.roomUpdate, w.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (m.roomResult != null && $Object.hasOwnProperty.call(m, "roomResult"))
                    $root.geoplay.v1.RoomResult.encode(m.roomResult, w.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                if (m.roomError != null && $Object.hasOwnProperty.call(m, "roomError"))
                    $root.geoplay.v1.RoomError.encode(m.roomError, w.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.Envelope & geoplay.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v, w = 0;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ack = v;
                            else
                                delete m.ack;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.hlcMs = v;
                            else
                                delete m.hlcMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.hlcLogical = v;
                            else
                                delete m.hlcLogical;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.traceId = v;
                            else
                                delete m.traceId;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.clientHello = $root.geoplay.v1.ClientHello.decode(r, r.size(), $undefined, q + 1, m.clientHello);
                            if (w !== 0 || g) m.body = "clientHello"; w = 1;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.serverHello = $root.geoplay.v1.ServerHello.decode(r, r.size(), $undefined, q + 1, m.serverHello);
                            if (w !== 0 || g) m.body = "serverHello"; w = 1;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.ping = $root.geoplay.v1.Ping.decode(r, r.size(), $undefined, q + 1, m.ping);
                            if (w !== 0 || g) m.body = "ping"; w = 1;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.pong = $root.geoplay.v1.Pong.decode(r, r.size(), $undefined, q + 1, m.pong);
                            if (w !== 0 || g) m.body = "pong"; w = 1;
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.location = $root.geoplay.v1.LocationReport.decode(r, r.size(), $undefined, q + 1, m.location);
                            if (w !== 0 || g) m.body = "location"; w = 1;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.worldDelta = $root.geoplay.v1.WorldDelta.decode(r, r.size(), $undefined, q + 1, m.worldDelta);
                            if (w !== 0 || g) m.body = "worldDelta"; w = 1;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.actionRequest = $root.geoplay.v1.ActionRequest.decode(r, r.size(), $undefined, q + 1, m.actionRequest);
                            if (w !== 0 || g) m.body = "actionRequest"; w = 1;
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.actionResult = $root.geoplay.v1.ActionResult.decode(r, r.size(), $undefined, q + 1, m.actionResult);
                            if (w !== 0 || g) m.body = "actionResult"; w = 1;
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.error = $root.geoplay.v1.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                            if (w !== 0 || g) m.body = "error"; w = 1;
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.drain = $root.geoplay.v1.Drain.decode(r, r.size(), $undefined, q + 1, m.drain);
                            if (w !== 0 || g) m.body = "drain"; w = 1;
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.geofenceEvent = $root.geoplay.v1.GeofenceEvent.decode(r, r.size(), $undefined, q + 1, m.geofenceEvent);
                            if (w !== 0 || g) m.body = "geofenceEvent"; w = 1;
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.snapshotRequest = $root.geoplay.v1.SnapshotRequest.decode(r, r.size(), $undefined, q + 1, m.snapshotRequest);
                            if (w !== 0 || g) m.body = "snapshotRequest"; w = 1;
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            m.roomJoin = $root.geoplay.v1.RoomJoin.decode(r, r.size(), $undefined, q + 1, m.roomJoin);
                            if (w !== 0 || g) m.body = "roomJoin"; w = 1;
                            continue;
                        }
                    case 23: {
                            if (u !== 2)
                                break;
                            m.roomLeave = $root.geoplay.v1.RoomLeave.decode(r, r.size(), $undefined, q + 1, m.roomLeave);
                            if (w !== 0 || g) m.body = "roomLeave"; w = 1;
                            continue;
                        }
                    case 24: {
                            if (u !== 2)
                                break;
                            m.roomMessage = $root.geoplay.v1.RoomMessage.decode(r, r.size(), $undefined, q + 1, m.roomMessage);
                            if (w !== 0 || g) m.body = "roomMessage"; w = 1;
                            continue;
                        }
                    case 25: {
                            if (u !== 2)
                                break;
                            m.roomUpdate = $root.geoplay.v1.RoomUpdate.decode(r, r.size(), $undefined, q + 1, m.roomUpdate);
                            if (w !== 0 || g) m.body = "roomUpdate"; w = 1;
                            continue;
                        }
                    case 26: {
                            if (u !== 2)
                                break;
                            m.roomResult = $root.geoplay.v1.RoomResult.decode(r, r.size(), $undefined, q + 1, m.roomResult);
                            if (w !== 0 || g) m.body = "roomResult"; w = 1;
                            continue;
                        }
                    case 27: {
                            if (u !== 2)
                                break;
                            m.roomError = $root.geoplay.v1.RoomError.decode(r, r.size(), $undefined, q + 1, m.roomError);
                            if (w !== 0 || g) m.body = "roomError"; w = 1;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.Envelope();
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                if (d.ack != null) {
                    if ($Number(d.ack) !== 0) {
                        m.ack = d.ack >>> 0;
                    }
                }
                if (d.hlcMs != null) {
                    if (!$Object.is($Number(d.hlcMs), 0)) {
                        m.hlcMs = $Number(d.hlcMs);
                    }
                }
                if (d.hlcLogical != null) {
                    if ($Number(d.hlcLogical) !== 0) {
                        m.hlcLogical = d.hlcLogical >>> 0;
                    }
                }
                if (d.traceId != null) {
                    if (d.traceId.length) {
                        if (typeof d.traceId === "string")
                            $util.base64.decode(d.traceId, m.traceId = $util.newBuffer($util.base64.length(d.traceId)), 0);
                        else if (d.traceId.length >= 0)
                            m.traceId = d.traceId;
                    }
                }
                if (d.clientHello != null) {
                    if (!$util.isObject(d.clientHello))
                        throw $TypeError(".geoplay.v1.Envelope.clientHello: object expected");
                    m.clientHello = $root.geoplay.v1.ClientHello.fromObject(d.clientHello, q + 1);
                }
                if (d.serverHello != null) {
                    if (!$util.isObject(d.serverHello))
                        throw $TypeError(".geoplay.v1.Envelope.serverHello: object expected");
                    m.serverHello = $root.geoplay.v1.ServerHello.fromObject(d.serverHello, q + 1);
                }
                if (d.ping != null) {
                    if (!$util.isObject(d.ping))
                        throw $TypeError(".geoplay.v1.Envelope.ping: object expected");
                    m.ping = $root.geoplay.v1.Ping.fromObject(d.ping, q + 1);
                }
                if (d.pong != null) {
                    if (!$util.isObject(d.pong))
                        throw $TypeError(".geoplay.v1.Envelope.pong: object expected");
                    m.pong = $root.geoplay.v1.Pong.fromObject(d.pong, q + 1);
                }
                if (d.location != null) {
                    if (!$util.isObject(d.location))
                        throw $TypeError(".geoplay.v1.Envelope.location: object expected");
                    m.location = $root.geoplay.v1.LocationReport.fromObject(d.location, q + 1);
                }
                if (d.worldDelta != null) {
                    if (!$util.isObject(d.worldDelta))
                        throw $TypeError(".geoplay.v1.Envelope.worldDelta: object expected");
                    m.worldDelta = $root.geoplay.v1.WorldDelta.fromObject(d.worldDelta, q + 1);
                }
                if (d.actionRequest != null) {
                    if (!$util.isObject(d.actionRequest))
                        throw $TypeError(".geoplay.v1.Envelope.actionRequest: object expected");
                    m.actionRequest = $root.geoplay.v1.ActionRequest.fromObject(d.actionRequest, q + 1);
                }
                if (d.actionResult != null) {
                    if (!$util.isObject(d.actionResult))
                        throw $TypeError(".geoplay.v1.Envelope.actionResult: object expected");
                    m.actionResult = $root.geoplay.v1.ActionResult.fromObject(d.actionResult, q + 1);
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".geoplay.v1.Envelope.error: object expected");
                    m.error = $root.geoplay.v1.Error.fromObject(d.error, q + 1);
                }
                if (d.drain != null) {
                    if (!$util.isObject(d.drain))
                        throw $TypeError(".geoplay.v1.Envelope.drain: object expected");
                    m.drain = $root.geoplay.v1.Drain.fromObject(d.drain, q + 1);
                }
                if (d.geofenceEvent != null) {
                    if (!$util.isObject(d.geofenceEvent))
                        throw $TypeError(".geoplay.v1.Envelope.geofenceEvent: object expected");
                    m.geofenceEvent = $root.geoplay.v1.GeofenceEvent.fromObject(d.geofenceEvent, q + 1);
                }
                if (d.snapshotRequest != null) {
                    if (!$util.isObject(d.snapshotRequest))
                        throw $TypeError(".geoplay.v1.Envelope.snapshotRequest: object expected");
                    m.snapshotRequest = $root.geoplay.v1.SnapshotRequest.fromObject(d.snapshotRequest, q + 1);
                }
                if (d.roomJoin != null) {
                    if (!$util.isObject(d.roomJoin))
                        throw $TypeError(".geoplay.v1.Envelope.roomJoin: object expected");
                    m.roomJoin = $root.geoplay.v1.RoomJoin.fromObject(d.roomJoin, q + 1);
                }
                if (d.roomLeave != null) {
                    if (!$util.isObject(d.roomLeave))
                        throw $TypeError(".geoplay.v1.Envelope.roomLeave: object expected");
                    m.roomLeave = $root.geoplay.v1.RoomLeave.fromObject(d.roomLeave, q + 1);
                }
                if (d.roomMessage != null) {
                    if (!$util.isObject(d.roomMessage))
                        throw $TypeError(".geoplay.v1.Envelope.roomMessage: object expected");
                    m.roomMessage = $root.geoplay.v1.RoomMessage.fromObject(d.roomMessage, q + 1);
                }
                if (d.roomUpdate != null) {
                    if (!$util.isObject(d.roomUpdate))
                        throw $TypeError(".geoplay.v1.Envelope.roomUpdate: object expected");
                    m.roomUpdate = $root.geoplay.v1.RoomUpdate.fromObject(d.roomUpdate, q + 1);
                }
                if (d.roomResult != null) {
                    if (!$util.isObject(d.roomResult))
                        throw $TypeError(".geoplay.v1.Envelope.roomResult: object expected");
                    m.roomResult = $root.geoplay.v1.RoomResult.fromObject(d.roomResult, q + 1);
                }
                if (d.roomError != null) {
                    if (!$util.isObject(d.roomError))
                        throw $TypeError(".geoplay.v1.Envelope.roomError: object expected");
                    m.roomError = $root.geoplay.v1.RoomError.fromObject(d.roomError, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.Envelope
             * @static
             * @param {geoplay.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.seq = 0;
                    d.ack = 0;
                    d.hlcMs = 0;
                    d.hlcLogical = 0;
                    if (o.bytes === $String)
                        d.traceId = "";
                    else {
                        d.traceId = [];
                        if (o.bytes !== $Array)
                            d.traceId = $util.newBuffer(d.traceId);
                    }
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = m.seq;
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    d.ack = m.ack;
                }
                if (m.hlcMs != null && $Object.hasOwnProperty.call(m, "hlcMs")) {
                    d.hlcMs = o.json && !$isFinite(m.hlcMs) ? $String(m.hlcMs) : m.hlcMs;
                }
                if (m.hlcLogical != null && $Object.hasOwnProperty.call(m, "hlcLogical")) {
                    d.hlcLogical = m.hlcLogical;
                }
                if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId")) {
                    d.traceId = o.bytes === $String ? $util.base64.encode(m.traceId, 0, m.traceId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.traceId) : m.traceId;
                }
                if (m.clientHello != null && $Object.hasOwnProperty.call(m, "clientHello")) {
                    d.clientHello = $root.geoplay.v1.ClientHello.toObject(m.clientHello, o, q + 1);
                    if (o.oneofs)
                        d.body = "clientHello";
                }
                if (m.serverHello != null && $Object.hasOwnProperty.call(m, "serverHello")) {
                    d.serverHello = $root.geoplay.v1.ServerHello.toObject(m.serverHello, o, q + 1);
                    if (o.oneofs)
                        d.body = "serverHello";
                }
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping")) {
                    d.ping = $root.geoplay.v1.Ping.toObject(m.ping, o, q + 1);
                    if (o.oneofs)
                        d.body = "ping";
                }
                if (m.pong != null && $Object.hasOwnProperty.call(m, "pong")) {
                    d.pong = $root.geoplay.v1.Pong.toObject(m.pong, o, q + 1);
                    if (o.oneofs)
                        d.body = "pong";
                }
                if (m.location != null && $Object.hasOwnProperty.call(m, "location")) {
                    d.location = $root.geoplay.v1.LocationReport.toObject(m.location, o, q + 1);
                    if (o.oneofs)
                        d.body = "location";
                }
                if (m.worldDelta != null && $Object.hasOwnProperty.call(m, "worldDelta")) {
                    d.worldDelta = $root.geoplay.v1.WorldDelta.toObject(m.worldDelta, o, q + 1);
                    if (o.oneofs)
                        d.body = "worldDelta";
                }
                if (m.actionRequest != null && $Object.hasOwnProperty.call(m, "actionRequest")) {
                    d.actionRequest = $root.geoplay.v1.ActionRequest.toObject(m.actionRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "actionRequest";
                }
                if (m.actionResult != null && $Object.hasOwnProperty.call(m, "actionResult")) {
                    d.actionResult = $root.geoplay.v1.ActionResult.toObject(m.actionResult, o, q + 1);
                    if (o.oneofs)
                        d.body = "actionResult";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.geoplay.v1.Error.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.body = "error";
                }
                if (m.drain != null && $Object.hasOwnProperty.call(m, "drain")) {
                    d.drain = $root.geoplay.v1.Drain.toObject(m.drain, o, q + 1);
                    if (o.oneofs)
                        d.body = "drain";
                }
                if (m.geofenceEvent != null && $Object.hasOwnProperty.call(m, "geofenceEvent")) {
                    d.geofenceEvent = $root.geoplay.v1.GeofenceEvent.toObject(m.geofenceEvent, o, q + 1);
                    if (o.oneofs)
                        d.body = "geofenceEvent";
                }
                if (m.snapshotRequest != null && $Object.hasOwnProperty.call(m, "snapshotRequest")) {
                    d.snapshotRequest = $root.geoplay.v1.SnapshotRequest.toObject(m.snapshotRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "snapshotRequest";
                }
                if (m.roomJoin != null && $Object.hasOwnProperty.call(m, "roomJoin")) {
                    d.roomJoin = $root.geoplay.v1.RoomJoin.toObject(m.roomJoin, o, q + 1);
                    if (o.oneofs)
                        d.body = "roomJoin";
                }
                if (m.roomLeave != null && $Object.hasOwnProperty.call(m, "roomLeave")) {
                    d.roomLeave = $root.geoplay.v1.RoomLeave.toObject(m.roomLeave, o, q + 1);
                    if (o.oneofs)
                        d.body = "roomLeave";
                }
                if (m.roomMessage != null && $Object.hasOwnProperty.call(m, "roomMessage")) {
                    d.roomMessage = $root.geoplay.v1.RoomMessage.toObject(m.roomMessage, o, q + 1);
                    if (o.oneofs)
                        d.body = "roomMessage";
                }
                if (m.roomUpdate != null && $Object.hasOwnProperty.call(m, "roomUpdate")) {
                    d.roomUpdate = $root.geoplay.v1.RoomUpdate.toObject(m.roomUpdate, o, q + 1);
                    if (o.oneofs)
                        d.body = "roomUpdate";
                }
                if (m.roomResult != null && $Object.hasOwnProperty.call(m, "roomResult")) {
                    d.roomResult = $root.geoplay.v1.RoomResult.toObject(m.roomResult, o, q + 1);
                    if (o.oneofs)
                        d.body = "roomResult";
                }
                if (m.roomError != null && $Object.hasOwnProperty.call(m, "roomError")) {
                    d.roomError = $root.geoplay.v1.RoomError.toObject(m.roomError, o, q + 1);
                    if (o.oneofs)
                        d.body = "roomError";
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof geoplay.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof geoplay.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.Envelope";
            };

            return Envelope;
        })();

        v1.ClientHello = (function() {

            /**
             * Properties of a ClientHello.
             * @typedef {Object} geoplay.v1.ClientHello.$Properties
             * @property {number|null} [protocolVersion] ClientHello protocolVersion
             * @property {string|null} [client] ClientHello client
             * @property {string|null} [resumeToken] ClientHello resumeToken
             * @property {number|null} [lastSeq] ClientHello lastSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientHello.
             * @memberof geoplay.v1
             * @interface IClientHello
             * @augments geoplay.v1.ClientHello.$Properties
             * @deprecated Use geoplay.v1.ClientHello.$Properties instead.
             */

            /**
             * Shape of a ClientHello.
             * @typedef {geoplay.v1.ClientHello.$Properties} geoplay.v1.ClientHello.$Shape
             */

            /**
             * Constructs a new ClientHello.
             * @memberof geoplay.v1
             * @classdesc Represents a ClientHello.
             * @constructor
             * @param {geoplay.v1.ClientHello.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientHello = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClientHello protocolVersion.
             * @member {number} protocolVersion
             * @memberof geoplay.v1.ClientHello
             * @instance
             */
            ClientHello.prototype.protocolVersion = 0;

            /**
             * ClientHello client.
             * @member {string} client
             * @memberof geoplay.v1.ClientHello
             * @instance
             */
            ClientHello.prototype.client = "";

            /**
             * ClientHello resumeToken.
             * @member {string} resumeToken
             * @memberof geoplay.v1.ClientHello
             * @instance
             */
            ClientHello.prototype.resumeToken = "";

            /**
             * ClientHello lastSeq.
             * @member {number} lastSeq
             * @memberof geoplay.v1.ClientHello
             * @instance
             */
            ClientHello.prototype.lastSeq = 0;

            /**
             * Creates a new ClientHello instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.ClientHello
             * @static
             * @param {geoplay.v1.ClientHello.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.ClientHello} ClientHello instance
             * @type {{
             *   (properties: geoplay.v1.ClientHello.$Shape): geoplay.v1.ClientHello & geoplay.v1.ClientHello.$Shape;
             *   (properties?: geoplay.v1.ClientHello.$Properties): geoplay.v1.ClientHello;
             * }}
             */
            ClientHello.create = function(properties) {
                return new ClientHello(properties);
            };

            /**
             * Encodes the specified ClientHello message. Does not implicitly {@link geoplay.v1.ClientHello.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.ClientHello
             * @static
             * @param {geoplay.v1.ClientHello.$Properties} m ClientHello message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientHello.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion") && m.protocolVersion !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.protocolVersion);
                if (m.client != null && $Object.hasOwnProperty.call(m, "client") && m.client !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.client);
                if (m.resumeToken != null && $Object.hasOwnProperty.call(m, "resumeToken") && m.resumeToken !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.resumeToken);
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq") && m.lastSeq !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.lastSeq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ClientHello message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.ClientHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.ClientHello & geoplay.v1.ClientHello.$Shape} ClientHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientHello.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.ClientHello();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.protocolVersion = v;
                            else
                                delete m.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.client = v;
                            else
                                delete m.client;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.resumeToken = v;
                            else
                                delete m.resumeToken;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.lastSeq = v;
                            else
                                delete m.lastSeq;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ClientHello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.ClientHello
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.ClientHello} ClientHello
             */
            ClientHello.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.ClientHello)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.ClientHello: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.ClientHello();
                if (d.protocolVersion != null) {
                    if ($Number(d.protocolVersion) !== 0) {
                        m.protocolVersion = d.protocolVersion >>> 0;
                    }
                }
                if (d.client != null) {
                    if (typeof d.client !== "string" || d.client.length) {
                        m.client = $String(d.client);
                    }
                }
                if (d.resumeToken != null) {
                    if (typeof d.resumeToken !== "string" || d.resumeToken.length) {
                        m.resumeToken = $String(d.resumeToken);
                    }
                }
                if (d.lastSeq != null) {
                    if ($Number(d.lastSeq) !== 0) {
                        m.lastSeq = d.lastSeq >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClientHello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.ClientHello
             * @static
             * @param {geoplay.v1.ClientHello} m ClientHello
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientHello.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.protocolVersion = 0;
                    d.client = "";
                    d.resumeToken = "";
                    d.lastSeq = 0;
                }
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion")) {
                    d.protocolVersion = m.protocolVersion;
                }
                if (m.client != null && $Object.hasOwnProperty.call(m, "client")) {
                    d.client = m.client;
                }
                if (m.resumeToken != null && $Object.hasOwnProperty.call(m, "resumeToken")) {
                    d.resumeToken = m.resumeToken;
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    d.lastSeq = m.lastSeq;
                }
                return d;
            };

            /**
             * Converts this ClientHello to JSON.
             * @function toJSON
             * @memberof geoplay.v1.ClientHello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientHello.prototype.toJSON = function() {
                return ClientHello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientHello
             * @function getTypeUrl
             * @memberof geoplay.v1.ClientHello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientHello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.ClientHello";
            };

            return ClientHello;
        })();

        v1.ServerHello = (function() {

            /**
             * Properties of a ServerHello.
             * @typedef {Object} geoplay.v1.ServerHello.$Properties
             * @property {string|null} [sessionId] ServerHello sessionId
             * @property {string|null} [playerId] ServerHello playerId
             * @property {string|null} [resumeToken] ServerHello resumeToken
             * @property {boolean|null} [resumed] ServerHello resumed
             * @property {number|null} [serverTimeMs] ServerHello serverTimeMs
             * @property {number|null} [heartbeatIntervalMs] ServerHello heartbeatIntervalMs
             * @property {number|null} [maxFrameBytes] ServerHello maxFrameBytes
             * @property {number|null} [maxMessagesPerS] ServerHello maxMessagesPerS
             * @property {number|null} [maxLocationReportsPerS] ServerHello maxLocationReportsPerS
             * @property {string|null} [nodeId] ServerHello nodeId
             * @property {boolean|null} [snapshotFollows] ServerHello snapshotFollows
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerHello.
             * @memberof geoplay.v1
             * @interface IServerHello
             * @augments geoplay.v1.ServerHello.$Properties
             * @deprecated Use geoplay.v1.ServerHello.$Properties instead.
             */

            /**
             * Shape of a ServerHello.
             * @typedef {geoplay.v1.ServerHello.$Properties} geoplay.v1.ServerHello.$Shape
             */

            /**
             * Constructs a new ServerHello.
             * @memberof geoplay.v1
             * @classdesc Represents a ServerHello.
             * @constructor
             * @param {geoplay.v1.ServerHello.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerHello = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ServerHello sessionId.
             * @member {string} sessionId
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.sessionId = "";

            /**
             * ServerHello playerId.
             * @member {string} playerId
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.playerId = "";

            /**
             * ServerHello resumeToken.
             * @member {string} resumeToken
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.resumeToken = "";

            /**
             * ServerHello resumed.
             * @member {boolean} resumed
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.resumed = false;

            /**
             * ServerHello serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.serverTimeMs = 0;

            /**
             * ServerHello heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.heartbeatIntervalMs = 0;

            /**
             * ServerHello maxFrameBytes.
             * @member {number} maxFrameBytes
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.maxFrameBytes = 0;

            /**
             * ServerHello maxMessagesPerS.
             * @member {number} maxMessagesPerS
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.maxMessagesPerS = 0;

            /**
             * ServerHello maxLocationReportsPerS.
             * @member {number} maxLocationReportsPerS
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.maxLocationReportsPerS = 0;

            /**
             * ServerHello nodeId.
             * @member {string} nodeId
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.nodeId = "";

            /**
             * ServerHello snapshotFollows.
             * @member {boolean} snapshotFollows
             * @memberof geoplay.v1.ServerHello
             * @instance
             */
            ServerHello.prototype.snapshotFollows = false;

            /**
             * Creates a new ServerHello instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.ServerHello
             * @static
             * @param {geoplay.v1.ServerHello.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.ServerHello} ServerHello instance
             * @type {{
             *   (properties: geoplay.v1.ServerHello.$Shape): geoplay.v1.ServerHello & geoplay.v1.ServerHello.$Shape;
             *   (properties?: geoplay.v1.ServerHello.$Properties): geoplay.v1.ServerHello;
             * }}
             */
            ServerHello.create = function(properties) {
                return new ServerHello(properties);
            };

            /**
             * Encodes the specified ServerHello message. Does not implicitly {@link geoplay.v1.ServerHello.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.ServerHello
             * @static
             * @param {geoplay.v1.ServerHello.$Properties} m ServerHello message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerHello.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId") && m.sessionId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.sessionId);
                if (m.playerId != null && $Object.hasOwnProperty.call(m, "playerId") && m.playerId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.playerId);
                if (m.resumeToken != null && $Object.hasOwnProperty.call(m, "resumeToken") && m.resumeToken !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.resumeToken);
                if (m.resumed != null && $Object.hasOwnProperty.call(m, "resumed") && m.resumed !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.resumed);
                if (m.serverTimeMs != null && $Object.hasOwnProperty.call(m, "serverTimeMs") && !$Object.is(m.serverTimeMs, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.serverTimeMs);
                if (m.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(m, "heartbeatIntervalMs") && m.heartbeatIntervalMs !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.heartbeatIntervalMs);
                if (m.maxFrameBytes != null && $Object.hasOwnProperty.call(m, "maxFrameBytes") && m.maxFrameBytes !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.maxFrameBytes);
                if (m.maxMessagesPerS != null && $Object.hasOwnProperty.call(m, "maxMessagesPerS") && m.maxMessagesPerS !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.maxMessagesPerS);
                if (m.maxLocationReportsPerS != null && $Object.hasOwnProperty.call(m, "maxLocationReportsPerS") && m.maxLocationReportsPerS !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.maxLocationReportsPerS);
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.nodeId);
                if (m.snapshotFollows != null && $Object.hasOwnProperty.call(m, "snapshotFollows") && m.snapshotFollows !== false)
                    w.uint32(/* id 11, wireType 0 =*/88).bool(m.snapshotFollows);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ServerHello message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.ServerHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.ServerHello & geoplay.v1.ServerHello.$Shape} ServerHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerHello.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.ServerHello();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.sessionId = v;
                            else
                                delete m.sessionId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.playerId = v;
                            else
                                delete m.playerId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.resumeToken = v;
                            else
                                delete m.resumeToken;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.resumed = v;
                            else
                                delete m.resumed;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.serverTimeMs = v;
                            else
                                delete m.serverTimeMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.heartbeatIntervalMs = v;
                            else
                                delete m.heartbeatIntervalMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxFrameBytes = v;
                            else
                                delete m.maxFrameBytes;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxMessagesPerS = v;
                            else
                                delete m.maxMessagesPerS;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxLocationReportsPerS = v;
                            else
                                delete m.maxLocationReportsPerS;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.snapshotFollows = v;
                            else
                                delete m.snapshotFollows;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ServerHello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.ServerHello
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.ServerHello} ServerHello
             */
            ServerHello.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.ServerHello)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.ServerHello: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.ServerHello();
                if (d.sessionId != null) {
                    if (typeof d.sessionId !== "string" || d.sessionId.length) {
                        m.sessionId = $String(d.sessionId);
                    }
                }
                if (d.playerId != null) {
                    if (typeof d.playerId !== "string" || d.playerId.length) {
                        m.playerId = $String(d.playerId);
                    }
                }
                if (d.resumeToken != null) {
                    if (typeof d.resumeToken !== "string" || d.resumeToken.length) {
                        m.resumeToken = $String(d.resumeToken);
                    }
                }
                if (d.resumed != null) {
                    if (d.resumed) {
                        m.resumed = $Boolean(d.resumed);
                    }
                }
                if (d.serverTimeMs != null) {
                    if (!$Object.is($Number(d.serverTimeMs), 0)) {
                        m.serverTimeMs = $Number(d.serverTimeMs);
                    }
                }
                if (d.heartbeatIntervalMs != null) {
                    if ($Number(d.heartbeatIntervalMs) !== 0) {
                        m.heartbeatIntervalMs = d.heartbeatIntervalMs >>> 0;
                    }
                }
                if (d.maxFrameBytes != null) {
                    if ($Number(d.maxFrameBytes) !== 0) {
                        m.maxFrameBytes = d.maxFrameBytes >>> 0;
                    }
                }
                if (d.maxMessagesPerS != null) {
                    if ($Number(d.maxMessagesPerS) !== 0) {
                        m.maxMessagesPerS = d.maxMessagesPerS >>> 0;
                    }
                }
                if (d.maxLocationReportsPerS != null) {
                    if ($Number(d.maxLocationReportsPerS) !== 0) {
                        m.maxLocationReportsPerS = d.maxLocationReportsPerS >>> 0;
                    }
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.snapshotFollows != null) {
                    if (d.snapshotFollows) {
                        m.snapshotFollows = $Boolean(d.snapshotFollows);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ServerHello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.ServerHello
             * @static
             * @param {geoplay.v1.ServerHello} m ServerHello
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerHello.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.sessionId = "";
                    d.playerId = "";
                    d.resumeToken = "";
                    d.resumed = false;
                    d.serverTimeMs = 0;
                    d.heartbeatIntervalMs = 0;
                    d.maxFrameBytes = 0;
                    d.maxMessagesPerS = 0;
                    d.maxLocationReportsPerS = 0;
                    d.nodeId = "";
                    d.snapshotFollows = false;
                }
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId")) {
                    d.sessionId = m.sessionId;
                }
                if (m.playerId != null && $Object.hasOwnProperty.call(m, "playerId")) {
                    d.playerId = m.playerId;
                }
                if (m.resumeToken != null && $Object.hasOwnProperty.call(m, "resumeToken")) {
                    d.resumeToken = m.resumeToken;
                }
                if (m.resumed != null && $Object.hasOwnProperty.call(m, "resumed")) {
                    d.resumed = m.resumed;
                }
                if (m.serverTimeMs != null && $Object.hasOwnProperty.call(m, "serverTimeMs")) {
                    d.serverTimeMs = o.json && !$isFinite(m.serverTimeMs) ? $String(m.serverTimeMs) : m.serverTimeMs;
                }
                if (m.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(m, "heartbeatIntervalMs")) {
                    d.heartbeatIntervalMs = m.heartbeatIntervalMs;
                }
                if (m.maxFrameBytes != null && $Object.hasOwnProperty.call(m, "maxFrameBytes")) {
                    d.maxFrameBytes = m.maxFrameBytes;
                }
                if (m.maxMessagesPerS != null && $Object.hasOwnProperty.call(m, "maxMessagesPerS")) {
                    d.maxMessagesPerS = m.maxMessagesPerS;
                }
                if (m.maxLocationReportsPerS != null && $Object.hasOwnProperty.call(m, "maxLocationReportsPerS")) {
                    d.maxLocationReportsPerS = m.maxLocationReportsPerS;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.snapshotFollows != null && $Object.hasOwnProperty.call(m, "snapshotFollows")) {
                    d.snapshotFollows = m.snapshotFollows;
                }
                return d;
            };

            /**
             * Converts this ServerHello to JSON.
             * @function toJSON
             * @memberof geoplay.v1.ServerHello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerHello.prototype.toJSON = function() {
                return ServerHello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServerHello
             * @function getTypeUrl
             * @memberof geoplay.v1.ServerHello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServerHello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.ServerHello";
            };

            return ServerHello;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} geoplay.v1.Ping.$Properties
             * @property {number|null} [id] Ping id
             * @property {number|null} [originTimeMs] Ping originTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof geoplay.v1
             * @interface IPing
             * @augments geoplay.v1.Ping.$Properties
             * @deprecated Use geoplay.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {geoplay.v1.Ping.$Properties} geoplay.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof geoplay.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {geoplay.v1.Ping.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ping id.
             * @member {number} id
             * @memberof geoplay.v1.Ping
             * @instance
             */
            Ping.prototype.id = 0;

            /**
             * Ping originTimeMs.
             * @member {number} originTimeMs
             * @memberof geoplay.v1.Ping
             * @instance
             */
            Ping.prototype.originTimeMs = 0;

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.Ping
             * @static
             * @param {geoplay.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.Ping} Ping instance
             * @type {{
             *   (properties: geoplay.v1.Ping.$Shape): geoplay.v1.Ping & geoplay.v1.Ping.$Shape;
             *   (properties?: geoplay.v1.Ping.$Properties): geoplay.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link geoplay.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.Ping
             * @static
             * @param {geoplay.v1.Ping.$Properties} m Ping message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.originTimeMs != null && $Object.hasOwnProperty.call(m, "originTimeMs") && !$Object.is(m.originTimeMs, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.originTimeMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.Ping & geoplay.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.Ping();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.originTimeMs = v;
                            else
                                delete m.originTimeMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.Ping
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.Ping} Ping
             */
            Ping.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.Ping)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.Ping: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.Ping();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.originTimeMs != null) {
                    if (!$Object.is($Number(d.originTimeMs), 0)) {
                        m.originTimeMs = $Number(d.originTimeMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.Ping
             * @static
             * @param {geoplay.v1.Ping} m Ping
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                    d.originTimeMs = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.originTimeMs != null && $Object.hasOwnProperty.call(m, "originTimeMs")) {
                    d.originTimeMs = o.json && !$isFinite(m.originTimeMs) ? $String(m.originTimeMs) : m.originTimeMs;
                }
                return d;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof geoplay.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof geoplay.v1.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.Ping";
            };

            return Ping;
        })();

        v1.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} geoplay.v1.Pong.$Properties
             * @property {number|null} [id] Pong id
             * @property {number|null} [originTimeMs] Pong originTimeMs
             * @property {number|null} [receiveTimeMs] Pong receiveTimeMs
             * @property {number|null} [transmitTimeMs] Pong transmitTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof geoplay.v1
             * @interface IPong
             * @augments geoplay.v1.Pong.$Properties
             * @deprecated Use geoplay.v1.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {geoplay.v1.Pong.$Properties} geoplay.v1.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof geoplay.v1
             * @classdesc Represents a Pong.
             * @constructor
             * @param {geoplay.v1.Pong.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pong = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Pong id.
             * @member {number} id
             * @memberof geoplay.v1.Pong
             * @instance
             */
            Pong.prototype.id = 0;

            /**
             * Pong originTimeMs.
             * @member {number} originTimeMs
             * @memberof geoplay.v1.Pong
             * @instance
             */
            Pong.prototype.originTimeMs = 0;

            /**
             * Pong receiveTimeMs.
             * @member {number} receiveTimeMs
             * @memberof geoplay.v1.Pong
             * @instance
             */
            Pong.prototype.receiveTimeMs = 0;

            /**
             * Pong transmitTimeMs.
             * @member {number} transmitTimeMs
             * @memberof geoplay.v1.Pong
             * @instance
             */
            Pong.prototype.transmitTimeMs = 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.Pong
             * @static
             * @param {geoplay.v1.Pong.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.Pong} Pong instance
             * @type {{
             *   (properties: geoplay.v1.Pong.$Shape): geoplay.v1.Pong & geoplay.v1.Pong.$Shape;
             *   (properties?: geoplay.v1.Pong.$Properties): geoplay.v1.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link geoplay.v1.Pong.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.Pong
             * @static
             * @param {geoplay.v1.Pong.$Properties} m Pong message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.originTimeMs != null && $Object.hasOwnProperty.call(m, "originTimeMs") && !$Object.is(m.originTimeMs, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.originTimeMs);
                if (m.receiveTimeMs != null && $Object.hasOwnProperty.call(m, "receiveTimeMs") && !$Object.is(m.receiveTimeMs, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.receiveTimeMs);
                if (m.transmitTimeMs != null && $Object.hasOwnProperty.call(m, "transmitTimeMs") && !$Object.is(m.transmitTimeMs, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.transmitTimeMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.Pong & geoplay.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.Pong();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.originTimeMs = v;
                            else
                                delete m.originTimeMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.receiveTimeMs = v;
                            else
                                delete m.receiveTimeMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.transmitTimeMs = v;
                            else
                                delete m.transmitTimeMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.Pong
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.Pong} Pong
             */
            Pong.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.Pong)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.Pong: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.Pong();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.originTimeMs != null) {
                    if (!$Object.is($Number(d.originTimeMs), 0)) {
                        m.originTimeMs = $Number(d.originTimeMs);
                    }
                }
                if (d.receiveTimeMs != null) {
                    if (!$Object.is($Number(d.receiveTimeMs), 0)) {
                        m.receiveTimeMs = $Number(d.receiveTimeMs);
                    }
                }
                if (d.transmitTimeMs != null) {
                    if (!$Object.is($Number(d.transmitTimeMs), 0)) {
                        m.transmitTimeMs = $Number(d.transmitTimeMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.Pong
             * @static
             * @param {geoplay.v1.Pong} m Pong
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pong.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = 0;
                    d.originTimeMs = 0;
                    d.receiveTimeMs = 0;
                    d.transmitTimeMs = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.originTimeMs != null && $Object.hasOwnProperty.call(m, "originTimeMs")) {
                    d.originTimeMs = o.json && !$isFinite(m.originTimeMs) ? $String(m.originTimeMs) : m.originTimeMs;
                }
                if (m.receiveTimeMs != null && $Object.hasOwnProperty.call(m, "receiveTimeMs")) {
                    d.receiveTimeMs = o.json && !$isFinite(m.receiveTimeMs) ? $String(m.receiveTimeMs) : m.receiveTimeMs;
                }
                if (m.transmitTimeMs != null && $Object.hasOwnProperty.call(m, "transmitTimeMs")) {
                    d.transmitTimeMs = o.json && !$isFinite(m.transmitTimeMs) ? $String(m.transmitTimeMs) : m.transmitTimeMs;
                }
                return d;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof geoplay.v1.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Pong
             * @function getTypeUrl
             * @memberof geoplay.v1.Pong
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Pong.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.Pong";
            };

            return Pong;
        })();

        /**
         * LocationSource enum.
         * @name geoplay.v1.LocationSource
         * @enum {number}
         * @property {number} LOCATION_SOURCE_UNSPECIFIED=0 LOCATION_SOURCE_UNSPECIFIED value
         * @property {number} LOCATION_SOURCE_GPS=1 LOCATION_SOURCE_GPS value
         * @property {number} LOCATION_SOURCE_NETWORK=2 LOCATION_SOURCE_NETWORK value
         * @property {number} LOCATION_SOURCE_FUSED=3 LOCATION_SOURCE_FUSED value
         * @property {number} LOCATION_SOURCE_IMU=4 LOCATION_SOURCE_IMU value
         */
        v1.LocationSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOCATION_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOCATION_SOURCE_GPS"] = 1;
            values[valuesById[2] = "LOCATION_SOURCE_NETWORK"] = 2;
            values[valuesById[3] = "LOCATION_SOURCE_FUSED"] = 3;
            values[valuesById[4] = "LOCATION_SOURCE_IMU"] = 4;
            return values;
        })();

        v1.LocationReport = (function() {

            /**
             * Properties of a LocationReport.
             * @typedef {Object} geoplay.v1.LocationReport.$Properties
             * @property {number|null} [latE7] LocationReport latE7
             * @property {number|null} [lngE7] LocationReport lngE7
             * @property {number|null} [accuracyM] LocationReport accuracyM
             * @property {number|null} [speedMps] LocationReport speedMps
             * @property {number|null} [headingDeg] LocationReport headingDeg
             * @property {geoplay.v1.LocationSource|null} [source] LocationReport source
             * @property {number|null} [clientTimeMs] LocationReport clientTimeMs
             * @property {boolean|null} [mock] LocationReport mock
             * @property {number|null} [steps] LocationReport steps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LocationReport.
             * @memberof geoplay.v1
             * @interface ILocationReport
             * @augments geoplay.v1.LocationReport.$Properties
             * @deprecated Use geoplay.v1.LocationReport.$Properties instead.
             */

            /**
             * Shape of a LocationReport.
             * @typedef {geoplay.v1.LocationReport.$Properties} geoplay.v1.LocationReport.$Shape
             */

            /**
             * Constructs a new LocationReport.
             * @memberof geoplay.v1
             * @classdesc Represents a LocationReport.
             * @constructor
             * @param {geoplay.v1.LocationReport.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LocationReport = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LocationReport latE7.
             * @member {number} latE7
             * @memberof geoplay.v1.LocationReport
             * @instance
             */
            LocationReport.prototype.latE7 = 0;

            /**
             * LocationReport lngE7.
             * @member {number} lngE7
             * @memberof geoplay.v1.LocationReport
             * @instance
             */
            LocationReport.prototype.lngE7 = 0;

            /**
             * LocationReport accuracyM.
             * @member {number} accuracyM
             * @memberof geoplay.v1.LocationReport
             * @instance
             */
            LocationReport.prototype.accuracyM = 0;

            /**
             * LocationReport speedMps.
             * @member {number} speedMps
             * @memberof geoplay.v1.LocationReport
             * @instance
             */
            LocationReport.prototype.speedMps = 0;

            /**
             * LocationReport headingDeg.
             * @member {number} headingDeg
             * @memberof geoplay.v1.LocationReport
             * @instance
             */
            LocationReport.prototype.headingDeg = 0;

            /**
             * LocationReport source.
             * @member {geoplay.v1.LocationSource} source
             * @memberof geoplay.v1.LocationReport
             * @instance
             */
            LocationReport.prototype.source = 0;

            /**
             * LocationReport clientTimeMs.
             * @member {number} clientTimeMs
             * @memberof geoplay.v1.LocationReport
             * @instance
             */
            LocationReport.prototype.clientTimeMs = 0;

            /**
             * LocationReport mock.
             * @member {boolean} mock
             * @memberof geoplay.v1.LocationReport
             * @instance
             */
            LocationReport.prototype.mock = false;

            /**
             * LocationReport steps.
             * @member {number} steps
             * @memberof geoplay.v1.LocationReport
             * @instance
             */
            LocationReport.prototype.steps = 0;

            /**
             * Creates a new LocationReport instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.LocationReport
             * @static
             * @param {geoplay.v1.LocationReport.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.LocationReport} LocationReport instance
             * @type {{
             *   (properties: geoplay.v1.LocationReport.$Shape): geoplay.v1.LocationReport & geoplay.v1.LocationReport.$Shape;
             *   (properties?: geoplay.v1.LocationReport.$Properties): geoplay.v1.LocationReport;
             * }}
             */
            LocationReport.create = function(properties) {
                return new LocationReport(properties);
            };

            /**
             * Encodes the specified LocationReport message. Does not implicitly {@link geoplay.v1.LocationReport.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.LocationReport
             * @static
             * @param {geoplay.v1.LocationReport.$Properties} m LocationReport message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocationReport.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.latE7 != null && $Object.hasOwnProperty.call(m, "latE7") && m.latE7 !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).sint32(m.latE7);
                if (m.lngE7 != null && $Object.hasOwnProperty.call(m, "lngE7") && m.lngE7 !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).sint32(m.lngE7);
                if (m.accuracyM != null && $Object.hasOwnProperty.call(m, "accuracyM") && !$Object.is(m.accuracyM, 0))
                    w.uint32(/* id 3, wireType 5 =*/29).float(m.accuracyM);
                if (m.speedMps != null && $Object.hasOwnProperty.call(m, "speedMps") && !$Object.is(m.speedMps, 0))
                    w.uint32(/* id 4, wireType 5 =*/37).float(m.speedMps);
                if (m.headingDeg != null && $Object.hasOwnProperty.call(m, "headingDeg") && !$Object.is(m.headingDeg, 0))
                    w.uint32(/* id 5, wireType 5 =*/45).float(m.headingDeg);
                if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).int32(m.source);
                if (m.clientTimeMs != null && $Object.hasOwnProperty.call(m, "clientTimeMs") && !$Object.is(m.clientTimeMs, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.clientTimeMs);
                if (m.mock != null && $Object.hasOwnProperty.call(m, "mock") && m.mock !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.mock);
                if (m.steps != null && $Object.hasOwnProperty.call(m, "steps") && m.steps !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).uint32(m.steps);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LocationReport message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.LocationReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.LocationReport & geoplay.v1.LocationReport.$Shape} LocationReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocationReport.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.LocationReport();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.latE7 = v;
                            else
                                delete m.latE7;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.lngE7 = v;
                            else
                                delete m.lngE7;
                            continue;
                        }
                    case 3: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.accuracyM = v;
                            else
                                delete m.accuracyM;
                            continue;
                        }
                    case 4: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.speedMps = v;
                            else
                                delete m.speedMps;
                            continue;
                        }
                    case 5: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.headingDeg = v;
                            else
                                delete m.headingDeg;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.source = v;
                            else
                                delete m.source;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.clientTimeMs = v;
                            else
                                delete m.clientTimeMs;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.mock = v;
                            else
                                delete m.mock;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.steps = v;
                            else
                                delete m.steps;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LocationReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.LocationReport
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.LocationReport} LocationReport
             */
            LocationReport.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.LocationReport)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.LocationReport: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.LocationReport();
                if (d.latE7 != null) {
                    if ($Number(d.latE7) !== 0) {
                        m.latE7 = d.latE7 | 0;
                    }
                }
                if (d.lngE7 != null) {
                    if ($Number(d.lngE7) !== 0) {
                        m.lngE7 = d.lngE7 | 0;
                    }
                }
                if (d.accuracyM != null) {
                    if (!$Object.is($Number(d.accuracyM), 0)) {
                        m.accuracyM = $Number(d.accuracyM);
                    }
                }
                if (d.speedMps != null) {
                    if (!$Object.is($Number(d.speedMps), 0)) {
                        m.speedMps = $Number(d.speedMps);
                    }
                }
                if (d.headingDeg != null) {
                    if (!$Object.is($Number(d.headingDeg), 0)) {
                        m.headingDeg = $Number(d.headingDeg);
                    }
                }
                if (d.source !== 0 && (typeof d.source !== "string" || $root.geoplay.v1.LocationSource[d.source] !== 0)) {
                    switch (d.source) {
                    case "LOCATION_SOURCE_UNSPECIFIED":
                    case 0:
                        m.source = 0;
                        break;
                    case "LOCATION_SOURCE_GPS":
                    case 1:
                        m.source = 1;
                        break;
                    case "LOCATION_SOURCE_NETWORK":
                    case 2:
                        m.source = 2;
                        break;
                    case "LOCATION_SOURCE_FUSED":
                    case 3:
                        m.source = 3;
                        break;
                    case "LOCATION_SOURCE_IMU":
                    case 4:
                        m.source = 4;
                        break;
                    default:
                        if (typeof d.source === "number" && (d.source | 0) === d.source)
                            m.source = d.source;
                    }
                }
                if (d.clientTimeMs != null) {
                    if (!$Object.is($Number(d.clientTimeMs), 0)) {
                        m.clientTimeMs = $Number(d.clientTimeMs);
                    }
                }
                if (d.mock != null) {
                    if (d.mock) {
                        m.mock = $Boolean(d.mock);
                    }
                }
                if (d.steps != null) {
                    if ($Number(d.steps) !== 0) {
                        m.steps = d.steps >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LocationReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.LocationReport
             * @static
             * @param {geoplay.v1.LocationReport} m LocationReport
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LocationReport.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.latE7 = 0;
                    d.lngE7 = 0;
                    d.accuracyM = 0;
                    d.speedMps = 0;
                    d.headingDeg = 0;
                    d.source = o.enums === $String ? "LOCATION_SOURCE_UNSPECIFIED" : 0;
                    d.clientTimeMs = 0;
                    d.mock = false;
                    d.steps = 0;
                }
                if (m.latE7 != null && $Object.hasOwnProperty.call(m, "latE7")) {
                    d.latE7 = m.latE7;
                }
                if (m.lngE7 != null && $Object.hasOwnProperty.call(m, "lngE7")) {
                    d.lngE7 = m.lngE7;
                }
                if (m.accuracyM != null && $Object.hasOwnProperty.call(m, "accuracyM")) {
                    d.accuracyM = o.json && !$isFinite(m.accuracyM) ? $String(m.accuracyM) : m.accuracyM;
                }
                if (m.speedMps != null && $Object.hasOwnProperty.call(m, "speedMps")) {
                    d.speedMps = o.json && !$isFinite(m.speedMps) ? $String(m.speedMps) : m.speedMps;
                }
                if (m.headingDeg != null && $Object.hasOwnProperty.call(m, "headingDeg")) {
                    d.headingDeg = o.json && !$isFinite(m.headingDeg) ? $String(m.headingDeg) : m.headingDeg;
                }
                if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                    d.source = o.enums === $String ? $root.geoplay.v1.LocationSource[m.source] === $undefined ? m.source : $root.geoplay.v1.LocationSource[m.source] : m.source;
                }
                if (m.clientTimeMs != null && $Object.hasOwnProperty.call(m, "clientTimeMs")) {
                    d.clientTimeMs = o.json && !$isFinite(m.clientTimeMs) ? $String(m.clientTimeMs) : m.clientTimeMs;
                }
                if (m.mock != null && $Object.hasOwnProperty.call(m, "mock")) {
                    d.mock = m.mock;
                }
                if (m.steps != null && $Object.hasOwnProperty.call(m, "steps")) {
                    d.steps = m.steps;
                }
                return d;
            };

            /**
             * Converts this LocationReport to JSON.
             * @function toJSON
             * @memberof geoplay.v1.LocationReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LocationReport.prototype.toJSON = function() {
                return LocationReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LocationReport
             * @function getTypeUrl
             * @memberof geoplay.v1.LocationReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LocationReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.LocationReport";
            };

            return LocationReport;
        })();

        /**
         * EntityKind enum.
         * @name geoplay.v1.EntityKind
         * @enum {number}
         * @property {number} ENTITY_KIND_UNSPECIFIED=0 ENTITY_KIND_UNSPECIFIED value
         * @property {number} ENTITY_KIND_PLAYER=1 ENTITY_KIND_PLAYER value
         * @property {number} ENTITY_KIND_SPAWN=2 ENTITY_KIND_SPAWN value
         * @property {number} ENTITY_KIND_POI=3 ENTITY_KIND_POI value
         */
        v1.EntityKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTITY_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ENTITY_KIND_PLAYER"] = 1;
            values[valuesById[2] = "ENTITY_KIND_SPAWN"] = 2;
            values[valuesById[3] = "ENTITY_KIND_POI"] = 3;
            return values;
        })();

        v1.Entity = (function() {

            /**
             * Properties of an Entity.
             * @typedef {Object} geoplay.v1.Entity.$Properties
             * @property {number|null} [eid] Entity eid
             * @property {geoplay.v1.EntityKind|null} [kind] Entity kind
             * @property {string|null} [id] Entity id
             * @property {number|null} [latE7] Entity latE7
             * @property {number|null} [lngE7] Entity lngE7
             * @property {string|null} [name] Entity name
             * @property {number|null} [team] Entity team
             * @property {number|null} [headingDeg] Entity headingDeg
             * @property {number|null} [speedMps] Entity speedMps
             * @property {number|null} [updatedMs] Entity updatedMs
             * @property {number|null} [level] Entity level
             * @property {number|null} [expiresMs] Entity expiresMs
             * @property {string|null} [poiKind] Entity poiKind
             * @property {boolean|null} [idle] Entity idle
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Entity.
             * @memberof geoplay.v1
             * @interface IEntity
             * @augments geoplay.v1.Entity.$Properties
             * @deprecated Use geoplay.v1.Entity.$Properties instead.
             */

            /**
             * Shape of an Entity.
             * @typedef {geoplay.v1.Entity.$Properties} geoplay.v1.Entity.$Shape
             */

            /**
             * Constructs a new Entity.
             * @memberof geoplay.v1
             * @classdesc Represents an Entity.
             * @constructor
             * @param {geoplay.v1.Entity.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Entity = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Entity eid.
             * @member {number} eid
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.eid = 0;

            /**
             * Entity kind.
             * @member {geoplay.v1.EntityKind} kind
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.kind = 0;

            /**
             * Entity id.
             * @member {string} id
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.id = "";

            /**
             * Entity latE7.
             * @member {number} latE7
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.latE7 = 0;

            /**
             * Entity lngE7.
             * @member {number} lngE7
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.lngE7 = 0;

            /**
             * Entity name.
             * @member {string} name
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.name = "";

            /**
             * Entity team.
             * @member {number} team
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.team = 0;

            /**
             * Entity headingDeg.
             * @member {number} headingDeg
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.headingDeg = 0;

            /**
             * Entity speedMps.
             * @member {number} speedMps
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.speedMps = 0;

            /**
             * Entity updatedMs.
             * @member {number} updatedMs
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.updatedMs = 0;

            /**
             * Entity level.
             * @member {number} level
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.level = 0;

            /**
             * Entity expiresMs.
             * @member {number} expiresMs
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.expiresMs = 0;

            /**
             * Entity poiKind.
             * @member {string} poiKind
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.poiKind = "";

            /**
             * Entity idle.
             * @member {boolean} idle
             * @memberof geoplay.v1.Entity
             * @instance
             */
            Entity.prototype.idle = false;

            /**
             * Creates a new Entity instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.Entity
             * @static
             * @param {geoplay.v1.Entity.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.Entity} Entity instance
             * @type {{
             *   (properties: geoplay.v1.Entity.$Shape): geoplay.v1.Entity & geoplay.v1.Entity.$Shape;
             *   (properties?: geoplay.v1.Entity.$Properties): geoplay.v1.Entity;
             * }}
             */
            Entity.create = function(properties) {
                return new Entity(properties);
            };

            /**
             * Encodes the specified Entity message. Does not implicitly {@link geoplay.v1.Entity.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.Entity
             * @static
             * @param {geoplay.v1.Entity.$Properties} m Entity message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entity.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.eid != null && $Object.hasOwnProperty.call(m, "eid") && m.eid !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.eid);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.kind);
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.id);
                if (m.latE7 != null && $Object.hasOwnProperty.call(m, "latE7") && m.latE7 !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).sint32(m.latE7);
                if (m.lngE7 != null && $Object.hasOwnProperty.call(m, "lngE7") && m.lngE7 !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).sint32(m.lngE7);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.name);
                if (m.team != null && $Object.hasOwnProperty.call(m, "team") && m.team !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.team);
                if (m.headingDeg != null && $Object.hasOwnProperty.call(m, "headingDeg") && !$Object.is(m.headingDeg, 0))
                    w.uint32(/* id 8, wireType 5 =*/69).float(m.headingDeg);
                if (m.speedMps != null && $Object.hasOwnProperty.call(m, "speedMps") && !$Object.is(m.speedMps, 0))
                    w.uint32(/* id 9, wireType 5 =*/77).float(m.speedMps);
                if (m.updatedMs != null && $Object.hasOwnProperty.call(m, "updatedMs") && !$Object.is(m.updatedMs, 0))
                    w.uint32(/* id 10, wireType 1 =*/81).double(m.updatedMs);
                if (m.level != null && $Object.hasOwnProperty.call(m, "level") && m.level !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).uint32(m.level);
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs") && !$Object.is(m.expiresMs, 0))
                    w.uint32(/* id 12, wireType 1 =*/97).double(m.expiresMs);
                if (m.poiKind != null && $Object.hasOwnProperty.call(m, "poiKind") && m.poiKind !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.poiKind);
                if (m.idle != null && $Object.hasOwnProperty.call(m, "idle") && m.idle !== false)
                    w.uint32(/* id 14, wireType 0 =*/112).bool(m.idle);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Entity message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.Entity
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.Entity & geoplay.v1.Entity.$Shape} Entity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entity.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.Entity();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.eid = v;
                            else
                                delete m.eid;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.latE7 = v;
                            else
                                delete m.latE7;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.lngE7 = v;
                            else
                                delete m.lngE7;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.team = v;
                            else
                                delete m.team;
                            continue;
                        }
                    case 8: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.headingDeg = v;
                            else
                                delete m.headingDeg;
                            continue;
                        }
                    case 9: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.speedMps = v;
                            else
                                delete m.speedMps;
                            continue;
                        }
                    case 10: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.updatedMs = v;
                            else
                                delete m.updatedMs;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.level = v;
                            else
                                delete m.level;
                            continue;
                        }
                    case 12: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.expiresMs = v;
                            else
                                delete m.expiresMs;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.poiKind = v;
                            else
                                delete m.poiKind;
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.idle = v;
                            else
                                delete m.idle;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Entity message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.Entity
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.Entity} Entity
             */
            Entity.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.Entity)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.Entity: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.Entity();
                if (d.eid != null) {
                    if ($Number(d.eid) !== 0) {
                        m.eid = d.eid >>> 0;
                    }
                }
                if (d.kind !== 0 && (typeof d.kind !== "string" || $root.geoplay.v1.EntityKind[d.kind] !== 0)) {
                    switch (d.kind) {
                    case "ENTITY_KIND_UNSPECIFIED":
                    case 0:
                        m.kind = 0;
                        break;
                    case "ENTITY_KIND_PLAYER":
                    case 1:
                        m.kind = 1;
                        break;
                    case "ENTITY_KIND_SPAWN":
                    case 2:
                        m.kind = 2;
                        break;
                    case "ENTITY_KIND_POI":
                    case 3:
                        m.kind = 3;
                        break;
                    default:
                        if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                            m.kind = d.kind;
                    }
                }
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.latE7 != null) {
                    if ($Number(d.latE7) !== 0) {
                        m.latE7 = d.latE7 | 0;
                    }
                }
                if (d.lngE7 != null) {
                    if ($Number(d.lngE7) !== 0) {
                        m.lngE7 = d.lngE7 | 0;
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.team != null) {
                    if ($Number(d.team) !== 0) {
                        m.team = d.team >>> 0;
                    }
                }
                if (d.headingDeg != null) {
                    if (!$Object.is($Number(d.headingDeg), 0)) {
                        m.headingDeg = $Number(d.headingDeg);
                    }
                }
                if (d.speedMps != null) {
                    if (!$Object.is($Number(d.speedMps), 0)) {
                        m.speedMps = $Number(d.speedMps);
                    }
                }
                if (d.updatedMs != null) {
                    if (!$Object.is($Number(d.updatedMs), 0)) {
                        m.updatedMs = $Number(d.updatedMs);
                    }
                }
                if (d.level != null) {
                    if ($Number(d.level) !== 0) {
                        m.level = d.level >>> 0;
                    }
                }
                if (d.expiresMs != null) {
                    if (!$Object.is($Number(d.expiresMs), 0)) {
                        m.expiresMs = $Number(d.expiresMs);
                    }
                }
                if (d.poiKind != null) {
                    if (typeof d.poiKind !== "string" || d.poiKind.length) {
                        m.poiKind = $String(d.poiKind);
                    }
                }
                if (d.idle != null) {
                    if (d.idle) {
                        m.idle = $Boolean(d.idle);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Entity message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.Entity
             * @static
             * @param {geoplay.v1.Entity} m Entity
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Entity.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.eid = 0;
                    d.kind = o.enums === $String ? "ENTITY_KIND_UNSPECIFIED" : 0;
                    d.id = "";
                    d.latE7 = 0;
                    d.lngE7 = 0;
                    d.name = "";
                    d.team = 0;
                    d.headingDeg = 0;
                    d.speedMps = 0;
                    d.updatedMs = 0;
                    d.level = 0;
                    d.expiresMs = 0;
                    d.poiKind = "";
                    d.idle = false;
                }
                if (m.eid != null && $Object.hasOwnProperty.call(m, "eid")) {
                    d.eid = m.eid;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = o.enums === $String ? $root.geoplay.v1.EntityKind[m.kind] === $undefined ? m.kind : $root.geoplay.v1.EntityKind[m.kind] : m.kind;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.latE7 != null && $Object.hasOwnProperty.call(m, "latE7")) {
                    d.latE7 = m.latE7;
                }
                if (m.lngE7 != null && $Object.hasOwnProperty.call(m, "lngE7")) {
                    d.lngE7 = m.lngE7;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.team != null && $Object.hasOwnProperty.call(m, "team")) {
                    d.team = m.team;
                }
                if (m.headingDeg != null && $Object.hasOwnProperty.call(m, "headingDeg")) {
                    d.headingDeg = o.json && !$isFinite(m.headingDeg) ? $String(m.headingDeg) : m.headingDeg;
                }
                if (m.speedMps != null && $Object.hasOwnProperty.call(m, "speedMps")) {
                    d.speedMps = o.json && !$isFinite(m.speedMps) ? $String(m.speedMps) : m.speedMps;
                }
                if (m.updatedMs != null && $Object.hasOwnProperty.call(m, "updatedMs")) {
                    d.updatedMs = o.json && !$isFinite(m.updatedMs) ? $String(m.updatedMs) : m.updatedMs;
                }
                if (m.level != null && $Object.hasOwnProperty.call(m, "level")) {
                    d.level = m.level;
                }
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs")) {
                    d.expiresMs = o.json && !$isFinite(m.expiresMs) ? $String(m.expiresMs) : m.expiresMs;
                }
                if (m.poiKind != null && $Object.hasOwnProperty.call(m, "poiKind")) {
                    d.poiKind = m.poiKind;
                }
                if (m.idle != null && $Object.hasOwnProperty.call(m, "idle")) {
                    d.idle = m.idle;
                }
                return d;
            };

            /**
             * Converts this Entity to JSON.
             * @function toJSON
             * @memberof geoplay.v1.Entity
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Entity.prototype.toJSON = function() {
                return Entity.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Entity
             * @function getTypeUrl
             * @memberof geoplay.v1.Entity
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Entity.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.Entity";
            };

            return Entity;
        })();

        v1.CellChunk = (function() {

            /**
             * Properties of a CellChunk.
             * @typedef {Object} geoplay.v1.CellChunk.$Properties
             * @property {string|null} [cell] CellChunk cell
             * @property {boolean|null} [snapshot] CellChunk snapshot
             * @property {Array.<geoplay.v1.Entity.$Properties>|null} [enter] CellChunk enter
             * @property {Array.<number>|null} [moveEid] CellChunk moveEid
             * @property {Array.<number>|null} [moveLatE7] CellChunk moveLatE7
             * @property {Array.<number>|null} [moveLngE7] CellChunk moveLngE7
             * @property {Array.<number>|null} [leaveEid] CellChunk leaveEid
             * @property {Array.<string>|null} [leaveTo] CellChunk leaveTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CellChunk.
             * @memberof geoplay.v1
             * @interface ICellChunk
             * @augments geoplay.v1.CellChunk.$Properties
             * @deprecated Use geoplay.v1.CellChunk.$Properties instead.
             */

            /**
             * Shape of a CellChunk.
             * @typedef {geoplay.v1.CellChunk.$Properties} geoplay.v1.CellChunk.$Shape
             */

            /**
             * Constructs a new CellChunk.
             * @memberof geoplay.v1
             * @classdesc Represents a CellChunk.
             * @constructor
             * @param {geoplay.v1.CellChunk.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CellChunk = function (p) {
                this.enter = [];
                this.moveEid = [];
                this.moveLatE7 = [];
                this.moveLngE7 = [];
                this.leaveEid = [];
                this.leaveTo = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CellChunk cell.
             * @member {string} cell
             * @memberof geoplay.v1.CellChunk
             * @instance
             */
            CellChunk.prototype.cell = "";

            /**
             * CellChunk snapshot.
             * @member {boolean} snapshot
             * @memberof geoplay.v1.CellChunk
             * @instance
             */
            CellChunk.prototype.snapshot = false;

            /**
             * CellChunk enter.
             * @member {Array.<geoplay.v1.Entity.$Properties>} enter
             * @memberof geoplay.v1.CellChunk
             * @instance
             */
            CellChunk.prototype.enter = $util.emptyArray;

            /**
             * CellChunk moveEid.
             * @member {Array.<number>} moveEid
             * @memberof geoplay.v1.CellChunk
             * @instance
             */
            CellChunk.prototype.moveEid = $util.emptyArray;

            /**
             * CellChunk moveLatE7.
             * @member {Array.<number>} moveLatE7
             * @memberof geoplay.v1.CellChunk
             * @instance
             */
            CellChunk.prototype.moveLatE7 = $util.emptyArray;

            /**
             * CellChunk moveLngE7.
             * @member {Array.<number>} moveLngE7
             * @memberof geoplay.v1.CellChunk
             * @instance
             */
            CellChunk.prototype.moveLngE7 = $util.emptyArray;

            /**
             * CellChunk leaveEid.
             * @member {Array.<number>} leaveEid
             * @memberof geoplay.v1.CellChunk
             * @instance
             */
            CellChunk.prototype.leaveEid = $util.emptyArray;

            /**
             * CellChunk leaveTo.
             * @member {Array.<string>} leaveTo
             * @memberof geoplay.v1.CellChunk
             * @instance
             */
            CellChunk.prototype.leaveTo = $util.emptyArray;

            /**
             * Creates a new CellChunk instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.CellChunk
             * @static
             * @param {geoplay.v1.CellChunk.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.CellChunk} CellChunk instance
             * @type {{
             *   (properties: geoplay.v1.CellChunk.$Shape): geoplay.v1.CellChunk & geoplay.v1.CellChunk.$Shape;
             *   (properties?: geoplay.v1.CellChunk.$Properties): geoplay.v1.CellChunk;
             * }}
             */
            CellChunk.create = function(properties) {
                return new CellChunk(properties);
            };

            /**
             * Encodes the specified CellChunk message. Does not implicitly {@link geoplay.v1.CellChunk.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.CellChunk
             * @static
             * @param {geoplay.v1.CellChunk.$Properties} m CellChunk message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CellChunk.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.cell != null && $Object.hasOwnProperty.call(m, "cell") && m.cell !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.cell);
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot") && m.snapshot !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.snapshot);
                if (m.enter != null && m.enter.length) {
                    for (var i = 0; i < m.enter.length; ++i)
                        $root.geoplay.v1.Entity.encode(m.enter[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.moveEid != null && m.moveEid.length) {
                    w.uint32(/* id 4, wireType 2 =*/34).uint32s(m.moveEid);
                }
                if (m.moveLatE7 != null && m.moveLatE7.length) {
                    w.uint32(/* id 5, wireType 2 =*/42).sint32s(m.moveLatE7);
                }
                if (m.moveLngE7 != null && m.moveLngE7.length) {
                    w.uint32(/* id 6, wireType 2 =*/50).sint32s(m.moveLngE7);
                }
                if (m.leaveEid != null && m.leaveEid.length) {
                    w.uint32(/* id 7, wireType 2 =*/58).uint32s(m.leaveEid);
                }
                if (m.leaveTo != null && m.leaveTo.length) {
                    for (var i = 0; i < m.leaveTo.length; ++i)
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.leaveTo[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CellChunk message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.CellChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.CellChunk & geoplay.v1.CellChunk.$Shape} CellChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CellChunk.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.CellChunk();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.cell = v;
                            else
                                delete m.cell;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.snapshot = v;
                            else
                                delete m.snapshot;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.enter && m.enter.length))
                                m.enter = [];
                            m.enter.push($root.geoplay.v1.Entity.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u === 2) {
                                if (!(m.moveEid && m.moveEid.length))
                                    m.moveEid = [];
                                r.uint32s(m.moveEid);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.moveEid && m.moveEid.length))
                                m.moveEid = [];
                            m.moveEid.push(r.uint32());
                            continue;
                        }
                    case 5: {
                            if (u === 2) {
                                if (!(m.moveLatE7 && m.moveLatE7.length))
                                    m.moveLatE7 = [];
                                r.sint32s(m.moveLatE7);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.moveLatE7 && m.moveLatE7.length))
                                m.moveLatE7 = [];
                            m.moveLatE7.push(r.sint32());
                            continue;
                        }
                    case 6: {
                            if (u === 2) {
                                if (!(m.moveLngE7 && m.moveLngE7.length))
                                    m.moveLngE7 = [];
                                r.sint32s(m.moveLngE7);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.moveLngE7 && m.moveLngE7.length))
                                m.moveLngE7 = [];
                            m.moveLngE7.push(r.sint32());
                            continue;
                        }
                    case 7: {
                            if (u === 2) {
                                if (!(m.leaveEid && m.leaveEid.length))
                                    m.leaveEid = [];
                                r.uint32s(m.leaveEid);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.leaveEid && m.leaveEid.length))
                                m.leaveEid = [];
                            m.leaveEid.push(r.uint32());
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.leaveTo && m.leaveTo.length))
                                m.leaveTo = [];
                            m.leaveTo.push((r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r)));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CellChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.CellChunk
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.CellChunk} CellChunk
             */
            CellChunk.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.CellChunk)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.CellChunk: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.CellChunk();
                if (d.cell != null) {
                    if (typeof d.cell !== "string" || d.cell.length) {
                        m.cell = $String(d.cell);
                    }
                }
                if (d.snapshot != null) {
                    if (d.snapshot) {
                        m.snapshot = $Boolean(d.snapshot);
                    }
                }
                if (d.enter) {
                    if (!$Array.isArray(d.enter))
                        throw $TypeError(".geoplay.v1.CellChunk.enter: array expected");
                    m.enter = $Array(d.enter.length);
                    for (var i = 0; i < d.enter.length; ++i) {
                        if (!$util.isObject(d.enter[i]))
                            throw $TypeError(".geoplay.v1.CellChunk.enter: object expected");
                        m.enter[i] = $root.geoplay.v1.Entity.fromObject(d.enter[i], q + 1);
                    }
                }
                if (d.moveEid) {
                    if (!$Array.isArray(d.moveEid))
                        throw $TypeError(".geoplay.v1.CellChunk.moveEid: array expected");
                    m.moveEid = $Array(d.moveEid.length);
                    for (var i = 0; i < d.moveEid.length; ++i) {
                        m.moveEid[i] = d.moveEid[i] >>> 0;
                    }
                }
                if (d.moveLatE7) {
                    if (!$Array.isArray(d.moveLatE7))
                        throw $TypeError(".geoplay.v1.CellChunk.moveLatE7: array expected");
                    m.moveLatE7 = $Array(d.moveLatE7.length);
                    for (var i = 0; i < d.moveLatE7.length; ++i) {
                        m.moveLatE7[i] = d.moveLatE7[i] | 0;
                    }
                }
                if (d.moveLngE7) {
                    if (!$Array.isArray(d.moveLngE7))
                        throw $TypeError(".geoplay.v1.CellChunk.moveLngE7: array expected");
                    m.moveLngE7 = $Array(d.moveLngE7.length);
                    for (var i = 0; i < d.moveLngE7.length; ++i) {
                        m.moveLngE7[i] = d.moveLngE7[i] | 0;
                    }
                }
                if (d.leaveEid) {
                    if (!$Array.isArray(d.leaveEid))
                        throw $TypeError(".geoplay.v1.CellChunk.leaveEid: array expected");
                    m.leaveEid = $Array(d.leaveEid.length);
                    for (var i = 0; i < d.leaveEid.length; ++i) {
                        m.leaveEid[i] = d.leaveEid[i] >>> 0;
                    }
                }
                if (d.leaveTo) {
                    if (!$Array.isArray(d.leaveTo))
                        throw $TypeError(".geoplay.v1.CellChunk.leaveTo: array expected");
                    m.leaveTo = $Array(d.leaveTo.length);
                    for (var i = 0; i < d.leaveTo.length; ++i) {
                        m.leaveTo[i] = $String(d.leaveTo[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CellChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.CellChunk
             * @static
             * @param {geoplay.v1.CellChunk} m CellChunk
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CellChunk.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.enter = [];
                    d.moveEid = [];
                    d.moveLatE7 = [];
                    d.moveLngE7 = [];
                    d.leaveEid = [];
                    d.leaveTo = [];
                }
                if (o.defaults) {
                    d.cell = "";
                    d.snapshot = false;
                }
                if (m.cell != null && $Object.hasOwnProperty.call(m, "cell")) {
                    d.cell = m.cell;
                }
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                    d.snapshot = m.snapshot;
                }
                if (m.enter && m.enter.length) {
                    d.enter = $Array(m.enter.length);
                    for (var j = 0; j < m.enter.length; ++j) {
                        d.enter[j] = $root.geoplay.v1.Entity.toObject(m.enter[j], o, q + 1);
                    }
                }
                if (m.moveEid && m.moveEid.length) {
                    d.moveEid = $Array(m.moveEid.length);
                    for (var j = 0; j < m.moveEid.length; ++j) {
                        d.moveEid[j] = m.moveEid[j];
                    }
                }
                if (m.moveLatE7 && m.moveLatE7.length) {
                    d.moveLatE7 = $Array(m.moveLatE7.length);
                    for (var j = 0; j < m.moveLatE7.length; ++j) {
                        d.moveLatE7[j] = m.moveLatE7[j];
                    }
                }
                if (m.moveLngE7 && m.moveLngE7.length) {
                    d.moveLngE7 = $Array(m.moveLngE7.length);
                    for (var j = 0; j < m.moveLngE7.length; ++j) {
                        d.moveLngE7[j] = m.moveLngE7[j];
                    }
                }
                if (m.leaveEid && m.leaveEid.length) {
                    d.leaveEid = $Array(m.leaveEid.length);
                    for (var j = 0; j < m.leaveEid.length; ++j) {
                        d.leaveEid[j] = m.leaveEid[j];
                    }
                }
                if (m.leaveTo && m.leaveTo.length) {
                    d.leaveTo = $Array(m.leaveTo.length);
                    for (var j = 0; j < m.leaveTo.length; ++j) {
                        d.leaveTo[j] = m.leaveTo[j];
                    }
                }
                return d;
            };

            /**
             * Converts this CellChunk to JSON.
             * @function toJSON
             * @memberof geoplay.v1.CellChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CellChunk.prototype.toJSON = function() {
                return CellChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CellChunk
             * @function getTypeUrl
             * @memberof geoplay.v1.CellChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CellChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.CellChunk";
            };

            return CellChunk;
        })();

        v1.WorldDelta = (function() {

            /**
             * Properties of a WorldDelta.
             * @typedef {Object} geoplay.v1.WorldDelta.$Properties
             * @property {number|null} [tick] WorldDelta tick
             * @property {number|null} [serverTimeMs] WorldDelta serverTimeMs
             * @property {Array.<geoplay.v1.CellChunk.$Properties>|null} [chunks] WorldDelta chunks
             * @property {Array.<string>|null} [droppedCells] WorldDelta droppedCells
             * @property {boolean|null} [fullSnapshot] WorldDelta fullSnapshot
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorldDelta.
             * @memberof geoplay.v1
             * @interface IWorldDelta
             * @augments geoplay.v1.WorldDelta.$Properties
             * @deprecated Use geoplay.v1.WorldDelta.$Properties instead.
             */

            /**
             * Shape of a WorldDelta.
             * @typedef {geoplay.v1.WorldDelta.$Properties} geoplay.v1.WorldDelta.$Shape
             */

            /**
             * Constructs a new WorldDelta.
             * @memberof geoplay.v1
             * @classdesc Represents a WorldDelta.
             * @constructor
             * @param {geoplay.v1.WorldDelta.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorldDelta = function (p) {
                this.chunks = [];
                this.droppedCells = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WorldDelta tick.
             * @member {number} tick
             * @memberof geoplay.v1.WorldDelta
             * @instance
             */
            WorldDelta.prototype.tick = 0;

            /**
             * WorldDelta serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof geoplay.v1.WorldDelta
             * @instance
             */
            WorldDelta.prototype.serverTimeMs = 0;

            /**
             * WorldDelta chunks.
             * @member {Array.<geoplay.v1.CellChunk.$Properties>} chunks
             * @memberof geoplay.v1.WorldDelta
             * @instance
             */
            WorldDelta.prototype.chunks = $util.emptyArray;

            /**
             * WorldDelta droppedCells.
             * @member {Array.<string>} droppedCells
             * @memberof geoplay.v1.WorldDelta
             * @instance
             */
            WorldDelta.prototype.droppedCells = $util.emptyArray;

            /**
             * WorldDelta fullSnapshot.
             * @member {boolean} fullSnapshot
             * @memberof geoplay.v1.WorldDelta
             * @instance
             */
            WorldDelta.prototype.fullSnapshot = false;

            /**
             * Creates a new WorldDelta instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.WorldDelta
             * @static
             * @param {geoplay.v1.WorldDelta.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.WorldDelta} WorldDelta instance
             * @type {{
             *   (properties: geoplay.v1.WorldDelta.$Shape): geoplay.v1.WorldDelta & geoplay.v1.WorldDelta.$Shape;
             *   (properties?: geoplay.v1.WorldDelta.$Properties): geoplay.v1.WorldDelta;
             * }}
             */
            WorldDelta.create = function(properties) {
                return new WorldDelta(properties);
            };

            /**
             * Encodes the specified WorldDelta message. Does not implicitly {@link geoplay.v1.WorldDelta.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.WorldDelta
             * @static
             * @param {geoplay.v1.WorldDelta.$Properties} m WorldDelta message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorldDelta.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tick != null && $Object.hasOwnProperty.call(m, "tick") && m.tick !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.tick);
                if (m.serverTimeMs != null && $Object.hasOwnProperty.call(m, "serverTimeMs") && !$Object.is(m.serverTimeMs, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.serverTimeMs);
                if (m.chunks != null && m.chunks.length) {
                    for (var i = 0; i < m.chunks.length; ++i)
                        $root.geoplay.v1.CellChunk.encode(m.chunks[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.droppedCells != null && m.droppedCells.length) {
                    for (var i = 0; i < m.droppedCells.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.droppedCells[i]);
                }
                if (m.fullSnapshot != null && $Object.hasOwnProperty.call(m, "fullSnapshot") && m.fullSnapshot !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.fullSnapshot);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a WorldDelta message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.WorldDelta
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.WorldDelta & geoplay.v1.WorldDelta.$Shape} WorldDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorldDelta.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.WorldDelta();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.tick = v;
                            else
                                delete m.tick;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.serverTimeMs = v;
                            else
                                delete m.serverTimeMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.chunks && m.chunks.length))
                                m.chunks = [];
                            m.chunks.push($root.geoplay.v1.CellChunk.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.droppedCells && m.droppedCells.length))
                                m.droppedCells = [];
                            m.droppedCells.push((r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r)));
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.fullSnapshot = v;
                            else
                                delete m.fullSnapshot;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a WorldDelta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.WorldDelta
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.WorldDelta} WorldDelta
             */
            WorldDelta.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.WorldDelta)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.WorldDelta: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.WorldDelta();
                if (d.tick != null) {
                    if ($Number(d.tick) !== 0) {
                        m.tick = d.tick >>> 0;
                    }
                }
                if (d.serverTimeMs != null) {
                    if (!$Object.is($Number(d.serverTimeMs), 0)) {
                        m.serverTimeMs = $Number(d.serverTimeMs);
                    }
                }
                if (d.chunks) {
                    if (!$Array.isArray(d.chunks))
                        throw $TypeError(".geoplay.v1.WorldDelta.chunks: array expected");
                    m.chunks = $Array(d.chunks.length);
                    for (var i = 0; i < d.chunks.length; ++i) {
                        if (!$util.isObject(d.chunks[i]))
                            throw $TypeError(".geoplay.v1.WorldDelta.chunks: object expected");
                        m.chunks[i] = $root.geoplay.v1.CellChunk.fromObject(d.chunks[i], q + 1);
                    }
                }
                if (d.droppedCells) {
                    if (!$Array.isArray(d.droppedCells))
                        throw $TypeError(".geoplay.v1.WorldDelta.droppedCells: array expected");
                    m.droppedCells = $Array(d.droppedCells.length);
                    for (var i = 0; i < d.droppedCells.length; ++i) {
                        m.droppedCells[i] = $String(d.droppedCells[i]);
                    }
                }
                if (d.fullSnapshot != null) {
                    if (d.fullSnapshot) {
                        m.fullSnapshot = $Boolean(d.fullSnapshot);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WorldDelta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.WorldDelta
             * @static
             * @param {geoplay.v1.WorldDelta} m WorldDelta
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorldDelta.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.chunks = [];
                    d.droppedCells = [];
                }
                if (o.defaults) {
                    d.tick = 0;
                    d.serverTimeMs = 0;
                    d.fullSnapshot = false;
                }
                if (m.tick != null && $Object.hasOwnProperty.call(m, "tick")) {
                    d.tick = m.tick;
                }
                if (m.serverTimeMs != null && $Object.hasOwnProperty.call(m, "serverTimeMs")) {
                    d.serverTimeMs = o.json && !$isFinite(m.serverTimeMs) ? $String(m.serverTimeMs) : m.serverTimeMs;
                }
                if (m.chunks && m.chunks.length) {
                    d.chunks = $Array(m.chunks.length);
                    for (var j = 0; j < m.chunks.length; ++j) {
                        d.chunks[j] = $root.geoplay.v1.CellChunk.toObject(m.chunks[j], o, q + 1);
                    }
                }
                if (m.droppedCells && m.droppedCells.length) {
                    d.droppedCells = $Array(m.droppedCells.length);
                    for (var j = 0; j < m.droppedCells.length; ++j) {
                        d.droppedCells[j] = m.droppedCells[j];
                    }
                }
                if (m.fullSnapshot != null && $Object.hasOwnProperty.call(m, "fullSnapshot")) {
                    d.fullSnapshot = m.fullSnapshot;
                }
                return d;
            };

            /**
             * Converts this WorldDelta to JSON.
             * @function toJSON
             * @memberof geoplay.v1.WorldDelta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorldDelta.prototype.toJSON = function() {
                return WorldDelta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorldDelta
             * @function getTypeUrl
             * @memberof geoplay.v1.WorldDelta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorldDelta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.WorldDelta";
            };

            return WorldDelta;
        })();

        v1.ActionRequest = (function() {

            /**
             * Properties of an ActionRequest.
             * @typedef {Object} geoplay.v1.ActionRequest.$Properties
             * @property {string|null} [opId] ActionRequest opId
             * @property {string|null} [kind] ActionRequest kind
             * @property {Uint8Array|null} [payload] ActionRequest payload
             * @property {number|null} [clientTimeMs] ActionRequest clientTimeMs
             * @property {number|null} [latE7] ActionRequest latE7
             * @property {number|null} [lngE7] ActionRequest lngE7
             * @property {boolean|null} [offline] ActionRequest offline
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ActionRequest.
             * @memberof geoplay.v1
             * @interface IActionRequest
             * @augments geoplay.v1.ActionRequest.$Properties
             * @deprecated Use geoplay.v1.ActionRequest.$Properties instead.
             */

            /**
             * Shape of an ActionRequest.
             * @typedef {geoplay.v1.ActionRequest.$Properties} geoplay.v1.ActionRequest.$Shape
             */

            /**
             * Constructs a new ActionRequest.
             * @memberof geoplay.v1
             * @classdesc Represents an ActionRequest.
             * @constructor
             * @param {geoplay.v1.ActionRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ActionRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ActionRequest opId.
             * @member {string} opId
             * @memberof geoplay.v1.ActionRequest
             * @instance
             */
            ActionRequest.prototype.opId = "";

            /**
             * ActionRequest kind.
             * @member {string} kind
             * @memberof geoplay.v1.ActionRequest
             * @instance
             */
            ActionRequest.prototype.kind = "";

            /**
             * ActionRequest payload.
             * @member {Uint8Array} payload
             * @memberof geoplay.v1.ActionRequest
             * @instance
             */
            ActionRequest.prototype.payload = $util.newBuffer([]);

            /**
             * ActionRequest clientTimeMs.
             * @member {number} clientTimeMs
             * @memberof geoplay.v1.ActionRequest
             * @instance
             */
            ActionRequest.prototype.clientTimeMs = 0;

            /**
             * ActionRequest latE7.
             * @member {number} latE7
             * @memberof geoplay.v1.ActionRequest
             * @instance
             */
            ActionRequest.prototype.latE7 = 0;

            /**
             * ActionRequest lngE7.
             * @member {number} lngE7
             * @memberof geoplay.v1.ActionRequest
             * @instance
             */
            ActionRequest.prototype.lngE7 = 0;

            /**
             * ActionRequest offline.
             * @member {boolean} offline
             * @memberof geoplay.v1.ActionRequest
             * @instance
             */
            ActionRequest.prototype.offline = false;

            /**
             * Creates a new ActionRequest instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.ActionRequest
             * @static
             * @param {geoplay.v1.ActionRequest.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.ActionRequest} ActionRequest instance
             * @type {{
             *   (properties: geoplay.v1.ActionRequest.$Shape): geoplay.v1.ActionRequest & geoplay.v1.ActionRequest.$Shape;
             *   (properties?: geoplay.v1.ActionRequest.$Properties): geoplay.v1.ActionRequest;
             * }}
             */
            ActionRequest.create = function(properties) {
                return new ActionRequest(properties);
            };

            /**
             * Encodes the specified ActionRequest message. Does not implicitly {@link geoplay.v1.ActionRequest.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.ActionRequest
             * @static
             * @param {geoplay.v1.ActionRequest.$Properties} m ActionRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActionRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.opId != null && $Object.hasOwnProperty.call(m, "opId") && m.opId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.opId);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.payload);
                if (m.clientTimeMs != null && $Object.hasOwnProperty.call(m, "clientTimeMs") && !$Object.is(m.clientTimeMs, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.clientTimeMs);
                if (m.latE7 != null && $Object.hasOwnProperty.call(m, "latE7") && m.latE7 !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).sint32(m.latE7);
                if (m.lngE7 != null && $Object.hasOwnProperty.call(m, "lngE7") && m.lngE7 !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).sint32(m.lngE7);
                if (m.offline != null && $Object.hasOwnProperty.call(m, "offline") && m.offline !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.offline);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ActionRequest message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.ActionRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.ActionRequest & geoplay.v1.ActionRequest.$Shape} ActionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActionRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.ActionRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.opId = v;
                            else
                                delete m.opId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.clientTimeMs = v;
                            else
                                delete m.clientTimeMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.latE7 = v;
                            else
                                delete m.latE7;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.sint32())
                                m.lngE7 = v;
                            else
                                delete m.lngE7;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.offline = v;
                            else
                                delete m.offline;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an ActionRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.ActionRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.ActionRequest} ActionRequest
             */
            ActionRequest.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.ActionRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.ActionRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.ActionRequest();
                if (d.opId != null) {
                    if (typeof d.opId !== "string" || d.opId.length) {
                        m.opId = $String(d.opId);
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.clientTimeMs != null) {
                    if (!$Object.is($Number(d.clientTimeMs), 0)) {
                        m.clientTimeMs = $Number(d.clientTimeMs);
                    }
                }
                if (d.latE7 != null) {
                    if ($Number(d.latE7) !== 0) {
                        m.latE7 = d.latE7 | 0;
                    }
                }
                if (d.lngE7 != null) {
                    if ($Number(d.lngE7) !== 0) {
                        m.lngE7 = d.lngE7 | 0;
                    }
                }
                if (d.offline != null) {
                    if (d.offline) {
                        m.offline = $Boolean(d.offline);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ActionRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.ActionRequest
             * @static
             * @param {geoplay.v1.ActionRequest} m ActionRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ActionRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.opId = "";
                    d.kind = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    d.clientTimeMs = 0;
                    d.latE7 = 0;
                    d.lngE7 = 0;
                    d.offline = false;
                }
                if (m.opId != null && $Object.hasOwnProperty.call(m, "opId")) {
                    d.opId = m.opId;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.clientTimeMs != null && $Object.hasOwnProperty.call(m, "clientTimeMs")) {
                    d.clientTimeMs = o.json && !$isFinite(m.clientTimeMs) ? $String(m.clientTimeMs) : m.clientTimeMs;
                }
                if (m.latE7 != null && $Object.hasOwnProperty.call(m, "latE7")) {
                    d.latE7 = m.latE7;
                }
                if (m.lngE7 != null && $Object.hasOwnProperty.call(m, "lngE7")) {
                    d.lngE7 = m.lngE7;
                }
                if (m.offline != null && $Object.hasOwnProperty.call(m, "offline")) {
                    d.offline = m.offline;
                }
                return d;
            };

            /**
             * Converts this ActionRequest to JSON.
             * @function toJSON
             * @memberof geoplay.v1.ActionRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ActionRequest.prototype.toJSON = function() {
                return ActionRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ActionRequest
             * @function getTypeUrl
             * @memberof geoplay.v1.ActionRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ActionRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.ActionRequest";
            };

            return ActionRequest;
        })();

        /**
         * ActionStatus enum.
         * @name geoplay.v1.ActionStatus
         * @enum {number}
         * @property {number} ACTION_STATUS_UNSPECIFIED=0 ACTION_STATUS_UNSPECIFIED value
         * @property {number} ACTION_STATUS_ACCEPTED=1 ACTION_STATUS_ACCEPTED value
         * @property {number} ACTION_STATUS_REJECTED=2 ACTION_STATUS_REJECTED value
         */
        v1.ActionStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ACTION_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACTION_STATUS_ACCEPTED"] = 1;
            values[valuesById[2] = "ACTION_STATUS_REJECTED"] = 2;
            return values;
        })();

        v1.ActionResult = (function() {

            /**
             * Properties of an ActionResult.
             * @typedef {Object} geoplay.v1.ActionResult.$Properties
             * @property {string|null} [opId] ActionResult opId
             * @property {geoplay.v1.ActionStatus|null} [status] ActionResult status
             * @property {string|null} [errorCode] ActionResult errorCode
             * @property {string|null} [errorMessage] ActionResult errorMessage
             * @property {Uint8Array|null} [payload] ActionResult payload
             * @property {number|null} [retryAfterS] ActionResult retryAfterS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ActionResult.
             * @memberof geoplay.v1
             * @interface IActionResult
             * @augments geoplay.v1.ActionResult.$Properties
             * @deprecated Use geoplay.v1.ActionResult.$Properties instead.
             */

            /**
             * Shape of an ActionResult.
             * @typedef {geoplay.v1.ActionResult.$Properties} geoplay.v1.ActionResult.$Shape
             */

            /**
             * Constructs a new ActionResult.
             * @memberof geoplay.v1
             * @classdesc Represents an ActionResult.
             * @constructor
             * @param {geoplay.v1.ActionResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ActionResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ActionResult opId.
             * @member {string} opId
             * @memberof geoplay.v1.ActionResult
             * @instance
             */
            ActionResult.prototype.opId = "";

            /**
             * ActionResult status.
             * @member {geoplay.v1.ActionStatus} status
             * @memberof geoplay.v1.ActionResult
             * @instance
             */
            ActionResult.prototype.status = 0;

            /**
             * ActionResult errorCode.
             * @member {string} errorCode
             * @memberof geoplay.v1.ActionResult
             * @instance
             */
            ActionResult.prototype.errorCode = "";

            /**
             * ActionResult errorMessage.
             * @member {string} errorMessage
             * @memberof geoplay.v1.ActionResult
             * @instance
             */
            ActionResult.prototype.errorMessage = "";

            /**
             * ActionResult payload.
             * @member {Uint8Array} payload
             * @memberof geoplay.v1.ActionResult
             * @instance
             */
            ActionResult.prototype.payload = $util.newBuffer([]);

            /**
             * ActionResult retryAfterS.
             * @member {number} retryAfterS
             * @memberof geoplay.v1.ActionResult
             * @instance
             */
            ActionResult.prototype.retryAfterS = 0;

            /**
             * Creates a new ActionResult instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.ActionResult
             * @static
             * @param {geoplay.v1.ActionResult.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.ActionResult} ActionResult instance
             * @type {{
             *   (properties: geoplay.v1.ActionResult.$Shape): geoplay.v1.ActionResult & geoplay.v1.ActionResult.$Shape;
             *   (properties?: geoplay.v1.ActionResult.$Properties): geoplay.v1.ActionResult;
             * }}
             */
            ActionResult.create = function(properties) {
                return new ActionResult(properties);
            };

            /**
             * Encodes the specified ActionResult message. Does not implicitly {@link geoplay.v1.ActionResult.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.ActionResult
             * @static
             * @param {geoplay.v1.ActionResult.$Properties} m ActionResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ActionResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.opId != null && $Object.hasOwnProperty.call(m, "opId") && m.opId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.opId);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.status);
                if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode") && m.errorCode !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.errorCode);
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage") && m.errorMessage !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.errorMessage);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.payload);
                if (m.retryAfterS != null && $Object.hasOwnProperty.call(m, "retryAfterS") && m.retryAfterS !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.retryAfterS);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ActionResult message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.ActionResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.ActionResult & geoplay.v1.ActionResult.$Shape} ActionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ActionResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.ActionResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.opId = v;
                            else
                                delete m.opId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.errorCode = v;
                            else
                                delete m.errorCode;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.errorMessage = v;
                            else
                                delete m.errorMessage;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.retryAfterS = v;
                            else
                                delete m.retryAfterS;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an ActionResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.ActionResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.ActionResult} ActionResult
             */
            ActionResult.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.ActionResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.ActionResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.ActionResult();
                if (d.opId != null) {
                    if (typeof d.opId !== "string" || d.opId.length) {
                        m.opId = $String(d.opId);
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.geoplay.v1.ActionStatus[d.status] !== 0)) {
                    switch (d.status) {
                    case "ACTION_STATUS_UNSPECIFIED":
                    case 0:
                        m.status = 0;
                        break;
                    case "ACTION_STATUS_ACCEPTED":
                    case 1:
                        m.status = 1;
                        break;
                    case "ACTION_STATUS_REJECTED":
                    case 2:
                        m.status = 2;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.errorCode != null) {
                    if (typeof d.errorCode !== "string" || d.errorCode.length) {
                        m.errorCode = $String(d.errorCode);
                    }
                }
                if (d.errorMessage != null) {
                    if (typeof d.errorMessage !== "string" || d.errorMessage.length) {
                        m.errorMessage = $String(d.errorMessage);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.retryAfterS != null) {
                    if ($Number(d.retryAfterS) !== 0) {
                        m.retryAfterS = d.retryAfterS >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ActionResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.ActionResult
             * @static
             * @param {geoplay.v1.ActionResult} m ActionResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ActionResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.opId = "";
                    d.status = o.enums === $String ? "ACTION_STATUS_UNSPECIFIED" : 0;
                    d.errorCode = "";
                    d.errorMessage = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    d.retryAfterS = 0;
                }
                if (m.opId != null && $Object.hasOwnProperty.call(m, "opId")) {
                    d.opId = m.opId;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.geoplay.v1.ActionStatus[m.status] === $undefined ? m.status : $root.geoplay.v1.ActionStatus[m.status] : m.status;
                }
                if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                    d.errorCode = m.errorCode;
                }
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                    d.errorMessage = m.errorMessage;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.retryAfterS != null && $Object.hasOwnProperty.call(m, "retryAfterS")) {
                    d.retryAfterS = m.retryAfterS;
                }
                return d;
            };

            /**
             * Converts this ActionResult to JSON.
             * @function toJSON
             * @memberof geoplay.v1.ActionResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ActionResult.prototype.toJSON = function() {
                return ActionResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ActionResult
             * @function getTypeUrl
             * @memberof geoplay.v1.ActionResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ActionResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.ActionResult";
            };

            return ActionResult;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} geoplay.v1.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {number|null} [closeCode] Error closeCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof geoplay.v1
             * @interface IError
             * @augments geoplay.v1.Error.$Properties
             * @deprecated Use geoplay.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {geoplay.v1.Error.$Properties} geoplay.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof geoplay.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {geoplay.v1.Error.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof geoplay.v1.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof geoplay.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error closeCode.
             * @member {number} closeCode
             * @memberof geoplay.v1.Error
             * @instance
             */
            Error.prototype.closeCode = 0;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.Error
             * @static
             * @param {geoplay.v1.Error.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.Error} Error instance
             * @type {{
             *   (properties: geoplay.v1.Error.$Shape): geoplay.v1.Error & geoplay.v1.Error.$Shape;
             *   (properties?: geoplay.v1.Error.$Properties): geoplay.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link geoplay.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.Error
             * @static
             * @param {geoplay.v1.Error.$Properties} m Error message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.closeCode != null && $Object.hasOwnProperty.call(m, "closeCode") && m.closeCode !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.closeCode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.Error & geoplay.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.Error();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.closeCode = v;
                            else
                                delete m.closeCode;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.Error
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.Error} Error
             */
            Error.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.Error)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.Error: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.Error();
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.closeCode != null) {
                    if ($Number(d.closeCode) !== 0) {
                        m.closeCode = d.closeCode >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.Error
             * @static
             * @param {geoplay.v1.Error} m Error
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.code = "";
                    d.message = "";
                    d.closeCode = 0;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.closeCode != null && $Object.hasOwnProperty.call(m, "closeCode")) {
                    d.closeCode = m.closeCode;
                }
                return d;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof geoplay.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof geoplay.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.Error";
            };

            return Error;
        })();

        v1.Drain = (function() {

            /**
             * Properties of a Drain.
             * @typedef {Object} geoplay.v1.Drain.$Properties
             * @property {number|null} [reconnectAfterMs] Drain reconnectAfterMs
             * @property {string|null} [reason] Drain reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Drain.
             * @memberof geoplay.v1
             * @interface IDrain
             * @augments geoplay.v1.Drain.$Properties
             * @deprecated Use geoplay.v1.Drain.$Properties instead.
             */

            /**
             * Shape of a Drain.
             * @typedef {geoplay.v1.Drain.$Properties} geoplay.v1.Drain.$Shape
             */

            /**
             * Constructs a new Drain.
             * @memberof geoplay.v1
             * @classdesc Represents a Drain.
             * @constructor
             * @param {geoplay.v1.Drain.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Drain = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Drain reconnectAfterMs.
             * @member {number} reconnectAfterMs
             * @memberof geoplay.v1.Drain
             * @instance
             */
            Drain.prototype.reconnectAfterMs = 0;

            /**
             * Drain reason.
             * @member {string} reason
             * @memberof geoplay.v1.Drain
             * @instance
             */
            Drain.prototype.reason = "";

            /**
             * Creates a new Drain instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.Drain
             * @static
             * @param {geoplay.v1.Drain.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.Drain} Drain instance
             * @type {{
             *   (properties: geoplay.v1.Drain.$Shape): geoplay.v1.Drain & geoplay.v1.Drain.$Shape;
             *   (properties?: geoplay.v1.Drain.$Properties): geoplay.v1.Drain;
             * }}
             */
            Drain.create = function(properties) {
                return new Drain(properties);
            };

            /**
             * Encodes the specified Drain message. Does not implicitly {@link geoplay.v1.Drain.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.Drain
             * @static
             * @param {geoplay.v1.Drain.$Properties} m Drain message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Drain.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reconnectAfterMs != null && $Object.hasOwnProperty.call(m, "reconnectAfterMs") && m.reconnectAfterMs !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.reconnectAfterMs);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Drain message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.Drain
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.Drain & geoplay.v1.Drain.$Shape} Drain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Drain.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.Drain();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.reconnectAfterMs = v;
                            else
                                delete m.reconnectAfterMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Drain message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.Drain
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.Drain} Drain
             */
            Drain.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.Drain)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.Drain: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.Drain();
                if (d.reconnectAfterMs != null) {
                    if ($Number(d.reconnectAfterMs) !== 0) {
                        m.reconnectAfterMs = d.reconnectAfterMs >>> 0;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Drain message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.Drain
             * @static
             * @param {geoplay.v1.Drain} m Drain
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Drain.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.reconnectAfterMs = 0;
                    d.reason = "";
                }
                if (m.reconnectAfterMs != null && $Object.hasOwnProperty.call(m, "reconnectAfterMs")) {
                    d.reconnectAfterMs = m.reconnectAfterMs;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Drain to JSON.
             * @function toJSON
             * @memberof geoplay.v1.Drain
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Drain.prototype.toJSON = function() {
                return Drain.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Drain
             * @function getTypeUrl
             * @memberof geoplay.v1.Drain
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Drain.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.Drain";
            };

            return Drain;
        })();

        v1.GeofenceEvent = (function() {

            /**
             * Properties of a GeofenceEvent.
             * @typedef {Object} geoplay.v1.GeofenceEvent.$Properties
             * @property {string|null} [fenceId] GeofenceEvent fenceId
             * @property {string|null} [kind] GeofenceEvent kind
             * @property {number|null} [atMs] GeofenceEvent atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GeofenceEvent.
             * @memberof geoplay.v1
             * @interface IGeofenceEvent
             * @augments geoplay.v1.GeofenceEvent.$Properties
             * @deprecated Use geoplay.v1.GeofenceEvent.$Properties instead.
             */

            /**
             * Shape of a GeofenceEvent.
             * @typedef {geoplay.v1.GeofenceEvent.$Properties} geoplay.v1.GeofenceEvent.$Shape
             */

            /**
             * Constructs a new GeofenceEvent.
             * @memberof geoplay.v1
             * @classdesc Represents a GeofenceEvent.
             * @constructor
             * @param {geoplay.v1.GeofenceEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GeofenceEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GeofenceEvent fenceId.
             * @member {string} fenceId
             * @memberof geoplay.v1.GeofenceEvent
             * @instance
             */
            GeofenceEvent.prototype.fenceId = "";

            /**
             * GeofenceEvent kind.
             * @member {string} kind
             * @memberof geoplay.v1.GeofenceEvent
             * @instance
             */
            GeofenceEvent.prototype.kind = "";

            /**
             * GeofenceEvent atMs.
             * @member {number} atMs
             * @memberof geoplay.v1.GeofenceEvent
             * @instance
             */
            GeofenceEvent.prototype.atMs = 0;

            /**
             * Creates a new GeofenceEvent instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.GeofenceEvent
             * @static
             * @param {geoplay.v1.GeofenceEvent.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.GeofenceEvent} GeofenceEvent instance
             * @type {{
             *   (properties: geoplay.v1.GeofenceEvent.$Shape): geoplay.v1.GeofenceEvent & geoplay.v1.GeofenceEvent.$Shape;
             *   (properties?: geoplay.v1.GeofenceEvent.$Properties): geoplay.v1.GeofenceEvent;
             * }}
             */
            GeofenceEvent.create = function(properties) {
                return new GeofenceEvent(properties);
            };

            /**
             * Encodes the specified GeofenceEvent message. Does not implicitly {@link geoplay.v1.GeofenceEvent.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.GeofenceEvent
             * @static
             * @param {geoplay.v1.GeofenceEvent.$Properties} m GeofenceEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GeofenceEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.fenceId != null && $Object.hasOwnProperty.call(m, "fenceId") && m.fenceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.fenceId);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs") && !$Object.is(m.atMs, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.atMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GeofenceEvent message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.GeofenceEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.GeofenceEvent & geoplay.v1.GeofenceEvent.$Shape} GeofenceEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GeofenceEvent.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.GeofenceEvent();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.fenceId = v;
                            else
                                delete m.fenceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.atMs = v;
                            else
                                delete m.atMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a GeofenceEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.GeofenceEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.GeofenceEvent} GeofenceEvent
             */
            GeofenceEvent.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.GeofenceEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.GeofenceEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.GeofenceEvent();
                if (d.fenceId != null) {
                    if (typeof d.fenceId !== "string" || d.fenceId.length) {
                        m.fenceId = $String(d.fenceId);
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.atMs != null) {
                    if (!$Object.is($Number(d.atMs), 0)) {
                        m.atMs = $Number(d.atMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GeofenceEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.GeofenceEvent
             * @static
             * @param {geoplay.v1.GeofenceEvent} m GeofenceEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GeofenceEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.fenceId = "";
                    d.kind = "";
                    d.atMs = 0;
                }
                if (m.fenceId != null && $Object.hasOwnProperty.call(m, "fenceId")) {
                    d.fenceId = m.fenceId;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.atMs != null && $Object.hasOwnProperty.call(m, "atMs")) {
                    d.atMs = o.json && !$isFinite(m.atMs) ? $String(m.atMs) : m.atMs;
                }
                return d;
            };

            /**
             * Converts this GeofenceEvent to JSON.
             * @function toJSON
             * @memberof geoplay.v1.GeofenceEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GeofenceEvent.prototype.toJSON = function() {
                return GeofenceEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GeofenceEvent
             * @function getTypeUrl
             * @memberof geoplay.v1.GeofenceEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GeofenceEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.GeofenceEvent";
            };

            return GeofenceEvent;
        })();

        v1.SnapshotRequest = (function() {

            /**
             * Properties of a SnapshotRequest.
             * @typedef {Object} geoplay.v1.SnapshotRequest.$Properties
             * @property {number|null} [lastSeq] SnapshotRequest lastSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotRequest.
             * @memberof geoplay.v1
             * @interface ISnapshotRequest
             * @augments geoplay.v1.SnapshotRequest.$Properties
             * @deprecated Use geoplay.v1.SnapshotRequest.$Properties instead.
             */

            /**
             * Shape of a SnapshotRequest.
             * @typedef {geoplay.v1.SnapshotRequest.$Properties} geoplay.v1.SnapshotRequest.$Shape
             */

            /**
             * Constructs a new SnapshotRequest.
             * @memberof geoplay.v1
             * @classdesc Represents a SnapshotRequest.
             * @constructor
             * @param {geoplay.v1.SnapshotRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotRequest lastSeq.
             * @member {number} lastSeq
             * @memberof geoplay.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.lastSeq = 0;

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.SnapshotRequest
             * @static
             * @param {geoplay.v1.SnapshotRequest.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.SnapshotRequest} SnapshotRequest instance
             * @type {{
             *   (properties: geoplay.v1.SnapshotRequest.$Shape): geoplay.v1.SnapshotRequest & geoplay.v1.SnapshotRequest.$Shape;
             *   (properties?: geoplay.v1.SnapshotRequest.$Properties): geoplay.v1.SnapshotRequest;
             * }}
             */
            SnapshotRequest.create = function(properties) {
                return new SnapshotRequest(properties);
            };

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link geoplay.v1.SnapshotRequest.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.SnapshotRequest
             * @static
             * @param {geoplay.v1.SnapshotRequest.$Properties} m SnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq") && m.lastSeq !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.lastSeq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.SnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.SnapshotRequest & geoplay.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.SnapshotRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.lastSeq = v;
                            else
                                delete m.lastSeq;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.SnapshotRequest} SnapshotRequest
             */
            SnapshotRequest.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.SnapshotRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.SnapshotRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.SnapshotRequest();
                if (d.lastSeq != null) {
                    if ($Number(d.lastSeq) !== 0) {
                        m.lastSeq = d.lastSeq >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.SnapshotRequest
             * @static
             * @param {geoplay.v1.SnapshotRequest} m SnapshotRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.lastSeq = 0;
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    d.lastSeq = m.lastSeq;
                }
                return d;
            };

            /**
             * Converts this SnapshotRequest to JSON.
             * @function toJSON
             * @memberof geoplay.v1.SnapshotRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotRequest.prototype.toJSON = function() {
                return SnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotRequest
             * @function getTypeUrl
             * @memberof geoplay.v1.SnapshotRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.SnapshotRequest";
            };

            return SnapshotRequest;
        })();

        v1.RoomJoin = (function() {

            /**
             * Properties of a RoomJoin.
             * @typedef {Object} geoplay.v1.RoomJoin.$Properties
             * @property {number|null} [requestId] RoomJoin requestId
             * @property {string|null} [roomType] RoomJoin roomType
             * @property {string|null} [roomId] RoomJoin roomId
             * @property {string|null} [poiId] RoomJoin poiId
             * @property {string|null} [partyId] RoomJoin partyId
             * @property {number|null} [partySize] RoomJoin partySize
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoomJoin.
             * @memberof geoplay.v1
             * @interface IRoomJoin
             * @augments geoplay.v1.RoomJoin.$Properties
             * @deprecated Use geoplay.v1.RoomJoin.$Properties instead.
             */

            /**
             * Shape of a RoomJoin.
             * @typedef {geoplay.v1.RoomJoin.$Properties} geoplay.v1.RoomJoin.$Shape
             */

            /**
             * Constructs a new RoomJoin.
             * @memberof geoplay.v1
             * @classdesc Represents a RoomJoin.
             * @constructor
             * @param {geoplay.v1.RoomJoin.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoomJoin = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RoomJoin requestId.
             * @member {number} requestId
             * @memberof geoplay.v1.RoomJoin
             * @instance
             */
            RoomJoin.prototype.requestId = 0;

            /**
             * RoomJoin roomType.
             * @member {string} roomType
             * @memberof geoplay.v1.RoomJoin
             * @instance
             */
            RoomJoin.prototype.roomType = "";

            /**
             * RoomJoin roomId.
             * @member {string} roomId
             * @memberof geoplay.v1.RoomJoin
             * @instance
             */
            RoomJoin.prototype.roomId = "";

            /**
             * RoomJoin poiId.
             * @member {string} poiId
             * @memberof geoplay.v1.RoomJoin
             * @instance
             */
            RoomJoin.prototype.poiId = "";

            /**
             * RoomJoin partyId.
             * @member {string} partyId
             * @memberof geoplay.v1.RoomJoin
             * @instance
             */
            RoomJoin.prototype.partyId = "";

            /**
             * RoomJoin partySize.
             * @member {number} partySize
             * @memberof geoplay.v1.RoomJoin
             * @instance
             */
            RoomJoin.prototype.partySize = 0;

            /**
             * Creates a new RoomJoin instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.RoomJoin
             * @static
             * @param {geoplay.v1.RoomJoin.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.RoomJoin} RoomJoin instance
             * @type {{
             *   (properties: geoplay.v1.RoomJoin.$Shape): geoplay.v1.RoomJoin & geoplay.v1.RoomJoin.$Shape;
             *   (properties?: geoplay.v1.RoomJoin.$Properties): geoplay.v1.RoomJoin;
             * }}
             */
            RoomJoin.create = function(properties) {
                return new RoomJoin(properties);
            };

            /**
             * Encodes the specified RoomJoin message. Does not implicitly {@link geoplay.v1.RoomJoin.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.RoomJoin
             * @static
             * @param {geoplay.v1.RoomJoin.$Properties} m RoomJoin message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoomJoin.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.requestId);
                if (m.roomType != null && $Object.hasOwnProperty.call(m, "roomType") && m.roomType !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.roomType);
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId") && m.roomId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.roomId);
                if (m.poiId != null && $Object.hasOwnProperty.call(m, "poiId") && m.poiId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.poiId);
                if (m.partyId != null && $Object.hasOwnProperty.call(m, "partyId") && m.partyId !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.partyId);
                if (m.partySize != null && $Object.hasOwnProperty.call(m, "partySize") && m.partySize !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.partySize);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RoomJoin message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.RoomJoin
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomJoin & geoplay.v1.RoomJoin.$Shape} RoomJoin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoomJoin.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.RoomJoin();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.roomType = v;
                            else
                                delete m.roomType;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.roomId = v;
                            else
                                delete m.roomId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.poiId = v;
                            else
                                delete m.poiId;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.partyId = v;
                            else
                                delete m.partyId;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.partySize = v;
                            else
                                delete m.partySize;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RoomJoin message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.RoomJoin
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.RoomJoin} RoomJoin
             */
            RoomJoin.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.RoomJoin)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.RoomJoin: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.RoomJoin();
                if (d.requestId != null) {
                    if ($Number(d.requestId) !== 0) {
                        m.requestId = d.requestId >>> 0;
                    }
                }
                if (d.roomType != null) {
                    if (typeof d.roomType !== "string" || d.roomType.length) {
                        m.roomType = $String(d.roomType);
                    }
                }
                if (d.roomId != null) {
                    if (typeof d.roomId !== "string" || d.roomId.length) {
                        m.roomId = $String(d.roomId);
                    }
                }
                if (d.poiId != null) {
                    if (typeof d.poiId !== "string" || d.poiId.length) {
                        m.poiId = $String(d.poiId);
                    }
                }
                if (d.partyId != null) {
                    if (typeof d.partyId !== "string" || d.partyId.length) {
                        m.partyId = $String(d.partyId);
                    }
                }
                if (d.partySize != null) {
                    if ($Number(d.partySize) !== 0) {
                        m.partySize = d.partySize >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RoomJoin message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.RoomJoin
             * @static
             * @param {geoplay.v1.RoomJoin} m RoomJoin
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoomJoin.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = 0;
                    d.roomType = "";
                    d.roomId = "";
                    d.poiId = "";
                    d.partyId = "";
                    d.partySize = 0;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.roomType != null && $Object.hasOwnProperty.call(m, "roomType")) {
                    d.roomType = m.roomType;
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    d.roomId = m.roomId;
                }
                if (m.poiId != null && $Object.hasOwnProperty.call(m, "poiId")) {
                    d.poiId = m.poiId;
                }
                if (m.partyId != null && $Object.hasOwnProperty.call(m, "partyId")) {
                    d.partyId = m.partyId;
                }
                if (m.partySize != null && $Object.hasOwnProperty.call(m, "partySize")) {
                    d.partySize = m.partySize;
                }
                return d;
            };

            /**
             * Converts this RoomJoin to JSON.
             * @function toJSON
             * @memberof geoplay.v1.RoomJoin
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoomJoin.prototype.toJSON = function() {
                return RoomJoin.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoomJoin
             * @function getTypeUrl
             * @memberof geoplay.v1.RoomJoin
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoomJoin.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.RoomJoin";
            };

            return RoomJoin;
        })();

        v1.RoomLeave = (function() {

            /**
             * Properties of a RoomLeave.
             * @typedef {Object} geoplay.v1.RoomLeave.$Properties
             * @property {number|null} [requestId] RoomLeave requestId
             * @property {string|null} [roomId] RoomLeave roomId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoomLeave.
             * @memberof geoplay.v1
             * @interface IRoomLeave
             * @augments geoplay.v1.RoomLeave.$Properties
             * @deprecated Use geoplay.v1.RoomLeave.$Properties instead.
             */

            /**
             * Shape of a RoomLeave.
             * @typedef {geoplay.v1.RoomLeave.$Properties} geoplay.v1.RoomLeave.$Shape
             */

            /**
             * Constructs a new RoomLeave.
             * @memberof geoplay.v1
             * @classdesc Represents a RoomLeave.
             * @constructor
             * @param {geoplay.v1.RoomLeave.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoomLeave = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RoomLeave requestId.
             * @member {number} requestId
             * @memberof geoplay.v1.RoomLeave
             * @instance
             */
            RoomLeave.prototype.requestId = 0;

            /**
             * RoomLeave roomId.
             * @member {string} roomId
             * @memberof geoplay.v1.RoomLeave
             * @instance
             */
            RoomLeave.prototype.roomId = "";

            /**
             * Creates a new RoomLeave instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.RoomLeave
             * @static
             * @param {geoplay.v1.RoomLeave.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.RoomLeave} RoomLeave instance
             * @type {{
             *   (properties: geoplay.v1.RoomLeave.$Shape): geoplay.v1.RoomLeave & geoplay.v1.RoomLeave.$Shape;
             *   (properties?: geoplay.v1.RoomLeave.$Properties): geoplay.v1.RoomLeave;
             * }}
             */
            RoomLeave.create = function(properties) {
                return new RoomLeave(properties);
            };

            /**
             * Encodes the specified RoomLeave message. Does not implicitly {@link geoplay.v1.RoomLeave.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.RoomLeave
             * @static
             * @param {geoplay.v1.RoomLeave.$Properties} m RoomLeave message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoomLeave.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.requestId);
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId") && m.roomId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.roomId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RoomLeave message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.RoomLeave
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomLeave & geoplay.v1.RoomLeave.$Shape} RoomLeave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoomLeave.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.RoomLeave();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.roomId = v;
                            else
                                delete m.roomId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RoomLeave message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.RoomLeave
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.RoomLeave} RoomLeave
             */
            RoomLeave.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.RoomLeave)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.RoomLeave: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.RoomLeave();
                if (d.requestId != null) {
                    if ($Number(d.requestId) !== 0) {
                        m.requestId = d.requestId >>> 0;
                    }
                }
                if (d.roomId != null) {
                    if (typeof d.roomId !== "string" || d.roomId.length) {
                        m.roomId = $String(d.roomId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RoomLeave message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.RoomLeave
             * @static
             * @param {geoplay.v1.RoomLeave} m RoomLeave
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoomLeave.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = 0;
                    d.roomId = "";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    d.roomId = m.roomId;
                }
                return d;
            };

            /**
             * Converts this RoomLeave to JSON.
             * @function toJSON
             * @memberof geoplay.v1.RoomLeave
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoomLeave.prototype.toJSON = function() {
                return RoomLeave.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoomLeave
             * @function getTypeUrl
             * @memberof geoplay.v1.RoomLeave
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoomLeave.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.RoomLeave";
            };

            return RoomLeave;
        })();

        v1.RoomMessage = (function() {

            /**
             * Properties of a RoomMessage.
             * @typedef {Object} geoplay.v1.RoomMessage.$Properties
             * @property {string|null} [roomId] RoomMessage roomId
             * @property {string|null} [type] RoomMessage type
             * @property {Uint8Array|null} [payload] RoomMessage payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoomMessage.
             * @memberof geoplay.v1
             * @interface IRoomMessage
             * @augments geoplay.v1.RoomMessage.$Properties
             * @deprecated Use geoplay.v1.RoomMessage.$Properties instead.
             */

            /**
             * Shape of a RoomMessage.
             * @typedef {geoplay.v1.RoomMessage.$Properties} geoplay.v1.RoomMessage.$Shape
             */

            /**
             * Constructs a new RoomMessage.
             * @memberof geoplay.v1
             * @classdesc Represents a RoomMessage.
             * @constructor
             * @param {geoplay.v1.RoomMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoomMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RoomMessage roomId.
             * @member {string} roomId
             * @memberof geoplay.v1.RoomMessage
             * @instance
             */
            RoomMessage.prototype.roomId = "";

            /**
             * RoomMessage type.
             * @member {string} type
             * @memberof geoplay.v1.RoomMessage
             * @instance
             */
            RoomMessage.prototype.type = "";

            /**
             * RoomMessage payload.
             * @member {Uint8Array} payload
             * @memberof geoplay.v1.RoomMessage
             * @instance
             */
            RoomMessage.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new RoomMessage instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.RoomMessage
             * @static
             * @param {geoplay.v1.RoomMessage.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.RoomMessage} RoomMessage instance
             * @type {{
             *   (properties: geoplay.v1.RoomMessage.$Shape): geoplay.v1.RoomMessage & geoplay.v1.RoomMessage.$Shape;
             *   (properties?: geoplay.v1.RoomMessage.$Properties): geoplay.v1.RoomMessage;
             * }}
             */
            RoomMessage.create = function(properties) {
                return new RoomMessage(properties);
            };

            /**
             * Encodes the specified RoomMessage message. Does not implicitly {@link geoplay.v1.RoomMessage.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.RoomMessage
             * @static
             * @param {geoplay.v1.RoomMessage.$Properties} m RoomMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoomMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId") && m.roomId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.roomId);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.type);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.payload);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RoomMessage message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.RoomMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomMessage & geoplay.v1.RoomMessage.$Shape} RoomMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoomMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.RoomMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.roomId = v;
                            else
                                delete m.roomId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RoomMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.RoomMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.RoomMessage} RoomMessage
             */
            RoomMessage.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.RoomMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.RoomMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.RoomMessage();
                if (d.roomId != null) {
                    if (typeof d.roomId !== "string" || d.roomId.length) {
                        m.roomId = $String(d.roomId);
                    }
                }
                if (d.type != null) {
                    if (typeof d.type !== "string" || d.type.length) {
                        m.type = $String(d.type);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RoomMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.RoomMessage
             * @static
             * @param {geoplay.v1.RoomMessage} m RoomMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoomMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.roomId = "";
                    d.type = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    d.roomId = m.roomId;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                return d;
            };

            /**
             * Converts this RoomMessage to JSON.
             * @function toJSON
             * @memberof geoplay.v1.RoomMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoomMessage.prototype.toJSON = function() {
                return RoomMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoomMessage
             * @function getTypeUrl
             * @memberof geoplay.v1.RoomMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoomMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.RoomMessage";
            };

            return RoomMessage;
        })();

        /**
         * RoomPhase enum.
         * @name geoplay.v1.RoomPhase
         * @enum {number}
         * @property {number} ROOM_PHASE_UNSPECIFIED=0 ROOM_PHASE_UNSPECIFIED value
         * @property {number} ROOM_PHASE_LOBBY=1 ROOM_PHASE_LOBBY value
         * @property {number} ROOM_PHASE_COUNTDOWN=2 ROOM_PHASE_COUNTDOWN value
         * @property {number} ROOM_PHASE_RUNNING=3 ROOM_PHASE_RUNNING value
         * @property {number} ROOM_PHASE_ENDED=4 ROOM_PHASE_ENDED value
         */
        v1.RoomPhase = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ROOM_PHASE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ROOM_PHASE_LOBBY"] = 1;
            values[valuesById[2] = "ROOM_PHASE_COUNTDOWN"] = 2;
            values[valuesById[3] = "ROOM_PHASE_RUNNING"] = 3;
            values[valuesById[4] = "ROOM_PHASE_ENDED"] = 4;
            return values;
        })();

        v1.RoomMember = (function() {

            /**
             * Properties of a RoomMember.
             * @typedef {Object} geoplay.v1.RoomMember.$Properties
             * @property {string|null} [playerId] RoomMember playerId
             * @property {string|null} [name] RoomMember name
             * @property {boolean|null} [connected] RoomMember connected
             * @property {number|null} [level] RoomMember level
             * @property {string|null} [partyId] RoomMember partyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoomMember.
             * @memberof geoplay.v1
             * @interface IRoomMember
             * @augments geoplay.v1.RoomMember.$Properties
             * @deprecated Use geoplay.v1.RoomMember.$Properties instead.
             */

            /**
             * Shape of a RoomMember.
             * @typedef {geoplay.v1.RoomMember.$Properties} geoplay.v1.RoomMember.$Shape
             */

            /**
             * Constructs a new RoomMember.
             * @memberof geoplay.v1
             * @classdesc Represents a RoomMember.
             * @constructor
             * @param {geoplay.v1.RoomMember.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoomMember = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RoomMember playerId.
             * @member {string} playerId
             * @memberof geoplay.v1.RoomMember
             * @instance
             */
            RoomMember.prototype.playerId = "";

            /**
             * RoomMember name.
             * @member {string} name
             * @memberof geoplay.v1.RoomMember
             * @instance
             */
            RoomMember.prototype.name = "";

            /**
             * RoomMember connected.
             * @member {boolean} connected
             * @memberof geoplay.v1.RoomMember
             * @instance
             */
            RoomMember.prototype.connected = false;

            /**
             * RoomMember level.
             * @member {number} level
             * @memberof geoplay.v1.RoomMember
             * @instance
             */
            RoomMember.prototype.level = 0;

            /**
             * RoomMember partyId.
             * @member {string} partyId
             * @memberof geoplay.v1.RoomMember
             * @instance
             */
            RoomMember.prototype.partyId = "";

            /**
             * Creates a new RoomMember instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.RoomMember
             * @static
             * @param {geoplay.v1.RoomMember.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.RoomMember} RoomMember instance
             * @type {{
             *   (properties: geoplay.v1.RoomMember.$Shape): geoplay.v1.RoomMember & geoplay.v1.RoomMember.$Shape;
             *   (properties?: geoplay.v1.RoomMember.$Properties): geoplay.v1.RoomMember;
             * }}
             */
            RoomMember.create = function(properties) {
                return new RoomMember(properties);
            };

            /**
             * Encodes the specified RoomMember message. Does not implicitly {@link geoplay.v1.RoomMember.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.RoomMember
             * @static
             * @param {geoplay.v1.RoomMember.$Properties} m RoomMember message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoomMember.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.playerId != null && $Object.hasOwnProperty.call(m, "playerId") && m.playerId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.playerId);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected") && m.connected !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.connected);
                if (m.level != null && $Object.hasOwnProperty.call(m, "level") && m.level !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.level);
                if (m.partyId != null && $Object.hasOwnProperty.call(m, "partyId") && m.partyId !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.partyId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RoomMember message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.RoomMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomMember & geoplay.v1.RoomMember.$Shape} RoomMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoomMember.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.RoomMember();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.playerId = v;
                            else
                                delete m.playerId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.connected = v;
                            else
                                delete m.connected;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.level = v;
                            else
                                delete m.level;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.partyId = v;
                            else
                                delete m.partyId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RoomMember message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.RoomMember
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.RoomMember} RoomMember
             */
            RoomMember.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.RoomMember)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.RoomMember: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.RoomMember();
                if (d.playerId != null) {
                    if (typeof d.playerId !== "string" || d.playerId.length) {
                        m.playerId = $String(d.playerId);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.connected != null) {
                    if (d.connected) {
                        m.connected = $Boolean(d.connected);
                    }
                }
                if (d.level != null) {
                    if ($Number(d.level) !== 0) {
                        m.level = d.level >>> 0;
                    }
                }
                if (d.partyId != null) {
                    if (typeof d.partyId !== "string" || d.partyId.length) {
                        m.partyId = $String(d.partyId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RoomMember message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.RoomMember
             * @static
             * @param {geoplay.v1.RoomMember} m RoomMember
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoomMember.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.playerId = "";
                    d.name = "";
                    d.connected = false;
                    d.level = 0;
                    d.partyId = "";
                }
                if (m.playerId != null && $Object.hasOwnProperty.call(m, "playerId")) {
                    d.playerId = m.playerId;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected")) {
                    d.connected = m.connected;
                }
                if (m.level != null && $Object.hasOwnProperty.call(m, "level")) {
                    d.level = m.level;
                }
                if (m.partyId != null && $Object.hasOwnProperty.call(m, "partyId")) {
                    d.partyId = m.partyId;
                }
                return d;
            };

            /**
             * Converts this RoomMember to JSON.
             * @function toJSON
             * @memberof geoplay.v1.RoomMember
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoomMember.prototype.toJSON = function() {
                return RoomMember.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoomMember
             * @function getTypeUrl
             * @memberof geoplay.v1.RoomMember
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoomMember.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.RoomMember";
            };

            return RoomMember;
        })();

        v1.RoomUpdate = (function() {

            /**
             * Properties of a RoomUpdate.
             * @typedef {Object} geoplay.v1.RoomUpdate.$Properties
             * @property {string|null} [roomId] RoomUpdate roomId
             * @property {number|null} [tick] RoomUpdate tick
             * @property {number|null} [baseTick] RoomUpdate baseTick
             * @property {boolean|null} [snapshot] RoomUpdate snapshot
             * @property {geoplay.v1.RoomPhase|null} [phase] RoomUpdate phase
             * @property {number|null} [phaseEndsMs] RoomUpdate phaseEndsMs
             * @property {Array.<string>|null} [setKeys] RoomUpdate setKeys
             * @property {Array.<string>|null} [setValues] RoomUpdate setValues
             * @property {Array.<string>|null} [removedKeys] RoomUpdate removedKeys
             * @property {Array.<geoplay.v1.RoomMember.$Properties>|null} [members] RoomUpdate members
             * @property {Array.<string>|null} [left] RoomUpdate left
             * @property {Uint8Array|null} [result] RoomUpdate result
             * @property {string|null} [roomType] RoomUpdate roomType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoomUpdate.
             * @memberof geoplay.v1
             * @interface IRoomUpdate
             * @augments geoplay.v1.RoomUpdate.$Properties
             * @deprecated Use geoplay.v1.RoomUpdate.$Properties instead.
             */

            /**
             * Shape of a RoomUpdate.
             * @typedef {geoplay.v1.RoomUpdate.$Properties} geoplay.v1.RoomUpdate.$Shape
             */

            /**
             * Constructs a new RoomUpdate.
             * @memberof geoplay.v1
             * @classdesc Represents a RoomUpdate.
             * @constructor
             * @param {geoplay.v1.RoomUpdate.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoomUpdate = function (p) {
                this.setKeys = [];
                this.setValues = [];
                this.removedKeys = [];
                this.members = [];
                this.left = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RoomUpdate roomId.
             * @member {string} roomId
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.roomId = "";

            /**
             * RoomUpdate tick.
             * @member {number} tick
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.tick = 0;

            /**
             * RoomUpdate baseTick.
             * @member {number} baseTick
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.baseTick = 0;

            /**
             * RoomUpdate snapshot.
             * @member {boolean} snapshot
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.snapshot = false;

            /**
             * RoomUpdate phase.
             * @member {geoplay.v1.RoomPhase} phase
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.phase = 0;

            /**
             * RoomUpdate phaseEndsMs.
             * @member {number} phaseEndsMs
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.phaseEndsMs = 0;

            /**
             * RoomUpdate setKeys.
             * @member {Array.<string>} setKeys
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.setKeys = $util.emptyArray;

            /**
             * RoomUpdate setValues.
             * @member {Array.<string>} setValues
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.setValues = $util.emptyArray;

            /**
             * RoomUpdate removedKeys.
             * @member {Array.<string>} removedKeys
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.removedKeys = $util.emptyArray;

            /**
             * RoomUpdate members.
             * @member {Array.<geoplay.v1.RoomMember.$Properties>} members
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.members = $util.emptyArray;

            /**
             * RoomUpdate left.
             * @member {Array.<string>} left
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.left = $util.emptyArray;

            /**
             * RoomUpdate result.
             * @member {Uint8Array} result
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.result = $util.newBuffer([]);

            /**
             * RoomUpdate roomType.
             * @member {string} roomType
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             */
            RoomUpdate.prototype.roomType = "";

            /**
             * Creates a new RoomUpdate instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.RoomUpdate
             * @static
             * @param {geoplay.v1.RoomUpdate.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.RoomUpdate} RoomUpdate instance
             * @type {{
             *   (properties: geoplay.v1.RoomUpdate.$Shape): geoplay.v1.RoomUpdate & geoplay.v1.RoomUpdate.$Shape;
             *   (properties?: geoplay.v1.RoomUpdate.$Properties): geoplay.v1.RoomUpdate;
             * }}
             */
            RoomUpdate.create = function(properties) {
                return new RoomUpdate(properties);
            };

            /**
             * Encodes the specified RoomUpdate message. Does not implicitly {@link geoplay.v1.RoomUpdate.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.RoomUpdate
             * @static
             * @param {geoplay.v1.RoomUpdate.$Properties} m RoomUpdate message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoomUpdate.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId") && m.roomId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.roomId);
                if (m.tick != null && $Object.hasOwnProperty.call(m, "tick") && m.tick !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.tick);
                if (m.baseTick != null && $Object.hasOwnProperty.call(m, "baseTick") && m.baseTick !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.baseTick);
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot") && m.snapshot !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.snapshot);
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.phase);
                if (m.phaseEndsMs != null && $Object.hasOwnProperty.call(m, "phaseEndsMs") && !$Object.is(m.phaseEndsMs, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.phaseEndsMs);
                if (m.setKeys != null && m.setKeys.length) {
                    for (var i = 0; i < m.setKeys.length; ++i)
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.setKeys[i]);
                }
                if (m.setValues != null && m.setValues.length) {
                    for (var i = 0; i < m.setValues.length; ++i)
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.setValues[i]);
                }
                if (m.removedKeys != null && m.removedKeys.length) {
                    for (var i = 0; i < m.removedKeys.length; ++i)
                        w.uint32(/* id 9, wireType 2 =*/74).string(m.removedKeys[i]);
                }
                if (m.members != null && m.members.length) {
                    for (var i = 0; i < m.members.length; ++i)
                        $root.geoplay.v1.RoomMember.encode(m.members[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                }
                if (m.left != null && m.left.length) {
                    for (var i = 0; i < m.left.length; ++i)
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.left[i]);
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result") && m.result.length)
                    w.uint32(/* id 12, wireType 2 =*/98).bytes(m.result);
                if (m.roomType != null && $Object.hasOwnProperty.call(m, "roomType") && m.roomType !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.roomType);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RoomUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.RoomUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomUpdate & geoplay.v1.RoomUpdate.$Shape} RoomUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoomUpdate.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.RoomUpdate();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.roomId = v;
                            else
                                delete m.roomId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.tick = v;
                            else
                                delete m.tick;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.baseTick = v;
                            else
                                delete m.baseTick;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.snapshot = v;
                            else
                                delete m.snapshot;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.phaseEndsMs = v;
                            else
                                delete m.phaseEndsMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.setKeys && m.setKeys.length))
                                m.setKeys = [];
                            m.setKeys.push((r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r)));
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.setValues && m.setValues.length))
                                m.setValues = [];
                            m.setValues.push((r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r)));
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (!(m.removedKeys && m.removedKeys.length))
                                m.removedKeys = [];
                            m.removedKeys.push((r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r)));
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.members && m.members.length))
                                m.members = [];
                            m.members.push($root.geoplay.v1.RoomMember.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if (!(m.left && m.left.length))
                                m.left = [];
                            m.left.push((r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r)));
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.result = v;
                            else
                                delete m.result;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.roomType = v;
                            else
                                delete m.roomType;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RoomUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.RoomUpdate
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.RoomUpdate} RoomUpdate
             */
            RoomUpdate.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.RoomUpdate)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.RoomUpdate: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.RoomUpdate();
                if (d.roomId != null) {
                    if (typeof d.roomId !== "string" || d.roomId.length) {
                        m.roomId = $String(d.roomId);
                    }
                }
                if (d.tick != null) {
                    if ($Number(d.tick) !== 0) {
                        m.tick = d.tick >>> 0;
                    }
                }
                if (d.baseTick != null) {
                    if ($Number(d.baseTick) !== 0) {
                        m.baseTick = d.baseTick >>> 0;
                    }
                }
                if (d.snapshot != null) {
                    if (d.snapshot) {
                        m.snapshot = $Boolean(d.snapshot);
                    }
                }
                if (d.phase !== 0 && (typeof d.phase !== "string" || $root.geoplay.v1.RoomPhase[d.phase] !== 0)) {
                    switch (d.phase) {
                    case "ROOM_PHASE_UNSPECIFIED":
                    case 0:
                        m.phase = 0;
                        break;
                    case "ROOM_PHASE_LOBBY":
                    case 1:
                        m.phase = 1;
                        break;
                    case "ROOM_PHASE_COUNTDOWN":
                    case 2:
                        m.phase = 2;
                        break;
                    case "ROOM_PHASE_RUNNING":
                    case 3:
                        m.phase = 3;
                        break;
                    case "ROOM_PHASE_ENDED":
                    case 4:
                        m.phase = 4;
                        break;
                    default:
                        if (typeof d.phase === "number" && (d.phase | 0) === d.phase)
                            m.phase = d.phase;
                    }
                }
                if (d.phaseEndsMs != null) {
                    if (!$Object.is($Number(d.phaseEndsMs), 0)) {
                        m.phaseEndsMs = $Number(d.phaseEndsMs);
                    }
                }
                if (d.setKeys) {
                    if (!$Array.isArray(d.setKeys))
                        throw $TypeError(".geoplay.v1.RoomUpdate.setKeys: array expected");
                    m.setKeys = $Array(d.setKeys.length);
                    for (var i = 0; i < d.setKeys.length; ++i) {
                        m.setKeys[i] = $String(d.setKeys[i]);
                    }
                }
                if (d.setValues) {
                    if (!$Array.isArray(d.setValues))
                        throw $TypeError(".geoplay.v1.RoomUpdate.setValues: array expected");
                    m.setValues = $Array(d.setValues.length);
                    for (var i = 0; i < d.setValues.length; ++i) {
                        m.setValues[i] = $String(d.setValues[i]);
                    }
                }
                if (d.removedKeys) {
                    if (!$Array.isArray(d.removedKeys))
                        throw $TypeError(".geoplay.v1.RoomUpdate.removedKeys: array expected");
                    m.removedKeys = $Array(d.removedKeys.length);
                    for (var i = 0; i < d.removedKeys.length; ++i) {
                        m.removedKeys[i] = $String(d.removedKeys[i]);
                    }
                }
                if (d.members) {
                    if (!$Array.isArray(d.members))
                        throw $TypeError(".geoplay.v1.RoomUpdate.members: array expected");
                    m.members = $Array(d.members.length);
                    for (var i = 0; i < d.members.length; ++i) {
                        if (!$util.isObject(d.members[i]))
                            throw $TypeError(".geoplay.v1.RoomUpdate.members: object expected");
                        m.members[i] = $root.geoplay.v1.RoomMember.fromObject(d.members[i], q + 1);
                    }
                }
                if (d.left) {
                    if (!$Array.isArray(d.left))
                        throw $TypeError(".geoplay.v1.RoomUpdate.left: array expected");
                    m.left = $Array(d.left.length);
                    for (var i = 0; i < d.left.length; ++i) {
                        m.left[i] = $String(d.left[i]);
                    }
                }
                if (d.result != null) {
                    if (d.result.length) {
                        if (typeof d.result === "string")
                            $util.base64.decode(d.result, m.result = $util.newBuffer($util.base64.length(d.result)), 0);
                        else if (d.result.length >= 0)
                            m.result = d.result;
                    }
                }
                if (d.roomType != null) {
                    if (typeof d.roomType !== "string" || d.roomType.length) {
                        m.roomType = $String(d.roomType);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RoomUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.RoomUpdate
             * @static
             * @param {geoplay.v1.RoomUpdate} m RoomUpdate
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoomUpdate.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.setKeys = [];
                    d.setValues = [];
                    d.removedKeys = [];
                    d.members = [];
                    d.left = [];
                }
                if (o.defaults) {
                    d.roomId = "";
                    d.tick = 0;
                    d.baseTick = 0;
                    d.snapshot = false;
                    d.phase = o.enums === $String ? "ROOM_PHASE_UNSPECIFIED" : 0;
                    d.phaseEndsMs = 0;
                    if (o.bytes === $String)
                        d.result = "";
                    else {
                        d.result = [];
                        if (o.bytes !== $Array)
                            d.result = $util.newBuffer(d.result);
                    }
                    d.roomType = "";
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    d.roomId = m.roomId;
                }
                if (m.tick != null && $Object.hasOwnProperty.call(m, "tick")) {
                    d.tick = m.tick;
                }
                if (m.baseTick != null && $Object.hasOwnProperty.call(m, "baseTick")) {
                    d.baseTick = m.baseTick;
                }
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                    d.snapshot = m.snapshot;
                }
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase")) {
                    d.phase = o.enums === $String ? $root.geoplay.v1.RoomPhase[m.phase] === $undefined ? m.phase : $root.geoplay.v1.RoomPhase[m.phase] : m.phase;
                }
                if (m.phaseEndsMs != null && $Object.hasOwnProperty.call(m, "phaseEndsMs")) {
                    d.phaseEndsMs = o.json && !$isFinite(m.phaseEndsMs) ? $String(m.phaseEndsMs) : m.phaseEndsMs;
                }
                if (m.setKeys && m.setKeys.length) {
                    d.setKeys = $Array(m.setKeys.length);
                    for (var j = 0; j < m.setKeys.length; ++j) {
                        d.setKeys[j] = m.setKeys[j];
                    }
                }
                if (m.setValues && m.setValues.length) {
                    d.setValues = $Array(m.setValues.length);
                    for (var j = 0; j < m.setValues.length; ++j) {
                        d.setValues[j] = m.setValues[j];
                    }
                }
                if (m.removedKeys && m.removedKeys.length) {
                    d.removedKeys = $Array(m.removedKeys.length);
                    for (var j = 0; j < m.removedKeys.length; ++j) {
                        d.removedKeys[j] = m.removedKeys[j];
                    }
                }
                if (m.members && m.members.length) {
                    d.members = $Array(m.members.length);
                    for (var j = 0; j < m.members.length; ++j) {
                        d.members[j] = $root.geoplay.v1.RoomMember.toObject(m.members[j], o, q + 1);
                    }
                }
                if (m.left && m.left.length) {
                    d.left = $Array(m.left.length);
                    for (var j = 0; j < m.left.length; ++j) {
                        d.left[j] = m.left[j];
                    }
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    d.result = o.bytes === $String ? $util.base64.encode(m.result, 0, m.result.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.result) : m.result;
                }
                if (m.roomType != null && $Object.hasOwnProperty.call(m, "roomType")) {
                    d.roomType = m.roomType;
                }
                return d;
            };

            /**
             * Converts this RoomUpdate to JSON.
             * @function toJSON
             * @memberof geoplay.v1.RoomUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoomUpdate.prototype.toJSON = function() {
                return RoomUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoomUpdate
             * @function getTypeUrl
             * @memberof geoplay.v1.RoomUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoomUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.RoomUpdate";
            };

            return RoomUpdate;
        })();

        v1.RoomResult = (function() {

            /**
             * Properties of a RoomResult.
             * @typedef {Object} geoplay.v1.RoomResult.$Properties
             * @property {number|null} [requestId] RoomResult requestId
             * @property {string|null} [roomId] RoomResult roomId
             * @property {string|null} [roomType] RoomResult roomType
             * @property {string|null} [errorCode] RoomResult errorCode
             * @property {string|null} [errorMessage] RoomResult errorMessage
             * @property {boolean|null} [left] RoomResult left
             * @property {string|null} [reason] RoomResult reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoomResult.
             * @memberof geoplay.v1
             * @interface IRoomResult
             * @augments geoplay.v1.RoomResult.$Properties
             * @deprecated Use geoplay.v1.RoomResult.$Properties instead.
             */

            /**
             * Shape of a RoomResult.
             * @typedef {geoplay.v1.RoomResult.$Properties} geoplay.v1.RoomResult.$Shape
             */

            /**
             * Constructs a new RoomResult.
             * @memberof geoplay.v1
             * @classdesc Represents a RoomResult.
             * @constructor
             * @param {geoplay.v1.RoomResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoomResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RoomResult requestId.
             * @member {number} requestId
             * @memberof geoplay.v1.RoomResult
             * @instance
             */
            RoomResult.prototype.requestId = 0;

            /**
             * RoomResult roomId.
             * @member {string} roomId
             * @memberof geoplay.v1.RoomResult
             * @instance
             */
            RoomResult.prototype.roomId = "";

            /**
             * RoomResult roomType.
             * @member {string} roomType
             * @memberof geoplay.v1.RoomResult
             * @instance
             */
            RoomResult.prototype.roomType = "";

            /**
             * RoomResult errorCode.
             * @member {string} errorCode
             * @memberof geoplay.v1.RoomResult
             * @instance
             */
            RoomResult.prototype.errorCode = "";

            /**
             * RoomResult errorMessage.
             * @member {string} errorMessage
             * @memberof geoplay.v1.RoomResult
             * @instance
             */
            RoomResult.prototype.errorMessage = "";

            /**
             * RoomResult left.
             * @member {boolean} left
             * @memberof geoplay.v1.RoomResult
             * @instance
             */
            RoomResult.prototype.left = false;

            /**
             * RoomResult reason.
             * @member {string} reason
             * @memberof geoplay.v1.RoomResult
             * @instance
             */
            RoomResult.prototype.reason = "";

            /**
             * Creates a new RoomResult instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.RoomResult
             * @static
             * @param {geoplay.v1.RoomResult.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.RoomResult} RoomResult instance
             * @type {{
             *   (properties: geoplay.v1.RoomResult.$Shape): geoplay.v1.RoomResult & geoplay.v1.RoomResult.$Shape;
             *   (properties?: geoplay.v1.RoomResult.$Properties): geoplay.v1.RoomResult;
             * }}
             */
            RoomResult.create = function(properties) {
                return new RoomResult(properties);
            };

            /**
             * Encodes the specified RoomResult message. Does not implicitly {@link geoplay.v1.RoomResult.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.RoomResult
             * @static
             * @param {geoplay.v1.RoomResult.$Properties} m RoomResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoomResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.requestId);
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId") && m.roomId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.roomId);
                if (m.roomType != null && $Object.hasOwnProperty.call(m, "roomType") && m.roomType !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.roomType);
                if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode") && m.errorCode !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.errorCode);
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage") && m.errorMessage !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.errorMessage);
                if (m.left != null && $Object.hasOwnProperty.call(m, "left") && m.left !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.left);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RoomResult message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.RoomResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomResult & geoplay.v1.RoomResult.$Shape} RoomResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoomResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.RoomResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.roomId = v;
                            else
                                delete m.roomId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.roomType = v;
                            else
                                delete m.roomType;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.errorCode = v;
                            else
                                delete m.errorCode;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.errorMessage = v;
                            else
                                delete m.errorMessage;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.left = v;
                            else
                                delete m.left;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RoomResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.RoomResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.RoomResult} RoomResult
             */
            RoomResult.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.RoomResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.RoomResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.RoomResult();
                if (d.requestId != null) {
                    if ($Number(d.requestId) !== 0) {
                        m.requestId = d.requestId >>> 0;
                    }
                }
                if (d.roomId != null) {
                    if (typeof d.roomId !== "string" || d.roomId.length) {
                        m.roomId = $String(d.roomId);
                    }
                }
                if (d.roomType != null) {
                    if (typeof d.roomType !== "string" || d.roomType.length) {
                        m.roomType = $String(d.roomType);
                    }
                }
                if (d.errorCode != null) {
                    if (typeof d.errorCode !== "string" || d.errorCode.length) {
                        m.errorCode = $String(d.errorCode);
                    }
                }
                if (d.errorMessage != null) {
                    if (typeof d.errorMessage !== "string" || d.errorMessage.length) {
                        m.errorMessage = $String(d.errorMessage);
                    }
                }
                if (d.left != null) {
                    if (d.left) {
                        m.left = $Boolean(d.left);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RoomResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.RoomResult
             * @static
             * @param {geoplay.v1.RoomResult} m RoomResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoomResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requestId = 0;
                    d.roomId = "";
                    d.roomType = "";
                    d.errorCode = "";
                    d.errorMessage = "";
                    d.left = false;
                    d.reason = "";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    d.roomId = m.roomId;
                }
                if (m.roomType != null && $Object.hasOwnProperty.call(m, "roomType")) {
                    d.roomType = m.roomType;
                }
                if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                    d.errorCode = m.errorCode;
                }
                if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                    d.errorMessage = m.errorMessage;
                }
                if (m.left != null && $Object.hasOwnProperty.call(m, "left")) {
                    d.left = m.left;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this RoomResult to JSON.
             * @function toJSON
             * @memberof geoplay.v1.RoomResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoomResult.prototype.toJSON = function() {
                return RoomResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoomResult
             * @function getTypeUrl
             * @memberof geoplay.v1.RoomResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoomResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.RoomResult";
            };

            return RoomResult;
        })();

        v1.RoomError = (function() {

            /**
             * Properties of a RoomError.
             * @typedef {Object} geoplay.v1.RoomError.$Properties
             * @property {string|null} [roomId] RoomError roomId
             * @property {string|null} [code] RoomError code
             * @property {string|null} [message] RoomError message
             * @property {string|null} [type] RoomError type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoomError.
             * @memberof geoplay.v1
             * @interface IRoomError
             * @augments geoplay.v1.RoomError.$Properties
             * @deprecated Use geoplay.v1.RoomError.$Properties instead.
             */

            /**
             * Shape of a RoomError.
             * @typedef {geoplay.v1.RoomError.$Properties} geoplay.v1.RoomError.$Shape
             */

            /**
             * Constructs a new RoomError.
             * @memberof geoplay.v1
             * @classdesc Represents a RoomError.
             * @constructor
             * @param {geoplay.v1.RoomError.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoomError = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RoomError roomId.
             * @member {string} roomId
             * @memberof geoplay.v1.RoomError
             * @instance
             */
            RoomError.prototype.roomId = "";

            /**
             * RoomError code.
             * @member {string} code
             * @memberof geoplay.v1.RoomError
             * @instance
             */
            RoomError.prototype.code = "";

            /**
             * RoomError message.
             * @member {string} message
             * @memberof geoplay.v1.RoomError
             * @instance
             */
            RoomError.prototype.message = "";

            /**
             * RoomError type.
             * @member {string} type
             * @memberof geoplay.v1.RoomError
             * @instance
             */
            RoomError.prototype.type = "";

            /**
             * Creates a new RoomError instance using the specified properties.
             * @function create
             * @memberof geoplay.v1.RoomError
             * @static
             * @param {geoplay.v1.RoomError.$Properties=} [properties] Properties to set
             * @returns {geoplay.v1.RoomError} RoomError instance
             * @type {{
             *   (properties: geoplay.v1.RoomError.$Shape): geoplay.v1.RoomError & geoplay.v1.RoomError.$Shape;
             *   (properties?: geoplay.v1.RoomError.$Properties): geoplay.v1.RoomError;
             * }}
             */
            RoomError.create = function(properties) {
                return new RoomError(properties);
            };

            /**
             * Encodes the specified RoomError message. Does not implicitly {@link geoplay.v1.RoomError.verify|verify} messages.
             * @function encode
             * @memberof geoplay.v1.RoomError
             * @static
             * @param {geoplay.v1.RoomError.$Properties} m RoomError message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoomError.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId") && m.roomId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.roomId);
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.type);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RoomError message from the specified reader or buffer.
             * @function decode
             * @memberof geoplay.v1.RoomError
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomError & geoplay.v1.RoomError.$Shape} RoomError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoomError.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.geoplay.v1.RoomError();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.roomId = v;
                            else
                                delete m.roomId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = (r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RoomError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof geoplay.v1.RoomError
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {geoplay.v1.RoomError} RoomError
             */
            RoomError.fromObject = function (d, q) {
                if (d instanceof $root.geoplay.v1.RoomError)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".geoplay.v1.RoomError: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.geoplay.v1.RoomError();
                if (d.roomId != null) {
                    if (typeof d.roomId !== "string" || d.roomId.length) {
                        m.roomId = $String(d.roomId);
                    }
                }
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.type != null) {
                    if (typeof d.type !== "string" || d.type.length) {
                        m.type = $String(d.type);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RoomError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof geoplay.v1.RoomError
             * @static
             * @param {geoplay.v1.RoomError} m RoomError
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoomError.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.roomId = "";
                    d.code = "";
                    d.message = "";
                    d.type = "";
                }
                if (m.roomId != null && $Object.hasOwnProperty.call(m, "roomId")) {
                    d.roomId = m.roomId;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                return d;
            };

            /**
             * Converts this RoomError to JSON.
             * @function toJSON
             * @memberof geoplay.v1.RoomError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoomError.prototype.toJSON = function() {
                return RoomError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoomError
             * @function getTypeUrl
             * @memberof geoplay.v1.RoomError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoomError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/geoplay.v1.RoomError";
            };

            return RoomError;
        })();

        return v1;
    })();

    return geoplay;
})();

export {
  $root as default
};
