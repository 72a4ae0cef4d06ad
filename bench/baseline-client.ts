/**
 * The baseline of the interaction benchmark: a bare discord.js client, in its own process like the
 * bot, that answers every slash command and button click with an ephemeral "ok". Same library,
 * same fake, no Stagegate code. Reads DISCORD_TOKEN and DISCORD_API_URL; prints "ready" once logged in.
 */
import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api: process.env.DISCORD_API_URL ?? '' },
});

client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral }).catch((error: unknown) => {
    console.error('baseline reply failed', error);
  });
});
client.once(Events.ClientReady, () => process.stdout.write('ready\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void client.destroy().then(() => process.exit(0));
  });
}

await client.login(process.env.DISCORD_TOKEN ?? '');
