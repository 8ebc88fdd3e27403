import 'reflect-metadata';
import v8 from 'node:v8';
import { applyMigrations } from './database/schema-engine.js';
import { resolveDatabase } from './database/embedded-postgres.js';
import { createApp } from './create-app.js';
import { logFormatFrom } from './logging/logger-params.js';
import { notificationOptionsFromEnv } from './notifications/notification-options.js';
import { AuthService } from './auth/auth.service.js';
import { trustedProxiesFrom } from './auth/client-address.js';
import { publicUrlFrom } from './common/public-url.js';
import { SeedService } from './seed/seed.service.js';

const log = (message: string) => console.log(`[mmt] ${message}`);

// V8 lets the heap grow to 4× what survived the last full collection before collecting again; a
// streamed export makes that a sawtooth of hundreds of MB of garbage. 1.25× keeps the server's
// memory near what it holds, for a little more collection work.
v8.setFlagsFromString('--heap-growing-percent=25');

async function main(): Promise<void> {
  const port = Number(process.env['PORT'] ?? 3000);
  const database = await resolveDatabase(process.env, log);
  let stopping = false;
  const stopDatabase = async () => {
    await database.stop().catch((error: unknown) => log(`PostgreSQL did not stop cleanly: ${String(error)}`));
  };
  try {
    const applied = await applyMigrations(database.connectionString, { log });
    log(applied.length > 0 ? `Applied ${applied.length} migration(s)` : 'Database schema is up to date');
    const notifications = await notificationOptionsFromEnv(process.env, log);
    const app = await createApp({
      databaseUrl: database.connectionString,
      notifications,
      logLevel: process.env['LOG_LEVEL'] ?? 'info',
      logFormat: logFormatFrom(process.env['LOG_FORMAT'], process.stdout.isTTY),
      trustProxy: trustedProxiesFrom(process.env['TRUST_PROXY']),
      publicUrl: publicUrlFrom(process.env['PUBLIC_URL']),
      corsOrigins: (process.env['CORS_ORIGINS'] ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    });
    // Printed last, after the startup logs, so the one-time password is easy to find.
    const firstStartNotes: string[] = [];
    await app.get(AuthService).bootstrap(process.env, (line) => firstStartNotes.push(line));
    if (process.env['SEED_DEMO'] !== 'false') await app.get(SeedService).seedDemoIfEmpty(log);

    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal} received: stopping`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));

    await app.listen({ port, host: process.env['HOST'] ?? '0.0.0.0' });
    log(`Dashboard: http://localhost:${port}   API docs: http://localhost:${port}/api/docs`);
    firstStartNotes.forEach(log);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopDatabase();
    process.exit(1);
  }
}

void main();
