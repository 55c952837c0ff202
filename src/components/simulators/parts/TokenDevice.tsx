import type { KeyboardEvent } from 'react';
import type { Translate } from '../../../i18n/t';

export type TokenButton = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'ok' | 'clear';

export interface TokenDeviceProps {
  t: Translate;
  /** Accessible name of the device, e.g. "Practice DSC+ token". */
  label: string;
  /** What the display shows ('' when off). */
  display: string;
  on: boolean;
  onPower: () => void;
  onKey: (key: TokenButton) => void;
}

const KEYPAD: TokenButton[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'ok'];

/** Keys of a real keyboard that press a key of the token while focus is inside it. */
function keyboardKey(event: KeyboardEvent): TokenButton | null {
  if (/^[0-9]$/.test(event.key)) return event.key as TokenButton;
  if (event.key === 'Backspace') return 'clear';
  return null;
}

/**
 * A hardware token drawn as a device: a display, a "press" power button and a keypad. Every
 * key is a button; with focus anywhere on the device, typing digits and Backspace presses
 * the keys too, so it can be used by keyboard without tabbing through twelve buttons.
 * The display is a status: screen readers hear what it shows.
 */
export function TokenDevice({ t, label, display, on, onPower, onKey }: TokenDeviceProps) {
  return (
    <div
      className={`token${on ? ' token--on' : ''}`}
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        const key = keyboardKey(event);
        if (key === null) return;
        event.preventDefault();
        onKey(key);
      }}
    >
      <p className="token__brand" aria-hidden="true">
        DSC+
      </p>
      <output className="token__display" aria-live="off" aria-label={t('sim.common.token.display')}>
        {display}
      </output>
      <button type="button" className="token__power" onClick={onPower}>
        {t('sim.common.token.press')}
      </button>
      <div className="token__keypad">
        {KEYPAD.map((key) => (
          <button key={key} type="button" className={`token__key token__key--${key}`} onClick={() => onKey(key)} aria-label={key === 'clear' ? t('sim.common.token.clear') : undefined}>
            {key === 'ok' ? 'OK' : key === 'clear' ? '←' : key}
          </button>
        ))}
      </div>
    </div>
  );
}
