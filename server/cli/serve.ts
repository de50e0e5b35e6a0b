import type { Command } from 'commander';
import { readConfig } from '../config';
import { UsageError } from './errors';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the web app (creates the database and loads the demo on first start)')
    .option('--port <port>', 'port (default: PORT or 8080)')
    .option('--db <path>', 'database file (default: MT_REVIEW_DB or ./data/mt-review.db)')
    .option('--build-web', 'build the web UI first when it is missing or stale')
    .option('--no-model', 'heuristics only')
    .action(async (options: { port?: string; db?: string; buildWeb?: boolean; model?: boolean }) => {
      const port = options.port === undefined ? undefined : Number(options.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
        throw new UsageError(`--port must be a port number (got "${options.port}")`);
      const config = readConfig(process.env, {
        ...(port === undefined ? {} : { port }),
        ...(options.db ? { dbPath: options.db } : {}),
        ...(options.model === false ? { modelEnabled: false } : {}),
      });
      // The web server's modules load only for this command, so `check` starts fast.
      const { startServer } = await import('../index');
      await startServer(config, { buildWeb: options.buildWeb ?? false });
      // The server keeps the process alive; the CLI returns without an exit code of its own.
      await new Promise<never>(() => undefined);
    });
}
