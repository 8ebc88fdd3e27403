import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  IMPORT_FORMAT_LABELS,
  importProblemField,
  jsonImportItems,
  jsonRecords,
  planImport,
  toIsoDate,
  type ExistingModel,
  type ImportPlan,
  type ImportProblem,
  type ImportRecord,
  type ImportResult,
  type ImportRowPlan,
  type ImportSource,
} from '@mmt/domain';
import { mapSourceFiles, toImportRecord, type SourceFile } from '@mmt/importers';
import { DomainError } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/prisma-errors.js';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { ModelRepository, type NewEvent } from '../models/model.repository.js';
import { ChangeNotifications } from '../notifications/change-notifications.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { parseCsvImport } from './csv-import.parser.js';
import type { ImportFile } from './import-file.js';

// 10,000 rows commit in a few seconds; the margin is for a busy database.
const COMMIT_TIMEOUT_MS = 120_000;
const MAX_DETAILS = 500;

function invalid(
  message: string,
  problems: readonly ImportProblem[],
  extra: Record<string, unknown> = {},
): DomainError {
  const details = problems
    .slice(0, MAX_DETAILS)
    .map((problem) => ({ field: importProblemField(problem), message: problem.message }));
  return new DomainError('invalid', message, details, { errors: problems, ...extra });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What an upload holds: the rows to plan, and the rows of a source's files that are not models (shown, never written). */
interface ImportRows {
  records: ImportRecord[];
  skipped: ImportRowPlan[];
}

/**
 * Bulk registration and update of models from a CSV or JSON file, or from the files of MLflow,
 * Hugging Face or Backstage: a dry run, then all rows in one transaction.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly models: ModelRepository,
    private readonly verdicts: VerdictService,
    private readonly notifications: ChangeNotifications,
  ) {}

  async run(file: ImportFile, options: { dryRun: boolean; actor: string }): Promise<ImportResult> {
    const { records, skipped } = this.read(file);
    const result = (plan: ImportPlan, committed: boolean): ImportResult => ({
      dryRun: !committed,
      committed,
      format: file.format,
      summary: { ...plan.summary, rows: plan.summary.rows + skipped.length, skip: skipped.length },
      errors: committed ? [] : plan.errors,
      rows: [...plan.rows, ...skipped].sort((a, b) => a.row - b.row),
    });
    if (options.dryRun) return result(await this.plan(this.prisma, records), false);
    try {
      const plan = await this.prisma.$transaction((tx) => this.commit(tx, records, options.actor), {
        timeout: COMMIT_TIMEOUT_MS,
        maxWait: 10_000,
      });
      return result(plan, true);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(
          'duplicate',
          'Someone registered a model with a name (or a tool identity) from this file while it was being imported; nothing was imported. Run the import again.',
        );
      }
      throw error;
    }
  }

  /** The file's rows, or a 400 naming what keeps the file from being read. */
  private read(file: ImportFile): ImportRows {
    if ('files' in file) return this.readSource(file.format, file.files, file.name);
    const { records, problems } =
      file.format === 'csv'
        ? parseCsvImport(file.text)
        : (() => {
            const { items, problems: itemProblems } = jsonImportItems(file.data);
            return { records: jsonRecords(items), problems: itemProblems };
          })();
    const first = problems[0];
    if (first) {
      const what = first.column === '(file)' ? first.message : `"${first.column}" ${first.message}`;
      throw invalid(
        `The file cannot be imported: ${what}${problems.length > 1 ? ` (and ${plural(problems.length - 1, 'more problem')})` : ''}`,
        problems,
      );
    }
    return { records, skipped: [] };
  }

  /**
   * A source's files mapped to rows: models to plan (with stand-ins for a new model), and what is
   * not a model as skipped rows. A file that is not what the source expects is a 400 naming it.
   */
  private readSource(source: ImportSource, files: SourceFile[], name: string | undefined): ImportRows {
    const mapped = mapSourceFiles(source, files, name ? { name } : {});
    const first = mapped.problems[0];
    if (first) {
      const more = mapped.problems.length - 1;
      throw invalid(
        `These files cannot be read as ${IMPORT_FORMAT_LABELS[source]} files; nothing was imported. ${first.message}${more > 0 ? ` (and ${plural(more, 'more problem')})` : ''}`,
        mapped.problems,
      );
    }
    const today = toIsoDate(new Date());
    const records: ImportRecord[] = [];
    const skipped: ImportRowPlan[] = [];
    for (const row of mapped.rows) {
      if (row.kind === 'model') records.push(toImportRecord(row, today));
      else
        skipped.push({
          row: row.row,
          name: '',
          action: 'skip',
          modelId: null,
          changes: [],
          errors: [],
          file: row.file,
          sourceRef: row.sourceRef,
          notes: row.notes,
        });
    }
    if (records.length === 0 && skipped.length === 0)
      throw invalid(`The files hold nothing to import as ${IMPORT_FORMAT_LABELS[source]} files.`, [
        { row: 0, column: '(file)', message: 'The files hold no models.' },
      ]);
    return { records, skipped };
  }

  private async plan(db: Db, records: readonly ImportRecord[]): Promise<ImportPlan> {
    const names = [
      ...new Set(
        records.flatMap((record) => (typeof record.fields.name === 'string' ? [record.fields.name.trim()] : [])),
      ),
    ];
    const sourceRefs = [...new Set(records.flatMap((record) => (record.sourceRef ? [record.sourceRef] : [])))];
    const byName = await this.models.findByNames(db, names);
    const bySourceRef = await this.models.findBySourceRefs(db, sourceRefs);
    return planImport(records, {
      byName: new Map(byName.map((model) => [model.state.name, model])),
      bySourceRef: new Map(bySourceRef.map(({ sourceRef, model }): [string, ExistingModel] => [sourceRef, model])),
    });
  }

  private async commit(tx: Db, records: readonly ImportRecord[], actor: string): Promise<ImportPlan> {
    // One import at a time, so two files naming the same new model cannot both plan to create it.
    await this.models.holdBulkWrites(tx);
    const plan = await this.plan(tx, records);
    if (plan.errors.length > 0) {
      const rows = new Set(plan.errors.map((problem) => problem.row));
      const files = [
        ...new Set(plan.rows.flatMap((row) => (rows.has(row.row) && row.file !== null ? [row.file] : []))),
      ];
      const where = files.length > 0 ? ` (in ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''})` : '';
      throw invalid(
        `The file has ${plural(plan.errors.length, 'problem')} in ${plural(rows.size, 'row')}${where}; nothing was imported. Fix them and import again (a dry run lists them all).`,
        plan.errors,
        { summary: plan.summary },
      );
    }
    const recordedAt = new Date();
    const events: NewEvent[] = [];
    const rowsByNumber = new Map(plan.rows.map((row) => [row.row, row]));
    const sourceRefs = [...plan.newSourceRefs];
    const created = plan.creates.map((create) => {
      const id = randomUUID();
      if (create.sourceRef) sourceRefs.push({ modelId: id, sourceRef: create.sourceRef });
      const at = create.since ?? recordedAt;
      const row = rowsByNumber.get(create.row);
      if (row) row.modelId = id;
      events.push({
        modelId: id,
        kind: 'created',
        actor,
        at,
        recordedAt,
        version: 1,
        changes: row?.changes ?? [],
        state: create.state,
      });
      return { id, state: create.state, version: 1, createdAt: at, updatedAt: at };
    });
    await this.models.insertModels(tx, created);
    await this.models.recordSourceRefs(tx, sourceRefs);

    const written = await this.models.updateModels(
      tx,
      plan.updates.map((update) => ({ id: update.modelId, version: update.version, state: update.state })),
      recordedAt,
    );
    if (written !== plan.updates.length) {
      throw new DomainError(
        'stale_version',
        'Some models in this file were changed by someone else while it was being imported; nothing was imported. Run the import again.',
      );
    }
    for (const update of plan.updates) {
      events.push({
        modelId: update.modelId,
        kind: 'updated',
        actor,
        at: recordedAt,
        recordedAt,
        version: update.version + 1,
        changes: update.changes,
        state: update.state,
      });
    }
    // Each model appears once in a file, so each event statement holds one event per model.
    for (let start = 0; start < events.length; start += 1_000)
      await this.models.insertEvents(tx, events.slice(start, start + 1_000));
    await this.verdicts.refreshMany(
      tx,
      events.map((event) => event.modelId),
    );
    await this.notifications.modelsImported(tx, {
      createdIds: created.map((model) => model.id),
      updates: plan.updates.map((update) => ({ modelId: update.modelId, changes: update.changes })),
      actor,
      at: recordedAt,
    });
    return plan;
  }
}
