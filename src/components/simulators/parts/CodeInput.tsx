import type { ChangeEvent } from 'react';

export interface CodeInputProps {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  /** A hint under the field (always shown). */
  hint?: string | undefined;
  /** What is wrong with the value, and what to do; marks the field invalid. */
  problem?: string | undefined;
  inputMode?: 'text' | 'numeric';
  type?: 'text' | 'password';
  className?: string;
}

/**
 * A labelled, bounded text field. Typed text only ever goes back through `onChange`
 * into state and is rendered by React as text, never as HTML.
 */
export function CodeInput(props: CodeInputProps) {
  const { id, label, value, maxLength, onChange, hint, problem } = props;
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [hint ? hintId : '', problem ? problemId : ''].filter(Boolean).join(' ');
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        type={props.type ?? 'text'}
        inputMode={props.inputMode ?? 'text'}
        value={value}
        maxLength={maxLength}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.currentTarget.value.slice(0, maxLength))}
      />
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p className="field__problem" id={problemId}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
