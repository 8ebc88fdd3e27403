import {
  DEPLOYMENT_TARGETS,
  FRAMEWORKS,
  IMPORT_COLUMNS,
  type ImportResult,
  KNOWN_FRAMEWORKS,
  LIFECYCLES,
  MIGRATION_STATUSES,
} from '@mmt/domain';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { useImportUpload, type ImportUpload } from '../api/imports';
import { ImportPreview } from '../components/import/ImportPreview';
import { ProblemList } from '../components/import/ImportProblems';
import { SourceChoice } from '../components/import/SourceChoice';
import { SourceFilesPicker } from '../components/import/SourceFilesPicker';
import { UploadStatus } from '../components/import/UploadStatus';
import { RoleGate } from '../components/RoleGate';
import { plural } from '../lib/format';
import {
  IMPORT_CHOICES,
  IMPORT_LIMIT_BYTES,
  REQUIRED_FOR_NEW_MODEL,
  addSourceFiles,
  checkImportFile,
  checkSourceFiles,
  formatBytes,
  importErrorView,
  writesSentence,
  writtenModels,
  type FileCheck,
  type ImportChoice,
  type SourceUploadFile,
} from '../lib/imports';
import { reportUrl } from '../lib/reports';

export default function ImportPage() {
  return (
    <RoleGate capability="importModels" title="Import models" action="import models from a file">
      <ImportModels />
    </RoleGate>
  );
}

interface Chosen {
  file: File;
  check: FileCheck;
}

// How many imported models the success note links to; the rest are on the Models page.
const LINKED_MODELS = 50;

function ImportModels() {
  const [choice, setChoice] = useState<ImportChoice>('file');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [sourceFiles, setSourceFiles] = useState<SourceUploadFile[]>([]);
  const [modelName, setModelName] = useState('');
  // A new key empties the file input after "Import another file".
  const [inputKey, setInputKey] = useState(0);
  const preview = useImportUpload(true);
  const commit = useImportUpload(false);
  const busy = preview.isPending || commit.isPending;
  const sourceCheck = checkSourceFiles(sourceFiles);

  const resetAnswers = () => {
    preview.reset();
    commit.reset();
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    resetAnswers();
    setChosen(file ? { file, check: checkImportFile(file) } : null);
  };
  const upload: ImportUpload | null =
    choice === 'file'
      ? chosen?.check.ok
        ? { kind: 'file', file: chosen.file, contentType: chosen.check.contentType }
        : null
      : sourceCheck.ok
        ? { kind: 'source', source: choice, files: sourceFiles, name: modelName }
        : null;
  const send = (mutation: typeof preview) => {
    if (upload) mutation.mutate(upload);
  };
  const startOver = () => {
    resetAnswers();
    setChosen(null);
    setSourceFiles([]);
    setModelName('');
    setInputKey((key) => key + 1);
  };
  const uploadName =
    choice === 'file'
      ? (chosen?.file.name ?? 'the file')
      : sourceFiles.length === 1
        ? (sourceFiles[0]?.path ?? 'the file')
        : `${sourceFiles.length} ${IMPORT_CHOICES.find((option) => option.value === choice)?.label} files`;

  const committed = commit.data;
  return (
    <section className="page import-page">
      <title>Import · Model Migration Tracker</title>
      <h1>Import models</h1>
      <p className="lede">
        Register and update many models at once from a CSV or JSON file, or from the files of the tools your team
        already uses: MLflow, Hugging Face, Backstage. Rows are matched to models by the tool&apos;s identity of the
        model, then by name: a new model is registered, a known one updated (renamed too, when the tool renamed it). You
        see a preview first; nothing is written until you import, and then every row is written or none is.
      </p>

      {committed ? (
        <ImportSuccess result={committed} fileName={uploadName} onAgain={startOver} />
      ) : (
        <>
          <SourceChoice
            value={choice}
            disabled={busy}
            onChange={(next) => {
              resetAnswers();
              setChoice(next);
            }}
          />
          {choice === 'file' ? (
            <FilePicker key={inputKey} chosen={chosen} disabled={busy} onChange={choose} />
          ) : (
            <SourceFilesPicker
              key={`${choice}-${inputKey}`}
              source={choice}
              files={sourceFiles}
              name={modelName}
              error={sourceFiles.length > 0 && !sourceCheck.ok ? sourceCheck.message : null}
              disabled={busy}
              onAdd={(added) => {
                resetAnswers();
                setSourceFiles((current) => addSourceFiles(current, added));
              }}
              onClear={() => {
                resetAnswers();
                setSourceFiles([]);
              }}
              onName={(name) => {
                resetAnswers();
                setModelName(name);
              }}
            />
          )}
          <div className="form-actions import-actions">
            <button type="button" className="button-primary" disabled={!upload || busy} onClick={() => send(preview)}>
              Preview import
            </button>
            {choice === 'file' && <ColumnsHelp />}
          </div>

          {preview.progress && <UploadStatus progress={preview.progress} action="Preview" onCancel={preview.cancel} />}
          {preview.isError && <ImportErrorPanel error={preview.error} committing={false} />}
          {commit.progress && <UploadStatus progress={commit.progress} action="Import" />}
          {commit.isError && <ImportErrorPanel error={commit.error} committing />}
          {preview.data && upload && (
            <ImportPreview
              result={preview.data}
              fileName={uploadName}
              importing={commit.isPending}
              onImport={() => send(commit)}
            />
          )}
        </>
      )}
    </section>
  );
}

