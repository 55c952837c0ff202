import { useId, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A plain desktop computer, drawn with CSS only: a desktop with icons, windows with a title
 * bar and a close button, and a taskbar. Nothing here knows what runs in the windows.
 * Nothing is modal and nothing traps focus: the desktop is one more part of the page.
 */

export interface DesktopProps {
  /** Accessible name of the desktop, e.g. "Practice PC desktop". */
  label: string;
  /** The desktop's icons (DesktopIcon), top-left as on Windows. */
  icons?: ReactNode;
  /** Open windows. */
  children?: ReactNode;
  /** A line under the desktop area, above the taskbar (a practice hint). */
  note?: ReactNode;
}

export function Desktop({ label, icons, children, note }: DesktopProps) {
  return (
    <section className="desktop" aria-label={label}>
      <div className="desktop__area">
        <div className="desktop__icons">{icons}</div>
        <div className="desktop__windows">{children}</div>
      </div>
      {note ? <div className="desktop__note">{note}</div> : null}
      <div className="desktop__taskbar" aria-hidden="true">
        <span className="desktop__start" />
        <span className="desktop__search" />
      </div>
    </section>
  );
}

export interface DesktopIconProps {
  label: string;
  /** How to open it, for screen readers ("Double-click or press Enter to open"). */
  hint: string;
  /** A modifier for the icon's picture (`desktop-icon__art--<art>`). */
  art: string;
  selected: boolean;
  onSelect: () => void;
  onOpen: () => void;
}

/**
 * A desktop icon: a click highlights it, a double-click opens it, and so does Enter when it
 * has focus (Space highlights, like a click). It is the element focus returns to when its
 * window closes (data-desktop-icon).
 */
export function DesktopIcon({ label, hint, art, selected, onSelect, onOpen }: DesktopIconProps) {
  const hintId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onOpen();
  };
  return (
    <>
      <button
        type="button"
        className={`desktop-icon${selected ? ' desktop-icon--selected' : ''}`}
        aria-describedby={hintId}
        data-desktop-icon=""
        onClick={onSelect}
        onDoubleClick={onOpen}
        onKeyDown={onKeyDown}
      >
        <span className={`desktop-icon__art desktop-icon__art--${art}`} aria-hidden="true" />
        <span className="desktop-icon__label" translate="no">
          {label}
        </span>
      </button>
      <span className="sim-sr-only" id={hintId}>
        {hint}
      </span>
    </>
  );
}

export interface DesktopWindowProps {
  /** The window's title, as the title bar shows it. */
  title: string;
  /** Accessible name of the × button ("Close"). */
  closeLabel: string;
  onClose: () => void;
  /** `data-crop` value, so a figure can show this window alone. */
  crop?: string;
  children: ReactNode;
}

/** A plain Windows-like window: the title bar with the title, and × at the top right. */
export function DesktopWindow({ title, closeLabel, onClose, crop, children }: DesktopWindowProps) {
  const titleId = useId();
  return (
    <div className="win" role="group" aria-labelledby={titleId} data-crop={crop}>
      <div className="win__titlebar">
        <span className="win__icon" aria-hidden="true" />
        <h3 className="win__title" id={titleId} translate="no">
          {title}
        </h3>
        <button type="button" className="win__close" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="win__body">{children}</div>
    </div>
  );
}
