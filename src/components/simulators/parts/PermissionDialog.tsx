import type { PhonePlatform } from './phone-platform';
import { ScreenHeading } from './ScreenHeading';

export interface DialogButton {
  label: string;
  onClick: () => void;
  primary?: boolean;
}

export interface PermissionDialogProps {
  platform: PhonePlatform;
  title: string;
  body?: string | undefined;
  buttons: DialogButton[];
}

/**
 * The system's permission prompt (camera, notifications), drawn over a dimmed screen.
 * It is part of the practice phone, not a modal of the page: nothing traps focus.
 * iOS puts the buttons side by side; Android stacks them.
 */
export function PermissionDialog({ platform, title, body, buttons }: PermissionDialogProps) {
  return (
    <div className="perm-scrim">
      <div className={`perm perm--${platform}`} role="group" aria-label={title}>
        <span className="perm__icon" aria-hidden="true" />
        <ScreenHeading className="perm__title">{title}</ScreenHeading>
        {body ? <p className="perm__body">{body}</p> : null}
        <div className="perm__buttons">
          {buttons.map((b) => (
            <button
              key={b.label}
              type="button"
              className={b.primary ? 'perm__button perm__button--primary' : 'perm__button'}
              onClick={b.onClick}
            >
              {b.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
