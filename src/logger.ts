import { pino } from 'pino';

export type Logger = pino.Logger;

/**
 * What a log line never carries. The token can only reach a log line through an error object
 * (discord.js never logs it itself); the redaction paths are a second fence. Members' text (feedback
 * bodies, reasons, invite codes in DMs) would reach it the same way: discord.js's `DiscordAPIError`
 * and `HTTPError` keep the request they refused as `requestBody`, so a failed delivery logged with
 * its error would copy the message into the log. The error's code, status, method and route stay.
 */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'config.discordToken',
  'headers.authorization',
  'requestBody',
  '*.requestBody',
  '*.cause.requestBody',
];
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'stagegate' },
    redact: {
      paths: REDACTED_PATHS,
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
