import { useEffect, useRef } from 'react';
import type { UploadProgress } from '../../api/imports';
import { formatBytes, progressPercent } from '../../lib/imports';

/** Upload progress (a bar with the percent), then "processing" until the server answers. */
export function UploadStatus({
  progress,
  action,
  onCancel,
}: {
  progress: UploadProgress;
  /** What is happening, for the headline: "Previewing", "Importing". */
  action: string;
  /** Offered only while the bytes go up: after that the server may already be writing. */
  onCancel?: () => void;
}) {
  const panel = useRef<HTMLDivElement>(null);
  // On a phone the button sits low on the screen: bring the progress into view once it starts.
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const uploading = progress.phase === 'uploading';
  const percent = uploading ? progressPercent(progress.loaded, progress.total) : 100;
  return (
    <div ref={panel} className="panel upload-status" data-testid="upload-status">
      <p role="status" aria-live="polite" className="upload-phase">
        <strong>{action}:</strong>{' '}
        {uploading
          ? 'uploading the file…'
          : `processing… the server is reading and checking every row (${formatBytes(progress.total)} received).`}
      </p>
      {uploading ? (
        <div className="upload-bar">
          <progress max={100} value={percent} aria-label="Upload progress">
            {percent}%
          </progress>
          <span className="upload-figures">
            {percent}% · {formatBytes(progress.loaded)} of {formatBytes(progress.total)}
          </span>
        </div>
      ) : (
        <div className="upload-bar">
          <progress aria-label="Processing" />
        </div>
      )}
      {onCancel && uploading && (
        <button type="button" className="button-small" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
