import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/config';
import { startServer } from '../../server/index';
import { ROOT } from './cli';

/** The real start-up path (build the UI if stale, migrate, seed the demo, listen) on a temporary database and a free port. */
export async function startTestServer(): Promise<{ server: Server; url: string }> {
  const config = readConfig(
    {},
    {
      port: 0,
      dbPath: join(mkdtempSync(join(tmpdir(), 'mt-review-e2e-')), 'e2e.db'),
      modelEnabled: false,
      spellingEnabled: true,
      webDist: join(ROOT, 'dist/web'),
    },
  );
  const server = await startServer(config, { buildWeb: true });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}
