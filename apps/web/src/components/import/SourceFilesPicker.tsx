import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { IMPORT_CHOICES, IMPORT_LIMIT_BYTES, formatBytes, uploadPath, type SourceUploadFile } from '../../lib/imports';
import type { ImportSource } from '@mmt/domain';

const asUploads = (files: FileList | null): SourceUploadFile[] =>
  Array.from(files ?? [], (file) => ({ path: uploadPath(file), file }));

// A folder picker keeps each file's path inside the folder: `models/ner-v2/MLmodel` names its model.
const folderPicker = (input: HTMLInputElement | null) => input?.setAttribute('webkitdirectory', '');

/** A tool's files: picked, picked as a folder, or dropped; several at once, added to those already chosen. */
export function SourceFilesPicker({
  source,
  files,
  name,
  error,
  disabled,
  onAdd,
  onClear,
  onName,
}: {
  source: ImportSource;
  files: readonly SourceUploadFile[];
  name: string;
  error: string | null;
  disabled: boolean;
  onAdd: (files: SourceUploadFile[]) => void;
  onClear: () => void;
  onName: (name: string) => void;
}) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const choice = IMPORT_CHOICES.find((option) => option.value === source);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    onAdd(asUploads(event.target.files));
    event.target.value = '';
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onAdd(asUploads(event.dataTransfer.files));
  };
  return (
    <div
      className={`panel file-picker source-files field${error ? ' field-invalid' : ''}${dragging ? ' dragging' : ''}`}
      data-testid="source-files"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>{choice?.label} files</label>
      <p className="field-hint" id={`${id}-hint`}>
        {choice?.files}. Drop them here or choose them, up to {formatBytes(IMPORT_LIMIT_BYTES)} together. Links in the
        files are never followed.
      </p>
      <input
        id={id}
        type="file"
        multiple
        accept={choice?.accept || undefined}
        disabled={disabled}
        onChange={pick}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={Boolean(error)}
      />
      <label className="folder-pick">
        Or a whole folder:{' '}
        <input
          ref={folderPicker}
          type="file"
          multiple
          disabled={disabled}
          onChange={pick}
          aria-label="Choose a folder"
        />
      </label>
      {files.length > 0 && (
        <div className="file-facts" data-testid="chosen-files">
          <ul className="chosen-files">
            {files.map(({ path, file }) => (
              <li key={path}>
                <strong>{path}</strong> · {formatBytes(file.size)}
              </li>
            ))}
          </ul>
          <button type="button" className="button-small" disabled={disabled} onClick={onClear}>
            Clear the files
          </button>
        </div>
      )}
      {source !== 'backstage' && (
        <div className="field">
          <label htmlFor={`${id}-name`}>Model name (optional)</label>
          <p className="field-hint" id={`${id}-name-hint`}>
            Names the model of a single-model upload whose files name none (an MLmodel, a config.json).
          </p>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={100}
            value={name}
            disabled={disabled}
            onChange={(event) => onName(event.target.value)}
            aria-describedby={`${id}-name-hint`}
          />
        </div>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
