import type { UiKey } from '../../../i18n/t';
import { PortalHeading } from '../parts/PortalFrame';
import type { ViewContext } from './context';
import { GearIcon } from './icons';

/** Demo messages of the practice account (a date, and a subject in the page's language). */
const MESSAGES: readonly { date: string; subject: UiKey }[] = [
  { date: '2026-11-20', subject: 'sim.message-center.inbox.message1' },
  { date: '2026-10-02', subject: 'sim.message-center.inbox.message2' },
];

/** Secure Message Center: "Compose new message" and, beside it, the gear that opens the message settings. */
export function InboxPage({ send, t }: ViewContext) {
  return (
    <div className="mc-page">
      <PortalHeading>{t('sim.message-center.inbox.title')}</PortalHeading>
      <div className="mc-toolbar" data-crop="toolbar">
        <button type="button" className="btn" disabled aria-describedby="sim-mc-compose-note">
          {t('sim.message-center.inbox.compose')}
        </button>
        <button type="button" className="btn mc-gear" aria-label={t('sim.message-center.inbox.gear')} title={t('sim.message-center.inbox.gear')} onClick={() => send({ type: 'OPEN_SETTINGS' })}>
          <GearIcon />
        </button>
      </div>
      <p className="mc-note" id="sim-mc-compose-note">
        {t('sim.message-center.inbox.composeNote')}
      </p>
      <table className="mc-messages">
        <caption className="sim-sr-only">{t('sim.message-center.inbox.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sim.message-center.inbox.date')}</th>
            <th scope="col">{t('sim.message-center.inbox.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {MESSAGES.map((m) => (
            <tr key={m.subject}>
              <td translate="no">{m.date}</td>
              <td>{t(m.subject)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
