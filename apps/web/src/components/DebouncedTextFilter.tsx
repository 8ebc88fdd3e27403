import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from '../lib/useDebouncedValue';

interface Props {
  id: string;
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  type?: 'search' | 'text';
  delayMs?: number;
}

/** A text filter that updates the URL after typing pauses, and follows the URL on back/forward. */
export function DebouncedTextFilter({ id, label, value, onCommit, placeholder, type = 'text', delayMs = 300 }: Props) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text.trim(), delayMs);
  const committed = useRef(value);

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (debounced !== committed.current) {
      committed.current = debounced;
      onCommit(debounced);
    }
  }, [debounced, onCommit]);

  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}
