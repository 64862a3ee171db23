/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

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
             * @property {"clientHello"|"serverHello"|"ping"|"pong"|"location"|"worldDelta"|"actionRequest"|"actionResult"|"error"|"drain"|"geofenceEvent"|"snapshotRequest"} [body] Envelope body
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
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "clientHello"; clientHello: geoplay.v1.ClientHello.$Shape; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "serverHello"; clientHello?: null; serverHello: geoplay.v1.ServerHello.$Shape; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "ping"; clientHello?: null; serverHello?: null; ping: geoplay.v1.Ping.$Shape; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "pong"; clientHello?: null; serverHello?: null; ping?: null; pong: geoplay.v1.Pong.$Shape; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "location"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location: geoplay.v1.LocationReport.$Shape; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "worldDelta"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta: geoplay.v1.WorldDelta.$Shape; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "actionRequest"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest: geoplay.v1.ActionRequest.$Shape; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "actionResult"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult: geoplay.v1.ActionResult.$Shape; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "error"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error: geoplay.v1.Error.$Shape; drain?: null; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "drain"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain: geoplay.v1.Drain.$Shape; geofenceEvent?: null; snapshotRequest?: null }|{ body?: "geofenceEvent"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent: geoplay.v1.GeofenceEvent.$Shape; snapshotRequest?: null }|{ body?: "snapshotRequest"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest: geoplay.v1.SnapshotRequest.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"clientHello"|"serverHello"|"ping"|"pong"|"location"|"worldDelta"|"actionRequest"|"actionResult"|"error"|"drain"|"geofenceEvent"|"snapshotRequest"|undefined} body
             * @memberof geoplay.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["clientHello", "serverHello", "ping", "pong", "location", "worldDelta", "actionRequest", "actionResult", "error", "drain", "geofenceEvent", "snapshotRequest"]),
                set: $util.oneOfSetter($oneOfFields)
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
                            m.body = "clientHello";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.serverHello = $root.geoplay.v1.ServerHello.decode(r, r.size(), $undefined, q + 1, m.serverHello);
                            m.body = "serverHello";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.ping = $root.geoplay.v1.Ping.decode(r, r.size(), $undefined, q + 1, m.ping);
                            m.body = "ping";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.pong = $root.geoplay.v1.Pong.decode(r, r.size(), $undefined, q + 1, m.pong);
                            m.body = "pong";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.location = $root.geoplay.v1.LocationReport.decode(r, r.size(), $undefined, q + 1, m.location);
                            m.body = "location";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.worldDelta = $root.geoplay.v1.WorldDelta.decode(r, r.size(), $undefined, q + 1, m.worldDelta);
                            m.body = "worldDelta";
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.actionRequest = $root.geoplay.v1.ActionRequest.decode(r, r.size(), $undefined, q + 1, m.actionRequest);
                            m.body = "actionRequest";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.actionResult = $root.geoplay.v1.ActionResult.decode(r, r.size(), $undefined, q + 1, m.actionResult);
                            m.body = "actionResult";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.error = $root.geoplay.v1.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.body = "error";
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.drain = $root.geoplay.v1.Drain.decode(r, r.size(), $undefined, q + 1, m.drain);
                            m.body = "drain";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.geofenceEvent = $root.geoplay.v1.GeofenceEvent.decode(r, r.size(), $undefined, q + 1, m.geofenceEvent);
                            m.body = "geofenceEvent";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.snapshotRequest = $root.geoplay.v1.SnapshotRequest.decode(r, r.size(), $undefined, q + 1, m.snapshotRequest);
                            m.body = "snapshotRequest";
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
                            if ((v = r.stringVerify()).length)
                                m.client = v;
                            else
                                delete m.client;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
                                m.sessionId = v;
                            else
                                delete m.sessionId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.playerId = v;
                            else
                                delete m.playerId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
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
                            m.leaveTo.push(r.stringVerify());
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
                            m.droppedCells.push(r.stringVerify());
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
                            if ((v = r.stringVerify()).length)
                                m.opId = v;
                            else
                                delete m.opId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
                                m.errorCode = v;
                            else
                                delete m.errorCode;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
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
                            if ((v = r.stringVerify()).length)
                                m.fenceId = v;
                            else
                                delete m.fenceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
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

        return v1;
    })();

    return geoplay;
})();

export {
  $root as default
};
