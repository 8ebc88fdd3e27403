// npm run db:migrate:status — applied and pending migrations of DATABASE_URL (or of a fresh
// throwaway embedded PostgreSQL when unset, where everything is pending).
import { getMigrationStatus } from '../../apps/api/src/database/schema-engine.js';
import { runScript, scriptDatabase } from './database-for-script.js';

runScript(async () => {
  const log = (message: string): void => console.log(message);
  const database = await scriptDatabase(log);
  try {
    const status = await getMigrationStatus(database.connectionString, { log });
    const section = (title: string, names: string[]): void => {
      if (names.length === 0) return;
      console.log(`\n${title} (${names.length}):`);
      for (const name of names) console.log(`  ${name}`);
    };
    console.log(`\n${status.migrations.length} migration(s) in prisma/migrations.`);
    if (!status.hasMigrationsTable) console.log('The database has no _prisma_migrations table yet.');
    section('Applied', status.applied);
    section('Pending', status.pending);
    section('Failed (resolve before deploying)', status.failed);
    section('Edited after being applied', status.edited);
    section('Applied to the database but missing from prisma/migrations', status.unknownToFolder);
    console.log(status.upToDate ? '\nDatabase schema is up to date.' : '');
    return status.upToDate ? 0 : 1;
  } finally {
    await database.stop();
  }
});
