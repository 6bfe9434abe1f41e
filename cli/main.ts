// The one command-line entry point (`npx threadline <command>`); each command lives in cli/commands/.
import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';

const program = new Command('threadline')
  .description('Threadline: link analysis of DPRK remote IT-worker networks')
  .showHelpAfterError();
for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Clear words first: a user sees the code and the message, never a stack trace.
  const code = (error as { code?: string }).code ?? 'ERROR';
  console.error(`threadline: ${code}: ${(error as Error).message}`);
  process.exitCode = 1;
}
