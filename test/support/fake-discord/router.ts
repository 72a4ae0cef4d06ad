import type { FakeFile, RecordedRequest } from './types.js';
import type { World } from './world.js';

/** Minimal method + path-template router for the fake REST API. */

export interface RouteContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body (or `payload_json`), whatever its shape. */
  json: unknown;
  /** `json` when it is an object, else `{}`. */
  body: Record<string, unknown>;
  files: FakeFile[];
  world: World;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  request: RecordedRequest;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (ctx: RouteContext) => RouteResult | Promise<RouteResult>;

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const created = (body: unknown): RouteResult => ({ status: 201, body });
export const noContent = (): RouteResult => ({ status: 204 });
export const fail = (status: number, code: number, message: string): RouteResult => ({
  status,
  body: { message, code },
});

/** 400 code 50035 with Discord's nested `errors` object (`{ field: { _errors: [...] } }`). */
export const invalidForm = (errors: Record<string, unknown>): RouteResult => ({
  status: 400,
  body: { code: 50035, message: 'Invalid Form Body', errors },
});

export const unknownChannel = (): RouteResult => fail(404, 10003, 'Unknown Channel');
export const unknownMessage = (): RouteResult => fail(404, 10008, 'Unknown Message');
export const unknownGuild = (): RouteResult => fail(404, 10004, 'Unknown Guild');
export const unknownMember = (): RouteResult => fail(404, 10007, 'Unknown Member');
export const unknownRole = (): RouteResult => fail(404, 10011, 'Unknown Role');
export const unknownWebhook = (): RouteResult => fail(404, 10015, 'Unknown Webhook');
export const missingPermissions = (): RouteResult => fail(403, 50013, 'Missing Permissions');
export const notFound = (): RouteResult => fail(404, 0, '404: Not Found');

interface Route {
  method: string;
  regex: RegExp;
  names: string[];
  handler: RouteHandler;
}

export class Router {
  private readonly routes: Route[] = [];

  /** `template` uses `:name` placeholders, e.g. `/channels/:channelId/messages`. */
  on(method: string, template: string, handler: RouteHandler): this {
    const names: string[] = [];
    const source = template
      .split('/')
      .map((seg) => {
        if (seg.startsWith(':')) {
          names.push(seg.slice(1));
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method: method.toUpperCase(), regex: new RegExp(`^${source}$`), names, handler });
    return this;
  }

  find(method: string, path: string): { handler: RouteHandler; params: Record<string, string> } | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = m[i + 1] ?? '';
      });
      return { handler: route.handler, params };
    }
    return null;
  }
}
