/** Icons of the practice phone's camera, photo viewer and mail, drawn as SVG. Decorative: their buttons carry the names. */
import type { ReactNode } from 'react';

function Icon({ children, size = 24 }: { children: ReactNode; size?: number }) {
  return (
    <svg className="dp-icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

/** Two arrows in a circle: switch between the front and rear lens. */
export const SwitchIcon = () => (
  <Icon>
    <path d="M4 12a8 8 0 0 1 14-5.3M20 12a8 8 0 0 1-14 5.3" />
    <path d="M18 3v4h-4M6 21v-4h4" />
  </Icon>
);

/** A box with an arrow out of it (iPhone); three joined dots (Android). */
export const ShareIcon = ({ android }: { android: boolean }) =>
  android ? (
    <Icon>
      <circle cx="18" cy="5" r="2.5" />
      <circle cx="6" cy="12" r="2.5" />
      <circle cx="18" cy="19" r="2.5" />
      <path d="M8.2 10.8l7.6-4.6M8.2 13.2l7.6 4.6" />
    </Icon>
  ) : (
    <Icon>
      <path d="M12 3v12M8 7l4-4 4 4" />
      <path d="M6 11H5v10h14V11h-1" />
    </Icon>
  );

/** Send: an arrow up (iPhone Mail), a paper plane (Android). */
export const SendIcon = ({ android }: { android: boolean }) =>
  android ? (
    <Icon>
      <path d="M3 20l18-8L3 4l3 8-3 8zM6 12h8" />
    </Icon>
  ) : (
    <Icon>
      <circle cx="12" cy="12" r="10" fill="currentColor" stroke="none" />
      <path d="M12 17V7M8 11l4-4 4 4" stroke="var(--dp-on-accent, #fff)" />
    </Icon>
  );

export const MailIcon = () => (
  <Icon size={30}>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <path d="M3 7l9 6 9-6" />
  </Icon>
);

export const BubbleIcon = () => (
  <Icon size={30}>
    <path d="M4 5h16v11H9l-5 4z" />
  </Icon>
);

export const NoteIcon = () => (
  <Icon size={30}>
    <path d="M6 3h9l4 4v14H6z" />
    <path d="M9 11h7M9 15h7" />
  </Icon>
);

export const CameraIcon = () => (
  <Icon size={28}>
    <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
    <circle cx="12" cy="13" r="3.5" />
  </Icon>
);

export const GridIcon = () => (
  <Icon>
    {[5, 12, 19].flatMap((x) => [5, 12, 19].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.4" fill="currentColor" />))}
  </Icon>
);
