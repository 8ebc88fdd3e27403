import { useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Text to take elsewhere (a secret, a badge's Markdown) in a read-only field, with a copy button. */
export function CopyField({
  id,
  label,
  value,
  buttonLabel = 'Copy',
}: {
  id: string;
  label: string;
  value: string;
  buttonLabel?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
    } catch {
      // No clipboard (an http page on another host, or permission refused): select it for Ctrl+C.
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <>
      <div className="copy-row">
        <label htmlFor={`${id}-value`} className="visually-hidden">
          {label}
        </label>
        <input
          ref={input}
          id={`${id}-value`}
          className="copy-value"
          readOnly
          value={value}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={() => void onCopy()}>
          {buttonLabel}
        </button>
      </div>
      <p className="small muted" aria-live="polite">
        {copy === 'copied'
          ? 'Copied to the clipboard.'
          : copy === 'failed'
            ? 'Could not reach the clipboard: the text is selected, press Ctrl+C (⌘C on a Mac).'
            : ''}
      </p>
    </>
  );
}
