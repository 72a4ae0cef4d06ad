import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';
import { checkHealth, type HealthSources } from './health.js';
import type { BotMetrics } from './metrics.js';

export interface OpsServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  metrics: BotMetrics;
  health: HealthSources;
  logger: Logger;
}

export interface OpsServer {
  /** `http://host:port`, or null when the server could not listen (the bot runs on without it). */
  readonly url: string | null;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse, options: OpsServerOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path !== '/metrics' && path !== '/healthz') return send(res, 404, 'text/plain', 'not found\n');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, 'text/plain', 'method not allowed\n');
  }
  if (path === '/healthz') {
    const report = checkHealth(options.health);
    return send(res, report.healthy ? 200 : 503, 'application/json', `${JSON.stringify(report.body)}\n`);
  }
  try {
    const text = await options.metrics.registry.metrics();
    send(res, 200, options.metrics.registry.contentType, text);
  } catch (error) {
    options.logger.warn({ err: error }, 'metrics scrape failed');
    send(res, 500, 'text/plain', 'metrics unavailable\n');
  }
}

/**
 * `/metrics` (Prometheus text format) and `/healthz` on `host:port`. A port that cannot be had
 * (in use, not permitted) is logged and the bot keeps serving Discord without metrics.
 */
export function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const server = createServer((req, res) => void handle(req, res, options));
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      options.logger.error(
        { err: error, host: options.host, port: options.port },
        `metrics server cannot listen on ${options.host}:${options.port} (${error.code ?? error.message}); the bot runs without /metrics and /healthz`,
      );
      resolve({ url: null, close: async () => {} });
    };
    server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.off('error', onError);
      server.on('error', (error) => options.logger.warn({ err: error }, 'metrics server error'));
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${host}:${address.port}`;
      options.logger.info({ url }, 'metrics and health served');
      resolve({
        url,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
