// npm run db:migrate:new -- <name> [--create-only] [--accept-data-loss]
// `prisma migrate dev --name <name>` without Prisma's native engine (see shared/notes/prisma-offline.md).
import path from 'node:path';
import { createMigration } from '../../apps/api/src/database/schema-engine.js';
import { findRepoRoot } from '../../apps/api/src/database/repo-paths.js';
import { runScript, scriptDatabase } from './database-for-script.js';

runScript(async () => {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => f !== '--create-only' && f !== '--accept-data-loss');
  const name = args
    .filter((a) => !a.startsWith('--'))
    .join(' ')
    .trim();
  if (!name || unknown.length > 0) {
    console.error('Usage: npm run db:migrate:new -- <name> [--create-only] [--accept-data-loss]');
    return 2;
  }
  const root = findRepoRoot();
  const log = (message: string): void => console.log(message);
  const database = await scriptDatabase(log);
  try {
    const result = await createMigration(database.connectionString, name, {
      createOnly: flags.has('--create-only'),
      acceptDataLoss: flags.has('--accept-data-loss'),
      log,
    });
    for (const warning of result.created ? result.warnings : []) console.log(`Warning: ${warning}`);
    if (!result.created) {
      console.log('No schema changes: prisma/schema.prisma matches the migrations. Nothing written.');
      return;
    }
    console.log(`\nCreated migration ${result.name}:`);
    console.log(`  ${path.relative(root, result.migrationFile)}`);
    console.log(`  ${path.relative(root, result.lockFile)}`);
    console.log(
      flags.has('--create-only') ? '\nNot applied: edit it if needed, then apply it.' : '\nApplied it to the database.',
    );
  } finally {
    await database.stop();
  }
});
