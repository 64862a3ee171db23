import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace geoplay. */
export namespace geoplay {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use geoplay.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends geoplay.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope seq. */
            seq: number;

            /** Envelope ack. */
            ack: number;

            /** Envelope hlcMs. */
            hlcMs: number;

            /** Envelope hlcLogical. */
            hlcLogical: number;

            /** Envelope traceId. */
            traceId: Uint8Array;

            /** Envelope clientHello. */
            clientHello?: (geoplay.v1.ClientHello.$Properties|null);

            /** Envelope serverHello. */
            serverHello?: (geoplay.v1.ServerHello.$Properties|null);

            /** Envelope ping. */
            ping?: (geoplay.v1.Ping.$Properties|null);

            /** Envelope pong. */
            pong?: (geoplay.v1.Pong.$Properties|null);

            /** Envelope location. */
            location?: (geoplay.v1.LocationReport.$Properties|null);

            /** Envelope worldDelta. */
            worldDelta?: (geoplay.v1.WorldDelta.$Properties|null);

            /** Envelope actionRequest. */
            actionRequest?: (geoplay.v1.ActionRequest.$Properties|null);

            /** Envelope actionResult. */
            actionResult?: (geoplay.v1.ActionResult.$Properties|null);

            /** Envelope error. */
            error?: (geoplay.v1.Error.$Properties|null);

            /** Envelope drain. */
            drain?: (geoplay.v1.Drain.$Properties|null);

            /** Envelope geofenceEvent. */
            geofenceEvent?: (geoplay.v1.GeofenceEvent.$Properties|null);

            /** Envelope snapshotRequest. */
            snapshotRequest?: (geoplay.v1.SnapshotRequest.$Properties|null);

            /** Envelope roomJoin. */
            roomJoin?: (geoplay.v1.RoomJoin.$Properties|null);

            /** Envelope roomLeave. */
            roomLeave?: (geoplay.v1.RoomLeave.$Properties|null);

            /** Envelope roomMessage. */
            roomMessage?: (geoplay.v1.RoomMessage.$Properties|null);

            /** Envelope roomUpdate. */
            roomUpdate?: (geoplay.v1.RoomUpdate.$Properties|null);

            /** Envelope roomResult. */
            roomResult?: (geoplay.v1.RoomResult.$Properties|null);

            /** Envelope roomError. */
            roomError?: (geoplay.v1.RoomError.$Properties|null);

