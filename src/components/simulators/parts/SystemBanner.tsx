export interface SystemBannerProps {
  /** Small caption above the message, e.g. "QR code" or "Camera". */
  source: string;
  message: string;
  onTap: () => void;
}

/** The notification-style banner the phone's Camera app shows at the top after reading a QR code. */
export function SystemBanner({ source, message, onTap }: SystemBannerProps) {
  return (
    <button type="button" className="sys-banner" onClick={onTap}>
      <span className="sys-banner__icon" aria-hidden="true" />
      <span className="sys-banner__text">
        <span className="sys-banner__source">{source}</span>
        <span className="sys-banner__message">{message}</span>
      </span>
    </button>
  );
}
