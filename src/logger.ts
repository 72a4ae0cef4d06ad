import { pino } from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs on stdout. The token can only reach a log line through an error object
 * (discord.js never logs it itself); the redaction paths are a second fence.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'stagegate' },
    redact: {
      paths: ['token', '*.token', 'config.discordToken', 'headers.authorization'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
