/** Discord epoch (2015-01-01T00:00:00.000Z) in milliseconds. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let last = 0n;

/** Returns a new snowflake string; every call yields a strictly larger id than the previous one. */
export function nextSnowflake(): string {
  const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
  last = fromClock > last ? fromClock : last + 1n;
  return last.toString();
}

/** Random URL-safe token of the length Discord uses for interaction tokens (roughly). */
export function randomToken(prefix = 'aW50ZXJhY3Rpb24'): string {
  let out = prefix;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 48; i += 1) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return out;
}
