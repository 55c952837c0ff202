import { useEffect, useRef } from 'react';

export interface CopyFallbackProps {
  id: string;
  label: string;
  value: string;
  /** What happened and what to do ("Select it and press Ctrl+C"). */
  note: string;
  /** Move focus to the field when it appears (the reader just pressed Copy next to it). */
  focus?: boolean;
}

/**
 * When the browser would not copy: the value in a read-only field, selected whenever it gets
 * focus, so Ctrl+C (or the context menu) copies it by hand.
 */
export function CopyFallback({ id, label, value, note, focus = false }: CopyFallbackProps) {
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (focus) input.current?.focus();
  }, [focus]);
  return (
    <div className="field copy-fallback">
      <p className="copy-fallback__note" id={`${id}-note`}>
        {note}
      </p>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={input}
        className="field__input copy-fallback__input"
        value={value}
        readOnly
        aria-describedby={`${id}-note`}
        spellCheck={false}
        translate="no"
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}