            /** Envelope body. */
            body?: ("clientHello"|"serverHello"|"ping"|"pong"|"location"|"worldDelta"|"actionRequest"|"actionResult"|"error"|"drain"|"geofenceEvent"|"snapshotRequest"|"roomJoin"|"roomLeave"|"roomMessage"|"roomUpdate"|"roomResult"|"roomError");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: geoplay.v1.Envelope.$Shape): geoplay.v1.Envelope & geoplay.v1.Envelope.$Shape;
            static create(properties?: geoplay.v1.Envelope.$Properties): geoplay.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link geoplay.v1.Envelope.verify|verify} messages.
             * @param m Envelope message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.Envelope & geoplay.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.Envelope & geoplay.v1.Envelope.$Shape;

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Envelope
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param m Envelope
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope seq */
                seq?: (number|null);

                /** Envelope ack */
                ack?: (number|null);

                /** Envelope hlcMs */
                hlcMs?: (number|null);

                /** Envelope hlcLogical */
                hlcLogical?: (number|null);

                /** Envelope traceId */
                traceId?: (Uint8Array|null);

                /** Envelope clientHello */
                clientHello?: (geoplay.v1.ClientHello.$Properties|null);

                /** Envelope serverHello */
                serverHello?: (geoplay.v1.ServerHello.$Properties|null);

                /** Envelope ping */
                ping?: (geoplay.v1.Ping.$Properties|null);

                /** Envelope pong */
                pong?: (geoplay.v1.Pong.$Properties|null);

                /** Envelope location */
                location?: (geoplay.v1.LocationReport.$Properties|null);

                /** Envelope worldDelta */
                worldDelta?: (geoplay.v1.WorldDelta.$Properties|null);

                /** Envelope actionRequest */
                actionRequest?: (geoplay.v1.ActionRequest.$Properties|null);

                /** Envelope actionResult */
                actionResult?: (geoplay.v1.ActionResult.$Properties|null);

                /** Envelope error */
                error?: (geoplay.v1.Error.$Properties|null);

                /** Envelope drain */
                drain?: (geoplay.v1.Drain.$Properties|null);

                /** Envelope geofenceEvent */
                geofenceEvent?: (geoplay.v1.GeofenceEvent.$Properties|null);

                /** Envelope snapshotRequest */
                snapshotRequest?: (geoplay.v1.SnapshotRequest.$Properties|null);

                /** Envelope roomJoin */
                roomJoin?: (geoplay.v1.RoomJoin.$Properties|null);

                /** Envelope roomLeave */
                roomLeave?: (geoplay.v1.RoomLeave.$Properties|null);

                /** Envelope roomMessage */
                roomMessage?: (geoplay.v1.RoomMessage.$Properties|null);

                /** Envelope roomUpdate */
                roomUpdate?: (geoplay.v1.RoomUpdate.$Properties|null);

                /** Envelope roomResult */
                roomResult?: (geoplay.v1.RoomResult.$Properties|null);

                /** Envelope roomError */
                roomError?: (geoplay.v1.RoomError.$Properties|null);

                /** Envelope body */
                body?: ("clientHello"|"serverHello"|"ping"|"pong"|"location"|"worldDelta"|"actionRequest"|"actionResult"|"error"|"drain"|"geofenceEvent"|"snapshotRequest"|"roomJoin"|"roomLeave"|"roomMessage"|"roomUpdate"|"roomResult"|"roomError");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              seq?: number|null;
              ack?: number|null;
              hlcMs?: number|null;
              hlcLogical?: number|null;
              traceId?: Uint8Array|null;
              clientHello?: geoplay.v1.ClientHello.$Shape|null;
              serverHello?: geoplay.v1.ServerHello.$Shape|null;
              ping?: geoplay.v1.Ping.$Shape|null;
              pong?: geoplay.v1.Pong.$Shape|null;
              location?: geoplay.v1.LocationReport.$Shape|null;
              worldDelta?: geoplay.v1.WorldDelta.$Shape|null;
              actionRequest?: geoplay.v1.ActionRequest.$Shape|null;
              actionResult?: geoplay.v1.ActionResult.$Shape|null;
              error?: geoplay.v1.Error.$Shape|null;
              drain?: geoplay.v1.Drain.$Shape|null;
              geofenceEvent?: geoplay.v1.GeofenceEvent.$Shape|null;
              snapshotRequest?: geoplay.v1.SnapshotRequest.$Shape|null;
              roomJoin?: geoplay.v1.RoomJoin.$Shape|null;
              roomLeave?: geoplay.v1.RoomLeave.$Shape|null;
              roomMessage?: geoplay.v1.RoomMessage.$Shape|null;
              roomUpdate?: geoplay.v1.RoomUpdate.$Shape|null;
              roomResult?: geoplay.v1.RoomResult.$Shape|null;
              roomError?: geoplay.v1.RoomError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "clientHello"; clientHello: geoplay.v1.ClientHello.$Shape; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "serverHello"; clientHello?: null; serverHello: geoplay.v1.ServerHello.$Shape; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "ping"; clientHello?: null; serverHello?: null; ping: geoplay.v1.Ping.$Shape; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "pong"; clientHello?: null; serverHello?: null; ping?: null; pong: geoplay.v1.Pong.$Shape; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "location"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location: geoplay.v1.LocationReport.$Shape; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "worldDelta"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta: geoplay.v1.WorldDelta.$Shape; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "actionRequest"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest: geoplay.v1.ActionRequest.$Shape; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "actionResult"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult: geoplay.v1.ActionResult.$Shape; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "error"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error: geoplay.v1.Error.$Shape; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "drain"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain: geoplay.v1.Drain.$Shape; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "geofenceEvent"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent: geoplay.v1.GeofenceEvent.$Shape; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "snapshotRequest"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest: geoplay.v1.SnapshotRequest.$Shape; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "roomJoin"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin: geoplay.v1.RoomJoin.$Shape; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "roomLeave"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave: geoplay.v1.RoomLeave.$Shape; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "roomMessage"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage: geoplay.v1.RoomMessage.$Shape; roomUpdate?: null; roomResult?: null; roomError?: null }|{ body?: "roomUpdate"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate: geoplay.v1.RoomUpdate.$Shape; roomResult?: null; roomError?: null }|{ body?: "roomResult"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult: geoplay.v1.RoomResult.$Shape; roomError?: null }|{ body?: "roomError"; clientHello?: null; serverHello?: null; ping?: null; pong?: null; location?: null; worldDelta?: null; actionRequest?: null; actionResult?: null; error?: null; drain?: null; geofenceEvent?: null; snapshotRequest?: null; roomJoin?: null; roomLeave?: null; roomMessage?: null; roomUpdate?: null; roomResult?: null; roomError: geoplay.v1.RoomError.$Shape })
            );
        }

        /**
         * Properties of a ClientHello.
         * @deprecated Use geoplay.v1.ClientHello.$Properties instead.
         */
        interface IClientHello extends geoplay.v1.ClientHello.$Properties {
        }

        /** Represents a ClientHello. */
        class ClientHello {

            /**
             * Constructs a new ClientHello.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.ClientHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientHello protocolVersion. */
            protocolVersion: number;

            /** ClientHello client. */
            client: string;

            /** ClientHello resumeToken. */
            resumeToken: string;

            /** ClientHello lastSeq. */
            lastSeq: number;

            /**
             * Creates a new ClientHello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientHello instance
             */
            static create(properties: geoplay.v1.ClientHello.$Shape): geoplay.v1.ClientHello & geoplay.v1.ClientHello.$Shape;
            static create(properties?: geoplay.v1.ClientHello.$Properties): geoplay.v1.ClientHello;

            /**
             * Encodes the specified ClientHello message. Does not implicitly {@link geoplay.v1.ClientHello.verify|verify} messages.
             * @param m ClientHello message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.ClientHello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientHello message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.ClientHello & geoplay.v1.ClientHello.$Shape} ClientHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.ClientHello & geoplay.v1.ClientHello.$Shape;

            /**
             * Creates a ClientHello message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ClientHello
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.ClientHello;

            /**
             * Creates a plain object from a ClientHello message. Also converts values to other types if specified.
             * @param m ClientHello
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.ClientHello, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientHello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientHello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientHello {

            /** Properties of a ClientHello. */
            interface $Properties {

                /** ClientHello protocolVersion */
                protocolVersion?: (number|null);

                /** ClientHello client */
                client?: (string|null);

                /** ClientHello resumeToken */
                resumeToken?: (string|null);

                /** ClientHello lastSeq */
                lastSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientHello. */
            type $Shape = geoplay.v1.ClientHello.$Properties;
        }

        /**
         * Properties of a ServerHello.
         * @deprecated Use geoplay.v1.ServerHello.$Properties instead.
         */
        interface IServerHello extends geoplay.v1.ServerHello.$Properties {
        }

        /** Represents a ServerHello. */
        class ServerHello {

            /**
             * Constructs a new ServerHello.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.ServerHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerHello sessionId. */
            sessionId: string;

            /** ServerHello playerId. */
            playerId: string;

            /** ServerHello resumeToken. */
            resumeToken: string;

            /** ServerHello resumed. */
            resumed: boolean;

            /** ServerHello serverTimeMs. */
            serverTimeMs: number;

            /** ServerHello heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /** ServerHello maxFrameBytes. */
            maxFrameBytes: number;

            /** ServerHello maxMessagesPerS. */
            maxMessagesPerS: number;

            /** ServerHello maxLocationReportsPerS. */
            maxLocationReportsPerS: number;

            /** ServerHello nodeId. */
            nodeId: string;

            /** ServerHello snapshotFollows. */
            snapshotFollows: boolean;

            /**
             * Creates a new ServerHello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerHello instance
             */
            static create(properties: geoplay.v1.ServerHello.$Shape): geoplay.v1.ServerHello & geoplay.v1.ServerHello.$Shape;
            static create(properties?: geoplay.v1.ServerHello.$Properties): geoplay.v1.ServerHello;

            /**
             * Encodes the specified ServerHello message. Does not implicitly {@link geoplay.v1.ServerHello.verify|verify} messages.
             * @param m ServerHello message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.ServerHello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerHello message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.ServerHello & geoplay.v1.ServerHello.$Shape} ServerHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.ServerHello & geoplay.v1.ServerHello.$Shape;

            /**
             * Creates a ServerHello message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ServerHello
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.ServerHello;

            /**
             * Creates a plain object from a ServerHello message. Also converts values to other types if specified.
             * @param m ServerHello
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.ServerHello, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerHello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServerHello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerHello {

            /** Properties of a ServerHello. */
            interface $Properties {

                /** ServerHello sessionId */
                sessionId?: (string|null);

                /** ServerHello playerId */
                playerId?: (string|null);

                /** ServerHello resumeToken */
                resumeToken?: (string|null);

                /** ServerHello resumed */
                resumed?: (boolean|null);

                /** ServerHello serverTimeMs */
                serverTimeMs?: (number|null);

                /** ServerHello heartbeatIntervalMs */
                heartbeatIntervalMs?: (number|null);

                /** ServerHello maxFrameBytes */
                maxFrameBytes?: (number|null);

                /** ServerHello maxMessagesPerS */
                maxMessagesPerS?: (number|null);

                /** ServerHello maxLocationReportsPerS */
                maxLocationReportsPerS?: (number|null);

                /** ServerHello nodeId */
                nodeId?: (string|null);

                /** ServerHello snapshotFollows */
                snapshotFollows?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServerHello. */
            type $Shape = geoplay.v1.ServerHello.$Properties;
        }

        /**
         * Properties of a Ping.
         * @deprecated Use geoplay.v1.Ping.$Properties instead.
         */
        interface IPing extends geoplay.v1.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping id. */
            id: number;

            /** Ping originTimeMs. */
            originTimeMs: number;

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: geoplay.v1.Ping.$Shape): geoplay.v1.Ping & geoplay.v1.Ping.$Shape;
            static create(properties?: geoplay.v1.Ping.$Properties): geoplay.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link geoplay.v1.Ping.verify|verify} messages.
             * @param m Ping message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.Ping.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.Ping & geoplay.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.Ping & geoplay.v1.Ping.$Shape;

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Ping
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param m Ping
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.Ping, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Ping id */
                id?: (number|null);

                /** Ping originTimeMs */
                originTimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = geoplay.v1.Ping.$Properties;
        }

        /**
         * Properties of a Pong.
         * @deprecated Use geoplay.v1.Pong.$Properties instead.
         */
        interface IPong extends geoplay.v1.Pong.$Properties {
        }

        /** Represents a Pong. */
        class Pong {

            /**
             * Constructs a new Pong.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.Pong.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Pong id. */
            id: number;

            /** Pong originTimeMs. */
            originTimeMs: number;

            /** Pong receiveTimeMs. */
            receiveTimeMs: number;

            /** Pong transmitTimeMs. */
            transmitTimeMs: number;

            /**
             * Creates a new Pong instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pong instance
             */
            static create(properties: geoplay.v1.Pong.$Shape): geoplay.v1.Pong & geoplay.v1.Pong.$Shape;
            static create(properties?: geoplay.v1.Pong.$Properties): geoplay.v1.Pong;

            /**
             * Encodes the specified Pong message. Does not implicitly {@link geoplay.v1.Pong.verify|verify} messages.
             * @param m Pong message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.Pong.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.Pong & geoplay.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.Pong & geoplay.v1.Pong.$Shape;

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Pong
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.Pong;

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @param m Pong
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.Pong, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Pong to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Pong
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Pong {

            /** Properties of a Pong. */
            interface $Properties {

                /** Pong id */
                id?: (number|null);

                /** Pong originTimeMs */
                originTimeMs?: (number|null);

                /** Pong receiveTimeMs */
                receiveTimeMs?: (number|null);

                /** Pong transmitTimeMs */
                transmitTimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Pong. */
            type $Shape = geoplay.v1.Pong.$Properties;
        }

        /** LocationSource enum. */
        enum LocationSource {

            /** LOCATION_SOURCE_UNSPECIFIED value */
            LOCATION_SOURCE_UNSPECIFIED = 0,

            /** LOCATION_SOURCE_GPS value */
            LOCATION_SOURCE_GPS = 1,

            /** LOCATION_SOURCE_NETWORK value */
            LOCATION_SOURCE_NETWORK = 2,

            /** LOCATION_SOURCE_FUSED value */
            LOCATION_SOURCE_FUSED = 3,

            /** LOCATION_SOURCE_IMU value */
            LOCATION_SOURCE_IMU = 4
        }

        /**
         * Properties of a LocationReport.
         * @deprecated Use geoplay.v1.LocationReport.$Properties instead.
         */
        interface ILocationReport extends geoplay.v1.LocationReport.$Properties {
        }

        /** Represents a LocationReport. */
        class LocationReport {

            /**
             * Constructs a new LocationReport.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.LocationReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocationReport latE7. */
            latE7: number;

            /** LocationReport lngE7. */
            lngE7: number;

            /** LocationReport accuracyM. */
            accuracyM: number;

            /** LocationReport speedMps. */
            speedMps: number;

            /** LocationReport headingDeg. */
            headingDeg: number;

            /** LocationReport source. */
            source: geoplay.v1.LocationSource;

            /** LocationReport clientTimeMs. */
            clientTimeMs: number;

            /** LocationReport mock. */
            mock: boolean;

            /** LocationReport steps. */
            steps: number;

            /**
             * Creates a new LocationReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocationReport instance
             */
            static create(properties: geoplay.v1.LocationReport.$Shape): geoplay.v1.LocationReport & geoplay.v1.LocationReport.$Shape;
            static create(properties?: geoplay.v1.LocationReport.$Properties): geoplay.v1.LocationReport;

            /**
             * Encodes the specified LocationReport message. Does not implicitly {@link geoplay.v1.LocationReport.verify|verify} messages.
             * @param m LocationReport message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.LocationReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocationReport message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.LocationReport & geoplay.v1.LocationReport.$Shape} LocationReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.LocationReport & geoplay.v1.LocationReport.$Shape;

            /**
             * Creates a LocationReport message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LocationReport
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.LocationReport;

            /**
             * Creates a plain object from a LocationReport message. Also converts values to other types if specified.
             * @param m LocationReport
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.LocationReport, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocationReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LocationReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LocationReport {

            /** Properties of a LocationReport. */
            interface $Properties {

                /** LocationReport latE7 */
                latE7?: (number|null);

                /** LocationReport lngE7 */
                lngE7?: (number|null);

                /** LocationReport accuracyM */
                accuracyM?: (number|null);

                /** LocationReport speedMps */
                speedMps?: (number|null);

                /** LocationReport headingDeg */
                headingDeg?: (number|null);

                /** LocationReport source */
                source?: (geoplay.v1.LocationSource|null);

                /** LocationReport clientTimeMs */
                clientTimeMs?: (number|null);

                /** LocationReport mock */
                mock?: (boolean|null);

                /** LocationReport steps */
                steps?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocationReport. */
            type $Shape = geoplay.v1.LocationReport.$Properties;
        }

        /** EntityKind enum. */
        enum EntityKind {

            /** ENTITY_KIND_UNSPECIFIED value */
            ENTITY_KIND_UNSPECIFIED = 0,

            /** ENTITY_KIND_PLAYER value */
            ENTITY_KIND_PLAYER = 1,

            /** ENTITY_KIND_SPAWN value */
            ENTITY_KIND_SPAWN = 2,

            /** ENTITY_KIND_POI value */
            ENTITY_KIND_POI = 3
        }

        /**
         * Properties of an Entity.
         * @deprecated Use geoplay.v1.Entity.$Properties instead.
         */
        interface IEntity extends geoplay.v1.Entity.$Properties {
        }

        /** Represents an Entity. */
        class Entity {

            /**
             * Constructs a new Entity.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.Entity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Entity eid. */
            eid: number;

            /** Entity kind. */
            kind: geoplay.v1.EntityKind;

            /** Entity id. */
            id: string;

            /** Entity latE7. */
            latE7: number;

            /** Entity lngE7. */
            lngE7: number;

            /** Entity name. */
            name: string;

            /** Entity team. */
            team: number;

            /** Entity headingDeg. */
            headingDeg: number;

            /** Entity speedMps. */
            speedMps: number;

            /** Entity updatedMs. */
            updatedMs: number;

            /** Entity level. */
            level: number;

            /** Entity expiresMs. */
            expiresMs: number;

            /** Entity poiKind. */
            poiKind: string;

            /** Entity idle. */
            idle: boolean;

            /**
             * Creates a new Entity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Entity instance
             */
            static create(properties: geoplay.v1.Entity.$Shape): geoplay.v1.Entity & geoplay.v1.Entity.$Shape;
            static create(properties?: geoplay.v1.Entity.$Properties): geoplay.v1.Entity;

            /**
             * Encodes the specified Entity message. Does not implicitly {@link geoplay.v1.Entity.verify|verify} messages.
             * @param m Entity message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.Entity.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Entity message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.Entity & geoplay.v1.Entity.$Shape} Entity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.Entity & geoplay.v1.Entity.$Shape;

            /**
             * Creates an Entity message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Entity
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.Entity;

            /**
             * Creates a plain object from an Entity message. Also converts values to other types if specified.
             * @param m Entity
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.Entity, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Entity to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Entity
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Entity {

            /** Properties of an Entity. */
            interface $Properties {

                /** Entity eid */
                eid?: (number|null);

                /** Entity kind */
                kind?: (geoplay.v1.EntityKind|null);

                /** Entity id */
                id?: (string|null);

                /** Entity latE7 */
                latE7?: (number|null);

                /** Entity lngE7 */
                lngE7?: (number|null);

                /** Entity name */
                name?: (string|null);

                /** Entity team */
                team?: (number|null);

                /** Entity headingDeg */
                headingDeg?: (number|null);

                /** Entity speedMps */
                speedMps?: (number|null);

                /** Entity updatedMs */
                updatedMs?: (number|null);

                /** Entity level */
                level?: (number|null);

                /** Entity expiresMs */
                expiresMs?: (number|null);

                /** Entity poiKind */
                poiKind?: (string|null);

                /** Entity idle */
                idle?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Entity. */
            type $Shape = geoplay.v1.Entity.$Properties;
        }

        /**
         * Properties of a CellChunk.
         * @deprecated Use geoplay.v1.CellChunk.$Properties instead.
         */
        interface ICellChunk extends geoplay.v1.CellChunk.$Properties {
        }

        /** Represents a CellChunk. */
        class CellChunk {

            /**
             * Constructs a new CellChunk.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.CellChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CellChunk cell. */
            cell: string;

            /** CellChunk snapshot. */
            snapshot: boolean;

            /** CellChunk enter. */
            enter: geoplay.v1.Entity.$Properties[];

            /** CellChunk moveEid. */
            moveEid: number[];

            /** CellChunk moveLatE7. */
            moveLatE7: number[];

            /** CellChunk moveLngE7. */
            moveLngE7: number[];

            /** CellChunk leaveEid. */
            leaveEid: number[];

            /** CellChunk leaveTo. */
            leaveTo: string[];

            /**
             * Creates a new CellChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CellChunk instance
             */
            static create(properties: geoplay.v1.CellChunk.$Shape): geoplay.v1.CellChunk & geoplay.v1.CellChunk.$Shape;
            static create(properties?: geoplay.v1.CellChunk.$Properties): geoplay.v1.CellChunk;

            /**
             * Encodes the specified CellChunk message. Does not implicitly {@link geoplay.v1.CellChunk.verify|verify} messages.
             * @param m CellChunk message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.CellChunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CellChunk message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.CellChunk & geoplay.v1.CellChunk.$Shape} CellChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.CellChunk & geoplay.v1.CellChunk.$Shape;

            /**
             * Creates a CellChunk message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CellChunk
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.CellChunk;

            /**
             * Creates a plain object from a CellChunk message. Also converts values to other types if specified.
             * @param m CellChunk
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.CellChunk, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CellChunk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CellChunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CellChunk {

            /** Properties of a CellChunk. */
            interface $Properties {

                /** CellChunk cell */
                cell?: (string|null);

                /** CellChunk snapshot */
                snapshot?: (boolean|null);

                /** CellChunk enter */
                enter?: (geoplay.v1.Entity.$Properties[]|null);

                /** CellChunk moveEid */
                moveEid?: (number[]|null);

                /** CellChunk moveLatE7 */
                moveLatE7?: (number[]|null);

                /** CellChunk moveLngE7 */
                moveLngE7?: (number[]|null);

                /** CellChunk leaveEid */
                leaveEid?: (number[]|null);

                /** CellChunk leaveTo */
                leaveTo?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CellChunk. */
            type $Shape = geoplay.v1.CellChunk.$Properties;
        }

        /**
         * Properties of a WorldDelta.
         * @deprecated Use geoplay.v1.WorldDelta.$Properties instead.
         */
        interface IWorldDelta extends geoplay.v1.WorldDelta.$Properties {
        }

        /** Represents a WorldDelta. */
        class WorldDelta {

            /**
             * Constructs a new WorldDelta.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.WorldDelta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorldDelta tick. */
            tick: number;

            /** WorldDelta serverTimeMs. */
            serverTimeMs: number;

            /** WorldDelta chunks. */
            chunks: geoplay.v1.CellChunk.$Properties[];

            /** WorldDelta droppedCells. */
            droppedCells: string[];

            /** WorldDelta fullSnapshot. */
            fullSnapshot: boolean;

            /**
             * Creates a new WorldDelta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorldDelta instance
             */
            static create(properties: geoplay.v1.WorldDelta.$Shape): geoplay.v1.WorldDelta & geoplay.v1.WorldDelta.$Shape;
            static create(properties?: geoplay.v1.WorldDelta.$Properties): geoplay.v1.WorldDelta;

            /**
             * Encodes the specified WorldDelta message. Does not implicitly {@link geoplay.v1.WorldDelta.verify|verify} messages.
             * @param m WorldDelta message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.WorldDelta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorldDelta message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.WorldDelta & geoplay.v1.WorldDelta.$Shape} WorldDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.WorldDelta & geoplay.v1.WorldDelta.$Shape;

            /**
             * Creates a WorldDelta message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns WorldDelta
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.WorldDelta;

            /**
             * Creates a plain object from a WorldDelta message. Also converts values to other types if specified.
             * @param m WorldDelta
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.WorldDelta, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorldDelta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorldDelta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorldDelta {

            /** Properties of a WorldDelta. */
            interface $Properties {

                /** WorldDelta tick */
                tick?: (number|null);

                /** WorldDelta serverTimeMs */
                serverTimeMs?: (number|null);

                /** WorldDelta chunks */
                chunks?: (geoplay.v1.CellChunk.$Properties[]|null);

                /** WorldDelta droppedCells */
                droppedCells?: (string[]|null);

                /** WorldDelta fullSnapshot */
                fullSnapshot?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorldDelta. */
            type $Shape = geoplay.v1.WorldDelta.$Properties;
        }

        /**
         * Properties of an ActionRequest.
         * @deprecated Use geoplay.v1.ActionRequest.$Properties instead.
         */
        interface IActionRequest extends geoplay.v1.ActionRequest.$Properties {
        }

        /** Represents an ActionRequest. */
        class ActionRequest {

            /**
             * Constructs a new ActionRequest.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.ActionRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ActionRequest opId. */
            opId: string;

            /** ActionRequest kind. */
            kind: string;

            /** ActionRequest payload. */
            payload: Uint8Array;

            /** ActionRequest clientTimeMs. */
            clientTimeMs: number;

            /** ActionRequest latE7. */
            latE7: number;

            /** ActionRequest lngE7. */
            lngE7: number;

            /** ActionRequest offline. */
            offline: boolean;

            /**
             * Creates a new ActionRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ActionRequest instance
             */
            static create(properties: geoplay.v1.ActionRequest.$Shape): geoplay.v1.ActionRequest & geoplay.v1.ActionRequest.$Shape;
            static create(properties?: geoplay.v1.ActionRequest.$Properties): geoplay.v1.ActionRequest;

            /**
             * Encodes the specified ActionRequest message. Does not implicitly {@link geoplay.v1.ActionRequest.verify|verify} messages.
             * @param m ActionRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.ActionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ActionRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.ActionRequest & geoplay.v1.ActionRequest.$Shape} ActionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.ActionRequest & geoplay.v1.ActionRequest.$Shape;

            /**
             * Creates an ActionRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ActionRequest
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.ActionRequest;

            /**
             * Creates a plain object from an ActionRequest message. Also converts values to other types if specified.
             * @param m ActionRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.ActionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ActionRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ActionRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ActionRequest {

            /** Properties of an ActionRequest. */
            interface $Properties {

                /** ActionRequest opId */
                opId?: (string|null);

                /** ActionRequest kind */
                kind?: (string|null);

                /** ActionRequest payload */
                payload?: (Uint8Array|null);

                /** ActionRequest clientTimeMs */
                clientTimeMs?: (number|null);

                /** ActionRequest latE7 */
                latE7?: (number|null);

                /** ActionRequest lngE7 */
                lngE7?: (number|null);

                /** ActionRequest offline */
                offline?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ActionRequest. */
            type $Shape = geoplay.v1.ActionRequest.$Properties;
        }

        /** ActionStatus enum. */
        enum ActionStatus {

            /** ACTION_STATUS_UNSPECIFIED value */
            ACTION_STATUS_UNSPECIFIED = 0,

            /** ACTION_STATUS_ACCEPTED value */
            ACTION_STATUS_ACCEPTED = 1,

            /** ACTION_STATUS_REJECTED value */
            ACTION_STATUS_REJECTED = 2
        }

        /**
         * Properties of an ActionResult.
         * @deprecated Use geoplay.v1.ActionResult.$Properties instead.
         */
        interface IActionResult extends geoplay.v1.ActionResult.$Properties {
        }

        /** Represents an ActionResult. */
        class ActionResult {

            /**
             * Constructs a new ActionResult.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.ActionResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ActionResult opId. */
            opId: string;

            /** ActionResult status. */
            status: geoplay.v1.ActionStatus;

            /** ActionResult errorCode. */
            errorCode: string;

            /** ActionResult errorMessage. */
            errorMessage: string;

            /** ActionResult payload. */
            payload: Uint8Array;

            /** ActionResult retryAfterS. */
            retryAfterS: number;

            /**
             * Creates a new ActionResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ActionResult instance
             */
            static create(properties: geoplay.v1.ActionResult.$Shape): geoplay.v1.ActionResult & geoplay.v1.ActionResult.$Shape;
            static create(properties?: geoplay.v1.ActionResult.$Properties): geoplay.v1.ActionResult;

            /**
             * Encodes the specified ActionResult message. Does not implicitly {@link geoplay.v1.ActionResult.verify|verify} messages.
             * @param m ActionResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.ActionResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ActionResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.ActionResult & geoplay.v1.ActionResult.$Shape} ActionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.ActionResult & geoplay.v1.ActionResult.$Shape;

            /**
             * Creates an ActionResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ActionResult
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.ActionResult;

            /**
             * Creates a plain object from an ActionResult message. Also converts values to other types if specified.
             * @param m ActionResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.ActionResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ActionResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ActionResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ActionResult {

            /** Properties of an ActionResult. */
            interface $Properties {

                /** ActionResult opId */
                opId?: (string|null);

                /** ActionResult status */
                status?: (geoplay.v1.ActionStatus|null);

                /** ActionResult errorCode */
                errorCode?: (string|null);

                /** ActionResult errorMessage */
                errorMessage?: (string|null);

                /** ActionResult payload */
                payload?: (Uint8Array|null);

                /** ActionResult retryAfterS */
                retryAfterS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ActionResult. */
            type $Shape = geoplay.v1.ActionResult.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use geoplay.v1.Error.$Properties instead.
         */
        interface IError extends geoplay.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error closeCode. */
            closeCode: number;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: geoplay.v1.Error.$Shape): geoplay.v1.Error & geoplay.v1.Error.$Shape;
            static create(properties?: geoplay.v1.Error.$Properties): geoplay.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link geoplay.v1.Error.verify|verify} messages.
             * @param m Error message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.Error & geoplay.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.Error & geoplay.v1.Error.$Shape;

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Error
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param m Error
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error closeCode */
                closeCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = geoplay.v1.Error.$Properties;
        }

        /**
         * Properties of a Drain.
         * @deprecated Use geoplay.v1.Drain.$Properties instead.
         */
        interface IDrain extends geoplay.v1.Drain.$Properties {
        }

        /** Represents a Drain. */
        class Drain {

            /**
             * Constructs a new Drain.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.Drain.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Drain reconnectAfterMs. */
            reconnectAfterMs: number;

            /** Drain reason. */
            reason: string;

            /**
             * Creates a new Drain instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Drain instance
             */
            static create(properties: geoplay.v1.Drain.$Shape): geoplay.v1.Drain & geoplay.v1.Drain.$Shape;
            static create(properties?: geoplay.v1.Drain.$Properties): geoplay.v1.Drain;

            /**
             * Encodes the specified Drain message. Does not implicitly {@link geoplay.v1.Drain.verify|verify} messages.
             * @param m Drain message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.Drain.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Drain message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.Drain & geoplay.v1.Drain.$Shape} Drain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.Drain & geoplay.v1.Drain.$Shape;

            /**
             * Creates a Drain message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Drain
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.Drain;

            /**
             * Creates a plain object from a Drain message. Also converts values to other types if specified.
             * @param m Drain
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.Drain, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Drain to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Drain
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Drain {

            /** Properties of a Drain. */
            interface $Properties {

                /** Drain reconnectAfterMs */
                reconnectAfterMs?: (number|null);

                /** Drain reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Drain. */
            type $Shape = geoplay.v1.Drain.$Properties;
        }

        /**
         * Properties of a GeofenceEvent.
         * @deprecated Use geoplay.v1.GeofenceEvent.$Properties instead.
         */
        interface IGeofenceEvent extends geoplay.v1.GeofenceEvent.$Properties {
        }

        /** Represents a GeofenceEvent. */
        class GeofenceEvent {

            /**
             * Constructs a new GeofenceEvent.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.GeofenceEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GeofenceEvent fenceId. */
            fenceId: string;

            /** GeofenceEvent kind. */
            kind: string;

            /** GeofenceEvent atMs. */
            atMs: number;

            /**
             * Creates a new GeofenceEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GeofenceEvent instance
             */
            static create(properties: geoplay.v1.GeofenceEvent.$Shape): geoplay.v1.GeofenceEvent & geoplay.v1.GeofenceEvent.$Shape;
            static create(properties?: geoplay.v1.GeofenceEvent.$Properties): geoplay.v1.GeofenceEvent;

            /**
             * Encodes the specified GeofenceEvent message. Does not implicitly {@link geoplay.v1.GeofenceEvent.verify|verify} messages.
             * @param m GeofenceEvent message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.GeofenceEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GeofenceEvent message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.GeofenceEvent & geoplay.v1.GeofenceEvent.$Shape} GeofenceEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.GeofenceEvent & geoplay.v1.GeofenceEvent.$Shape;

            /**
             * Creates a GeofenceEvent message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GeofenceEvent
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.GeofenceEvent;

            /**
             * Creates a plain object from a GeofenceEvent message. Also converts values to other types if specified.
             * @param m GeofenceEvent
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.GeofenceEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GeofenceEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GeofenceEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GeofenceEvent {

            /** Properties of a GeofenceEvent. */
            interface $Properties {

                /** GeofenceEvent fenceId */
                fenceId?: (string|null);

                /** GeofenceEvent kind */
                kind?: (string|null);

                /** GeofenceEvent atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GeofenceEvent. */
            type $Shape = geoplay.v1.GeofenceEvent.$Properties;
        }

        /**
         * Properties of a SnapshotRequest.
         * @deprecated Use geoplay.v1.SnapshotRequest.$Properties instead.
         */
        interface ISnapshotRequest extends geoplay.v1.SnapshotRequest.$Properties {
        }

        /** Represents a SnapshotRequest. */
        class SnapshotRequest {

            /**
             * Constructs a new SnapshotRequest.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.SnapshotRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotRequest lastSeq. */
            lastSeq: number;

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotRequest instance
             */
            static create(properties: geoplay.v1.SnapshotRequest.$Shape): geoplay.v1.SnapshotRequest & geoplay.v1.SnapshotRequest.$Shape;
            static create(properties?: geoplay.v1.SnapshotRequest.$Properties): geoplay.v1.SnapshotRequest;

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link geoplay.v1.SnapshotRequest.verify|verify} messages.
             * @param m SnapshotRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.SnapshotRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.SnapshotRequest & geoplay.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.SnapshotRequest & geoplay.v1.SnapshotRequest.$Shape;

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SnapshotRequest
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.SnapshotRequest;

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @param m SnapshotRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.SnapshotRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotRequest {

            /** Properties of a SnapshotRequest. */
            interface $Properties {

                /** SnapshotRequest lastSeq */
                lastSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotRequest. */
            type $Shape = geoplay.v1.SnapshotRequest.$Properties;
        }

        /**
         * Properties of a RoomJoin.
         * @deprecated Use geoplay.v1.RoomJoin.$Properties instead.
         */
        interface IRoomJoin extends geoplay.v1.RoomJoin.$Properties {
        }

        /** Represents a RoomJoin. */
        class RoomJoin {

            /**
             * Constructs a new RoomJoin.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.RoomJoin.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomJoin requestId. */
            requestId: number;

            /** RoomJoin roomType. */
            roomType: string;

            /** RoomJoin roomId. */
            roomId: string;

            /** RoomJoin poiId. */
            poiId: string;

            /** RoomJoin partyId. */
            partyId: string;

            /** RoomJoin partySize. */
            partySize: number;

            /**
             * Creates a new RoomJoin instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomJoin instance
             */
            static create(properties: geoplay.v1.RoomJoin.$Shape): geoplay.v1.RoomJoin & geoplay.v1.RoomJoin.$Shape;
            static create(properties?: geoplay.v1.RoomJoin.$Properties): geoplay.v1.RoomJoin;

            /**
             * Encodes the specified RoomJoin message. Does not implicitly {@link geoplay.v1.RoomJoin.verify|verify} messages.
             * @param m RoomJoin message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.RoomJoin.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomJoin message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomJoin & geoplay.v1.RoomJoin.$Shape} RoomJoin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.RoomJoin & geoplay.v1.RoomJoin.$Shape;

            /**
             * Creates a RoomJoin message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RoomJoin
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.RoomJoin;

            /**
             * Creates a plain object from a RoomJoin message. Also converts values to other types if specified.
             * @param m RoomJoin
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.RoomJoin, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomJoin to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RoomJoin
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomJoin {

            /** Properties of a RoomJoin. */
            interface $Properties {

                /** RoomJoin requestId */
                requestId?: (number|null);

                /** RoomJoin roomType */
                roomType?: (string|null);

                /** RoomJoin roomId */
                roomId?: (string|null);

                /** RoomJoin poiId */
                poiId?: (string|null);

                /** RoomJoin partyId */
                partyId?: (string|null);

                /** RoomJoin partySize */
                partySize?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomJoin. */
            type $Shape = geoplay.v1.RoomJoin.$Properties;
        }

        /**
         * Properties of a RoomLeave.
         * @deprecated Use geoplay.v1.RoomLeave.$Properties instead.
         */
        interface IRoomLeave extends geoplay.v1.RoomLeave.$Properties {
        }

        /** Represents a RoomLeave. */
        class RoomLeave {

            /**
             * Constructs a new RoomLeave.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.RoomLeave.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomLeave requestId. */
            requestId: number;

            /** RoomLeave roomId. */
            roomId: string;

            /**
             * Creates a new RoomLeave instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomLeave instance
             */
            static create(properties: geoplay.v1.RoomLeave.$Shape): geoplay.v1.RoomLeave & geoplay.v1.RoomLeave.$Shape;
            static create(properties?: geoplay.v1.RoomLeave.$Properties): geoplay.v1.RoomLeave;

            /**
             * Encodes the specified RoomLeave message. Does not implicitly {@link geoplay.v1.RoomLeave.verify|verify} messages.
             * @param m RoomLeave message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.RoomLeave.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomLeave message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomLeave & geoplay.v1.RoomLeave.$Shape} RoomLeave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.RoomLeave & geoplay.v1.RoomLeave.$Shape;

            /**
             * Creates a RoomLeave message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RoomLeave
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.RoomLeave;

            /**
             * Creates a plain object from a RoomLeave message. Also converts values to other types if specified.
             * @param m RoomLeave
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.RoomLeave, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomLeave to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RoomLeave
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomLeave {

            /** Properties of a RoomLeave. */
            interface $Properties {

                /** RoomLeave requestId */
                requestId?: (number|null);

                /** RoomLeave roomId */
                roomId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomLeave. */
            type $Shape = geoplay.v1.RoomLeave.$Properties;
        }

        /**
         * Properties of a RoomMessage.
         * @deprecated Use geoplay.v1.RoomMessage.$Properties instead.
         */
        interface IRoomMessage extends geoplay.v1.RoomMessage.$Properties {
        }

        /** Represents a RoomMessage. */
        class RoomMessage {

            /**
             * Constructs a new RoomMessage.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.RoomMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomMessage roomId. */
            roomId: string;

            /** RoomMessage type. */
            type: string;

            /** RoomMessage payload. */
            payload: Uint8Array;

            /**
             * Creates a new RoomMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomMessage instance
             */
            static create(properties: geoplay.v1.RoomMessage.$Shape): geoplay.v1.RoomMessage & geoplay.v1.RoomMessage.$Shape;
            static create(properties?: geoplay.v1.RoomMessage.$Properties): geoplay.v1.RoomMessage;

            /**
             * Encodes the specified RoomMessage message. Does not implicitly {@link geoplay.v1.RoomMessage.verify|verify} messages.
             * @param m RoomMessage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.RoomMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomMessage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomMessage & geoplay.v1.RoomMessage.$Shape} RoomMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.RoomMessage & geoplay.v1.RoomMessage.$Shape;

            /**
             * Creates a RoomMessage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RoomMessage
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.RoomMessage;

            /**
             * Creates a plain object from a RoomMessage message. Also converts values to other types if specified.
             * @param m RoomMessage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.RoomMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RoomMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomMessage {

            /** Properties of a RoomMessage. */
            interface $Properties {

                /** RoomMessage roomId */
                roomId?: (string|null);

                /** RoomMessage type */
                type?: (string|null);

                /** RoomMessage payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomMessage. */
            type $Shape = geoplay.v1.RoomMessage.$Properties;
        }

        /** RoomPhase enum. */
        enum RoomPhase {

            /** ROOM_PHASE_UNSPECIFIED value */
            ROOM_PHASE_UNSPECIFIED = 0,

            /** ROOM_PHASE_LOBBY value */
            ROOM_PHASE_LOBBY = 1,

            /** ROOM_PHASE_COUNTDOWN value */
            ROOM_PHASE_COUNTDOWN = 2,

            /** ROOM_PHASE_RUNNING value */
            ROOM_PHASE_RUNNING = 3,

            /** ROOM_PHASE_ENDED value */
            ROOM_PHASE_ENDED = 4
        }

        /**
         * Properties of a RoomMember.
         * @deprecated Use geoplay.v1.RoomMember.$Properties instead.
         */
        interface IRoomMember extends geoplay.v1.RoomMember.$Properties {
        }

        /** Represents a RoomMember. */
        class RoomMember {

            /**
             * Constructs a new RoomMember.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.RoomMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomMember playerId. */
            playerId: string;

            /** RoomMember name. */
            name: string;

            /** RoomMember connected. */
            connected: boolean;

            /** RoomMember level. */
            level: number;

            /** RoomMember partyId. */
            partyId: string;

            /**
             * Creates a new RoomMember instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomMember instance
             */
            static create(properties: geoplay.v1.RoomMember.$Shape): geoplay.v1.RoomMember & geoplay.v1.RoomMember.$Shape;
            static create(properties?: geoplay.v1.RoomMember.$Properties): geoplay.v1.RoomMember;

            /**
             * Encodes the specified RoomMember message. Does not implicitly {@link geoplay.v1.RoomMember.verify|verify} messages.
             * @param m RoomMember message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.RoomMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomMember message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomMember & geoplay.v1.RoomMember.$Shape} RoomMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.RoomMember & geoplay.v1.RoomMember.$Shape;

            /**
             * Creates a RoomMember message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RoomMember
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.RoomMember;

            /**
             * Creates a plain object from a RoomMember message. Also converts values to other types if specified.
             * @param m RoomMember
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.RoomMember, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomMember to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RoomMember
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomMember {

            /** Properties of a RoomMember. */
            interface $Properties {

                /** RoomMember playerId */
                playerId?: (string|null);

                /** RoomMember name */
                name?: (string|null);

                /** RoomMember connected */
                connected?: (boolean|null);

                /** RoomMember level */
                level?: (number|null);

                /** RoomMember partyId */
                partyId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomMember. */
            type $Shape = geoplay.v1.RoomMember.$Properties;
        }

        /**
         * Properties of a RoomUpdate.
         * @deprecated Use geoplay.v1.RoomUpdate.$Properties instead.
         */
        interface IRoomUpdate extends geoplay.v1.RoomUpdate.$Properties {
        }

        /** Represents a RoomUpdate. */
        class RoomUpdate {

            /**
             * Constructs a new RoomUpdate.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.RoomUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomUpdate roomId. */
            roomId: string;

            /** RoomUpdate tick. */
            tick: number;

            /** RoomUpdate baseTick. */
            baseTick: number;

            /** RoomUpdate snapshot. */
            snapshot: boolean;

            /** RoomUpdate phase. */
            phase: geoplay.v1.RoomPhase;

            /** RoomUpdate phaseEndsMs. */
            phaseEndsMs: number;

            /** RoomUpdate setKeys. */
            setKeys: string[];

            /** RoomUpdate setValues. */
            setValues: string[];

            /** RoomUpdate removedKeys. */
            removedKeys: string[];

            /** RoomUpdate members. */
            members: geoplay.v1.RoomMember.$Properties[];

            /** RoomUpdate left. */
            left: string[];

            /** RoomUpdate result. */
            result: Uint8Array;

            /** RoomUpdate roomType. */
            roomType: string;

            /**
             * Creates a new RoomUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomUpdate instance
             */
            static create(properties: geoplay.v1.RoomUpdate.$Shape): geoplay.v1.RoomUpdate & geoplay.v1.RoomUpdate.$Shape;
            static create(properties?: geoplay.v1.RoomUpdate.$Properties): geoplay.v1.RoomUpdate;

            /**
             * Encodes the specified RoomUpdate message. Does not implicitly {@link geoplay.v1.RoomUpdate.verify|verify} messages.
             * @param m RoomUpdate message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.RoomUpdate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomUpdate message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomUpdate & geoplay.v1.RoomUpdate.$Shape} RoomUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.RoomUpdate & geoplay.v1.RoomUpdate.$Shape;

            /**
             * Creates a RoomUpdate message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RoomUpdate
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.RoomUpdate;

            /**
             * Creates a plain object from a RoomUpdate message. Also converts values to other types if specified.
             * @param m RoomUpdate
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.RoomUpdate, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RoomUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomUpdate {

            /** Properties of a RoomUpdate. */
            interface $Properties {

                /** RoomUpdate roomId */
                roomId?: (string|null);

                /** RoomUpdate tick */
                tick?: (number|null);

                /** RoomUpdate baseTick */
                baseTick?: (number|null);

                /** RoomUpdate snapshot */
                snapshot?: (boolean|null);

                /** RoomUpdate phase */
                phase?: (geoplay.v1.RoomPhase|null);

                /** RoomUpdate phaseEndsMs */
                phaseEndsMs?: (number|null);

                /** RoomUpdate setKeys */
                setKeys?: (string[]|null);

                /** RoomUpdate setValues */
                setValues?: (string[]|null);

                /** RoomUpdate removedKeys */
                removedKeys?: (string[]|null);

                /** RoomUpdate members */
                members?: (geoplay.v1.RoomMember.$Properties[]|null);

                /** RoomUpdate left */
                left?: (string[]|null);

                /** RoomUpdate result */
                result?: (Uint8Array|null);

                /** RoomUpdate roomType */
                roomType?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomUpdate. */
            type $Shape = geoplay.v1.RoomUpdate.$Properties;
        }

        /**
         * Properties of a RoomResult.
         * @deprecated Use geoplay.v1.RoomResult.$Properties instead.
         */
        interface IRoomResult extends geoplay.v1.RoomResult.$Properties {
        }

        /** Represents a RoomResult. */
        class RoomResult {

            /**
             * Constructs a new RoomResult.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.RoomResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomResult requestId. */
            requestId: number;

            /** RoomResult roomId. */
            roomId: string;

            /** RoomResult roomType. */
            roomType: string;

            /** RoomResult errorCode. */
            errorCode: string;

            /** RoomResult errorMessage. */
            errorMessage: string;

            /** RoomResult left. */
            left: boolean;

            /** RoomResult reason. */
            reason: string;

            /**
             * Creates a new RoomResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomResult instance
             */
            static create(properties: geoplay.v1.RoomResult.$Shape): geoplay.v1.RoomResult & geoplay.v1.RoomResult.$Shape;
            static create(properties?: geoplay.v1.RoomResult.$Properties): geoplay.v1.RoomResult;

            /**
             * Encodes the specified RoomResult message. Does not implicitly {@link geoplay.v1.RoomResult.verify|verify} messages.
             * @param m RoomResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.RoomResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomResult & geoplay.v1.RoomResult.$Shape} RoomResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.RoomResult & geoplay.v1.RoomResult.$Shape;

            /**
             * Creates a RoomResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RoomResult
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.RoomResult;

            /**
             * Creates a plain object from a RoomResult message. Also converts values to other types if specified.
             * @param m RoomResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.RoomResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RoomResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomResult {

            /** Properties of a RoomResult. */
            interface $Properties {

                /** RoomResult requestId */
                requestId?: (number|null);

                /** RoomResult roomId */
                roomId?: (string|null);

                /** RoomResult roomType */
                roomType?: (string|null);

                /** RoomResult errorCode */
                errorCode?: (string|null);

                /** RoomResult errorMessage */
                errorMessage?: (string|null);

                /** RoomResult left */
                left?: (boolean|null);

                /** RoomResult reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomResult. */
            type $Shape = geoplay.v1.RoomResult.$Properties;
        }

        /**
         * Properties of a RoomError.
         * @deprecated Use geoplay.v1.RoomError.$Properties instead.
         */
        interface IRoomError extends geoplay.v1.RoomError.$Properties {
        }

        /** Represents a RoomError. */
        class RoomError {

            /**
             * Constructs a new RoomError.
             * @param [p] Properties to set
             */
            constructor(p?: geoplay.v1.RoomError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoomError roomId. */
            roomId: string;

            /** RoomError code. */
            code: string;

            /** RoomError message. */
            message: string;

            /** RoomError type. */
            type: string;

            /**
             * Creates a new RoomError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoomError instance
             */
            static create(properties: geoplay.v1.RoomError.$Shape): geoplay.v1.RoomError & geoplay.v1.RoomError.$Shape;
            static create(properties?: geoplay.v1.RoomError.$Properties): geoplay.v1.RoomError;

            /**
             * Encodes the specified RoomError message. Does not implicitly {@link geoplay.v1.RoomError.verify|verify} messages.
             * @param m RoomError message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: geoplay.v1.RoomError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoomError message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {geoplay.v1.RoomError & geoplay.v1.RoomError.$Shape} RoomError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): geoplay.v1.RoomError & geoplay.v1.RoomError.$Shape;

            /**
             * Creates a RoomError message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RoomError
             */
            static fromObject(d: { [k: string]: any }): geoplay.v1.RoomError;

            /**
             * Creates a plain object from a RoomError message. Also converts values to other types if specified.
             * @param m RoomError
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: geoplay.v1.RoomError, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoomError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RoomError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoomError {

            /** Properties of a RoomError. */
            interface $Properties {

                /** RoomError roomId */
                roomId?: (string|null);

                /** RoomError code */
                code?: (string|null);

                /** RoomError message */
                message?: (string|null);

                /** RoomError type */
                type?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoomError. */
            type $Shape = geoplay.v1.RoomError.$Properties;
        }
    }
}