function FilePicker({
  chosen,
  disabled,
  onChange,
}: {
  chosen: Chosen | null;
  disabled: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const id = useId();
  const error = chosen && !chosen.check.ok ? chosen.check.message : null;
  return (
    <div className={`panel file-picker field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>File</label>
      <p className="field-hint" id={`${id}-hint`}>
        CSV (with a header row) or JSON, up to {formatBytes(IMPORT_LIMIT_BYTES)}.
      </p>
      <input
        id={id}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        disabled={disabled}
        onChange={onChange}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={Boolean(error)}
      />
      <p className="field-hint">
        Start from the{' '}
        <a href={reportUrl('csv', '')} download>
          current portfolio as CSV
        </a>{' '}
        (a CSV template with every column), or see &ldquo;What the file holds&rdquo; below.
      </p>
      {chosen && !error && (
        <p className="file-facts" data-testid="chosen-file">
          <strong>{chosen.file.name}</strong> · {formatBytes(chosen.file.size)} ·{' '}
          {chosen.check.ok && chosen.check.contentType === 'application/json' ? 'JSON' : 'CSV'}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function ImportErrorPanel({ error, committing }: { error: unknown; committing: boolean }) {
  const view = importErrorView(error, committing);
  if (view.cancelled)
    return (
      <p className="panel panel-info" role="status">
        {view.message}
      </p>
    );
  return (
    <div className="panel panel-error" role="alert" data-testid="import-error">
      <h2>{view.title}</h2>
      <p>{view.message}</p>
      {view.problems.length > 0 && <ProblemList problems={view.problems} />}
    </div>
  );
}

function ImportSuccess({ result, fileName, onAgain }: { result: ImportResult; fileName: string; onAgain: () => void }) {
  const written = writtenModels(result);
  const { create, update, unchanged } = result.summary;
  const linked = written.slice(0, LINKED_MODELS);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="panel panel-success import-success" role="status" data-testid="import-success">
      <h2 ref={heading} tabIndex={-1}>
        Imported {fileName}
      </h2>
      <p>
        {writesSentence(create, update)}, each with its history event.
        {unchanged > 0 &&
          ` ${plural(unchanged, 'row')} matched ${unchanged === 1 ? 'its model' : 'their models'} and changed nothing.`}
      </p>
      {linked.length > 0 && (
        <ul className="import-written">
          {linked.map((model) => (
            <li key={model.id}>
              <Link to={`/models/${model.id}`}>{model.name}</Link>{' '}
              <span className="muted">({model.action === 'create' ? 'registered' : 'updated'})</span>
            </li>
          ))}
          {written.length > linked.length && (
            <li>
              …and {written.length - linked.length} more on the <Link to="/models">Models</Link> page.
            </li>
          )}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" onClick={onAgain}>
          Import another file
        </button>
        <Link to="/models">Go to models</Link>
      </div>
    </div>
  );
}

function ColumnsHelp() {
  return (
    <details className="columns-help">
      <summary>What the file holds</summary>
      <div className="panel">
        <p>
          <strong>CSV:</strong> a header row naming the columns, then one row per model, commas between cells. The
          easiest start is the{' '}
          <a href={reportUrl('csv', '')} download>
            current portfolio as CSV
          </a>
          : it has the same columns, and its extra report columns (verdict, family, …) are read past.
        </p>
        <p>
          <strong>JSON:</strong> <code>{'{ "models": [ … ] }'}</code> (the JSON status report has that shape) or an
          array of models, with the same field names.
        </p>
        <p>
          Columns:{' '}
          {IMPORT_COLUMNS.map((column, index) => (
            <span key={column}>
              {index > 0 && ', '}
              <code>{column}</code>
            </span>
          ))}
          . A new model needs {REQUIRED_FOR_NEW_MODEL.join(', ')}; an update changes only the columns the file has.
        </p>
        <ul className="columns-values">
          <li>
            <code>framework</code>: {FRAMEWORKS.join(', ')} (<code>unknown</code> when no one knows yet: the model is
            listed to triage)
          </li>
          <li>
            <code>migrationTarget</code>: {KNOWN_FRAMEWORKS.join(', ')}
          </li>
          <li>
            <code>lifecycle</code>: {LIFECYCLES.join(', ')}
          </li>
          <li>
            <code>deploymentTarget</code>: {DEPLOYMENT_TARGETS.join(', ')}
          </li>
          <li>
            <code>migration</code>: {MIGRATION_STATUSES.join(', ')}
          </li>
          <li>
            Dates (<code>startedOn</code>, <code>retireBy</code>, <code>since</code>) as YYYY-MM-DD; <code>tags</code>{' '}
            comma-separated in one cell; <code>since</code> backdates a new model&apos;s first history event (&ldquo;in
            this state since&rdquo;).
          </li>
        </ul>
      </div>
    </details>
  );
}
