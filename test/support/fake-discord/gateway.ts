import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { guildCreateJson, memberJson, userJson } from './serialize.js';
import type { World } from './world.js';

/** Gateway v10 over JSON: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME, member chunks. */

interface Session {
  id: string;
  intents: number;
  seq: number;
  socket: WebSocket | null;
  /** Dispatches kept for RESUME replay. */
  log: { s: number; t: string; d: unknown }[];
}

interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface GatewayOptions {
  heartbeatIntervalMs: number;
}

export class Gateway {
  readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  /** Dispatches emitted while no session was ready; delivered after the next READY. */
  private pending: { t: string; d: unknown; intent: number }[] = [];
  private readonly sockets = new Set<WebSocket>();
  url = '';
  /** Number of IDENTIFY payloads received. */
  identifies = 0;

  constructor(
    private readonly world: World,
    private readonly options: GatewayOptions,
  ) {
    this.wss.on('connection', (socket: WebSocket, req: IncomingMessage) => this.onConnection(socket, req));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** True once at least one session received READY and is connected. */
  get connected(): boolean {
    return [...this.sessions.values()].some((s) => s.socket !== null);
  }

  /**
   * Sends a dispatch to every session whose intents include `intent`. Offline sessions keep it for RESUME.
   * With `queue`, the event is also kept for the next IDENTIFY when no session is connected (used for
   * interactions; world changes need no queue because READY/GUILD_CREATE carry the current state).
   */
  dispatch(t: string, d: unknown, intent: number, queue = false): void {
    if (queue && !this.connected) this.pending.push({ t, d, intent });
    for (const session of this.sessions.values()) {
      if ((session.intents & intent) !== intent) continue;
      this.send(session, t, d);
    }
  }

  /** GUILD_CREATE for a guild added after login. */
  guildAdded(guildId: string): void {
    const guild = this.world.guilds.get(guildId);
    if (!guild) return;
    for (const session of this.sessions.values()) {
      this.send(
        session,
        'GUILD_CREATE',
        guildCreateJson(guild, this.world.botUser.id, this.world.visibleActiveThreads(guild.id)),
      );
    }
  }

  /** Closes every gateway socket with a resumable code; discord.js reconnects and RESUMEs. */
  dropConnections(code = 4000): void {
    for (const socket of this.sockets) socket.close(code, 'fake-discord: connection dropped');
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    session.log.push({ s: session.seq, t, d });
    if (session.log.length > 1000) session.log.shift();
    session.socket?.send(JSON.stringify({ op: 0, s: session.seq, t, d }));
  }

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? '/', 'ws://localhost').searchParams;
    this.sockets.add(socket);
    if ((query.get('encoding') ?? 'json') !== 'json') {
      socket.close(4002, 'fake-discord supports only encoding=json');
      return;
    }
    if (query.has('compress')) {
      socket.close(4000, 'fake-discord does not support transport compression');
      return;
    }
    let session: Session | null = null;
    socket.send(
      JSON.stringify({
        op: 10,
        d: { heartbeat_interval: this.options.heartbeatIntervalMs },
        s: null,
        t: null,
      }),
    );
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      if (session?.socket !== socket) return;
      session.socket = null;
      // A normal close by the client ends the session (Discord invalidates it); others may RESUME.
      if (code === 1000 || code === 1001) this.sessions.delete(session.id);
    });
    socket.on('message', (raw) => {
      let payload: GatewayPayload;
      try {
        payload = JSON.parse(String(raw)) as GatewayPayload;
      } catch {
        socket.close(4002, 'Error while decoding payload');
        return;
      }
      switch (payload.op) {
        case 1:
          socket.send(JSON.stringify({ op: 11 }));
          return;
        case 2:
          if (session) {
            socket.close(4005, 'Already authenticated');
            return;
          }
          session = this.identify(socket, payload.d as { intents?: number });
          return;
        case 6:
          session = this.resume(socket, payload.d as { session_id?: string; seq?: number });
          return;
        case 3:
        case 4:
          return;
        case 8:
          if (session) this.requestMembers(session, payload.d as Record<string, unknown>);
          return;
        default:
          socket.close(session ? 4001 : 4003, session ? 'Unknown opcode' : 'Not authenticated');
      }
    });
  }

  private identify(socket: WebSocket, d: { intents?: number }): Session {
    this.identifies += 1;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      intents: d.intents ?? 0,
      seq: 0,
      socket,
      log: [],
    };
    this.sessions.set(session.id, session);
    const { world } = this;
    this.send(session, 'READY', {
      v: 10,
      user: { ...userJson(world.botUser), verified: true, mfa_enabled: false },
      guilds: [...world.guilds.keys()].map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.url,
      shard: [0, 1],
      application: { id: world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      geo_ordered_rtc_regions: [],
      guild_join_requests: [],
      user_settings: {},
      auth_session_id_hash: '',
    });
    for (const guild of world.guilds.values())
      this.send(
        session,
        'GUILD_CREATE',
        guildCreateJson(guild, world.botUser.id, world.visibleActiveThreads(guild.id)),
      );
    const queued = this.pending;
    this.pending = [];
    for (const item of queued)
      if ((session.intents & item.intent) === item.intent) this.send(session, item.t, item.d);
    world.changed();
    return session;
  }

  private resume(socket: WebSocket, d: { session_id?: string; seq?: number }): Session | null {
    const session = this.sessions.get(d.session_id ?? '');
    if (!session) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return null;
    }
    session.socket = socket;
    this.pending = [];
    for (const entry of session.log) {
      if (entry.s > (d.seq ?? 0)) socket.send(JSON.stringify({ op: 0, s: entry.s, t: entry.t, d: entry.d }));
    }
    this.send(session, 'RESUMED', null);
    this.world.changed();
    return session;
  }

  private requestMembers(session: Session, d: Record<string, unknown>): void {
    const guild = this.world.guilds.get(String(d.guild_id));
    if (!guild) return;
    const ids = Array.isArray(d.user_ids)
      ? d.user_ids.map(String)
      : typeof d.user_ids === 'string'
        ? [d.user_ids]
        : null;
    const query = typeof d.query === 'string' ? d.query.toLowerCase() : '';
    const limit = typeof d.limit === 'number' && d.limit > 0 ? d.limit : Number.POSITIVE_INFINITY;
    const members = [...guild.members.values()]
      .filter((m) => (ids ? ids.includes(m.id) : m.user.username.toLowerCase().startsWith(query)))
      .slice(0, limit);
    const notFound = ids ? ids.filter((id) => !guild.members.has(id)) : [];
    this.send(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members: members.map((m) => memberJson(m)),
      chunk_index: 0,
      chunk_count: 1,
      ...(notFound.length > 0 ? { not_found: notFound } : {}),
      ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
    });
  }
}
