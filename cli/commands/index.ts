// The registry of CLI commands: add a command by adding its register function here.
import type { Command } from 'commander';
import { register as audit } from './audit.js';
import { register as backup } from './backup.js';
import { register as exportCommand } from './export.js';
import { register as importFile } from './import.js';
import { register as importOfac } from './import-ofac.js';
import { register as apiKey } from './key.js';
import { register as query } from './query.js';
import { register as seed } from './seed.js';
import { register as user } from './user.js';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [
  importOfac,
  seed,
  query,
  exportCommand,
  backup,
  importFile,
  audit,
  user,
  apiKey,
];
