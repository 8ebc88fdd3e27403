import type { ReactNode } from 'react';
import { CopyField } from './CopyField';

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
  return (
    <section className="panel panel-success secret-box" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="secret-warning">
        <strong>Copy it now: you will not see it again.</strong> {storage}
      </p>
      {children}
      <CopyField id={id} label={label} value={secret} />
      <button type="button" onClick={onDismiss}>
        I have copied it — hide it
      </button>
    </section>
  );
}
