import { Command } from 'commander';
import { expect, it } from 'vitest';
import { createContext } from '../context.js';
import { commandOf } from '../main.js';
import { COMMAND_NAMES, registerCommands } from './index.js';

const io = {
  stdout: () => {},
  stderr: () => {},
  stdoutIsTty: false,
  stderrIsTty: false,
  cwd: '.',
  color: false,
  env: {},
};
const ctx = createContext(io, false);
const registered = async (only?: string | null): Promise<string[]> => {
  const program = new Command('partnerfolio');
  await registerCommands(program, ctx, () => {}, only);
  return program.commands.map((c) => c.name());
};

it('the lazy registry names every command its modules register, in --help order', async () => {
  expect(await registered()).toEqual(COMMAND_NAMES);
});

it.each(COMMAND_NAMES)('partnerfolio %s loads the module that registers it', async (name) => {
  expect(await registered(name)).toContain(name);
});

it('--version loads no command', async () => {
  expect(await registered(null)).toEqual([]);
});

it('finds the command after the program options and their values', () => {
  expect(commandOf(['--server', 'http://x', '--token', 't', 'rank', 'f.yaml'])).toBe('rank');
  expect(commandOf(['--version'])).toBeNull();
  expect(commandOf(['--help'])).toBeUndefined();
  expect(commandOf(['frobnicate'])).toBeUndefined();
  expect(commandOf(['match', 'f.yaml'])).toBe('match');
});
