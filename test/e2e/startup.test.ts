import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtBot, REPO_ROOT } from '../support/build.js';

const build = builtBot();

function run(script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    // cwd is a folder without a .env file, so only `env` configures the bot.
    const child = spawn(process.execPath, [script], {
      env: { PATH: process.env.PATH ?? '', ...env },
      cwd: `${REPO_ROOT}/test`,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolvePromise({ code, output }));
  });
}

describe('starting the bot', () => {
  it('exits non-zero with a message naming DISCORD_TOKEN when nothing is configured', async () => {
    const { code, output } = await run(build.main, {});
    expect(code).not.toBe(0);
    expect(output).toContain('DISCORD_TOKEN');
    expect(output).toContain('DISCORD_APPLICATION_ID');
    expect(output).toContain('README.md');
  });

  it('never prints the token when the rest of the configuration is wrong', async () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret.value-that-must-not-leak';
    const { code, output } = await run(build.main, { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: 'nope' });
    expect(code).not.toBe(0);
    expect(output).toContain('DISCORD_APPLICATION_ID');
    expect(output).not.toContain(token);
  });
});
