import type { ReactNode } from 'react';

/**
 * The heading of a phone screen. It takes focus when the screen changes (tabIndex -1:
 * focusable by script, not in the tab order), so keyboard and screen reader users land
 * on the new screen.
 */
export function ScreenHeading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h3 className={className ?? 'phone-heading'} tabIndex={-1} data-phone-heading="">
      {children}
    </h3>
  );
}
