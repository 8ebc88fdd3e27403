import { useRef, useState, type ReactNode } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** A secret the server shows this once (a new API token, a generated password), with a copy button. */
export function SecretBox({
  id,
  title,
  label,
  secret,
  children,
  onDismiss,
  storage = 'Only a fingerprint of it is stored.',
}: {
  id: string;
  title: string;
  label: string;
  secret: string;
  children?: ReactNode;
  onDismiss: () => void;
  /** How the server keeps it, after "you will not see it again". */
  storage?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      // No clipboard (an http page on another host, or permission refused): select it for Ctrl+C.
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <section className="panel panel-success secret-box" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="secret-warning">
        <strong>Copy it now: you will not see it again.</strong> {storage}
      </p>
      {children}
      <div className="secret-row">
        <label htmlFor={`${id}-value`} className="visually-hidden">
          {label}
        </label>
        <input
          ref={input}
          id={`${id}-value`}
          className="secret-value"
          readOnly
          value={secret}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={() => void onCopy()}>
          Copy
        </button>
      </div>
      <p className="small muted" aria-live="polite">
        {copy === 'copied'
          ? 'Copied to the clipboard.'
          : copy === 'failed'
            ? 'Could not reach the clipboard: the text is selected, press Ctrl+C (⌘C on a Mac).'
            : ''}
      </p>
      <button type="button" onClick={onDismiss}>
        I have copied it — hide it
      </button>
    </section>
  );
}
