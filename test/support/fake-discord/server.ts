import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { Faults } from './faults.js';
import { discordErrorTree, type OpenApiValidator } from './openapi-validator.js';
import { notFound, type RouteResult, type Router } from './router.js';
import type { FakeFile, RecordedRequest } from './types.js';
import type { World } from './world.js';

/** The HTTP side: parses and records every request, then faults -> rate limits -> spec check -> route. */

const API_PREFIX = '/api/v10';

interface ParsedBody {
  json: unknown;
  files: FakeFile[];
  hasBody: boolean;
  invalidJson: boolean;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string | null): Promise<ParsedBody> {
  const result: ParsedBody = { json: undefined, files: [], hasBody: raw.length > 0, invalidJson: false };
  if (raw.length === 0) return result;
  try {
    if (contentType?.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          if (field === 'payload_json') result.json = JSON.parse(value);
          continue;
        }
        result.files.push({
          field,
          name: value.name,
          data: Buffer.from(await value.arrayBuffer()),
          contentType: value.type || undefined,
        });
      }
      result.hasBody = result.json !== undefined;
    } else {
      result.json = JSON.parse(raw.toString('utf8'));
    }
  } catch {
    result.invalidJson = true;
  }
  return result;
}

/** Decodes each segment (`%40original` -> `@original`), keeping `/` structure intact. */
function decodePath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment).replace(/\//g, '%2F');
      } catch {
        return segment;
      }
    })
    .join('/');
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function send(res: ServerResponse, result: RouteResult, extraHeaders: Record<string, string>): void {
  const headers: Record<string, string> = { ...extraHeaders, ...result.headers };
  if (result.status === 204 || result.body === undefined) {
    res.writeHead(result.status, headers);
    res.end();
    return;
  }
  const payload = JSON.stringify(result.body);
  res.writeHead(result.status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
  });
  res.end(payload);
}

export interface RestServerDeps {
  world: World;
  router: Router;
  faults: Faults;
  validator: OpenApiValidator | null;
}

export class RestServer {
  readonly server: Server;
  private seq = 0;

  constructor(private readonly deps: RestServerDeps) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        console.error('fake-discord: request handler crashed', error);
        if (!res.headersSent)
          send(res, { status: 500, body: { message: '500: Internal Server Error', code: 0 } }, {});
      });
    });
    this.server.keepAliveTimeout = 60_000;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  get origin(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { world, faults } = this.deps;
    const url = new URL(req.url ?? '/', this.origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    if (method === 'GET' && url.pathname.startsWith('/attachments/')) {
      this.serveAttachment(url.pathname, res);
      return;
    }
    const contentType = req.headers['content-type'] ?? null;
    const parsed = await parseBody(raw, contentType);
    const inApi = url.pathname.startsWith(`${API_PREFIX}/`);
    const record: RecordedRequest = {
      seq: ++this.seq,
      at: Date.now(),
      method,
      path: decodePath(inApi ? url.pathname.slice(API_PREFIX.length) : url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(req),
      contentType,
      body: parsed.json,
      files: parsed.files,
      status: null,
      response: undefined,
    };
    world.requests.push(record);
    const answer = (result: RouteResult, headers: Record<string, string> = {}): void => {
      record.status = result.status;
      record.response = result.body;
      send(res, result, headers);
      world.changed();
    };

    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    if (!inApi) return answer(notFound());
    if (parsed.invalidJson) {
      return answer({
        status: 400,
        body: { message: 'The request body contains invalid JSON.', code: 50109 },
      });
    }
    const webhookLike = /^\/(interactions|webhooks)\//.test(record.path);
    if (!webhookLike && !req.headers.authorization?.startsWith('Bot ')) {
      return answer({ status: 401, body: { message: '401: Unauthorized', code: 0 } });
    }
    const injected = faults.takeFailure(method, record.path);
    if (injected) return answer(injected);
    const bucket = faults.consume(method, record.path);
    if (bucket.limited) return answer(bucket.limited);

    const rejected = this.checkSpec(record, parsed);
    if (rejected) return answer(rejected, bucket.headers);

    const found = this.deps.router.find(method, record.path);
    if (!found) return answer(notFound(), bucket.headers);
    const json = parsed.json;
    const result = await found.handler({
      method,
      path: record.path,
      params: found.params,
      query: record.query,
      json,
      body: json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {},
      files: parsed.files,
      world,
      origin: this.origin,
      request: record,
    });
    answer(result, bucket.headers);
  }

  /** Records spec violations; returns the 400 answer for invalid bodies/params of known operations. */
  private checkSpec(record: RecordedRequest, parsed: ParsedBody): RouteResult | null {
    const { validator, world } = this.deps;
    if (!validator) return null;
    const result = validator.validate(record.method, record.path, record.query, parsed.json, parsed.hasBody);
    if (result.errors.length === 0) return null;
    world.violations.push({
      method: record.method,
      path: record.path,
      operation: result.operation,
      errors: [...result.errors],
    });
    if (result.operation === null) return null;
    return {
      status: 400,
      body: { code: 50035, message: 'Invalid Form Body', errors: discordErrorTree(result.errors) },
    };
  }

  private serveAttachment(pathname: string, res: ServerResponse): void {
    const id = pathname.split('/')[3];
    for (const message of this.deps.world.messages.values()) {
      const index = message.attachments.findIndex((a) => a.id === id);
      const file = index >= 0 ? message.files[index] : undefined;
      if (file) {
        res.writeHead(200, { 'content-type': file.contentType ?? 'application/octet-stream' });
        res.end(file.data);
        return;
      }
    }
    send(res, notFound(), {});
  }
}
