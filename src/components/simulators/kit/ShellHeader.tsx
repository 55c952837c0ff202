import type { AnyFlow, Platform, PracticeAction, TimerView } from '../../../flows/kit/flow';
import { localeNames, locales, type Locale } from '../../../i18n/locales';
import type { PracticeAccount } from '../../../flows/services/practice-account';
import type { Translate } from '../../../i18n/t';
import { formatMmSs } from '../parts/time-format';

export interface ShellHeaderProps {
  flow: AnyFlow;
  t: Translate;
  platform: Platform;
  account: PracticeAccount;
  timer: TimerView | null;
  actions: readonly PracticeAction<{ type: string }>[];
  onAction: (event: { type: string }) => void;
  deviceLang: Locale;
  onDeviceLang: (lang: Locale) => void;
  onPlatform: (platform: Platform) => void;
  onStart: (start: string) => void;
  onTimer: (type: 'PAUSE' | 'RESUME' | 'EXTEND') => void;
  onReset: () => void;
}

/**
 * Controls that belong to the practice, not to the practised device: the device switch, the
 * flow's ways to start, Pause/Resume/Extend of a running deadline (WCAG 2.2.1) and the reset.
 * They live above the stage, so no figure ever shows them.
 */
export function ShellHeader({ flow, t, platform, account, timer, actions, onAction, deviceLang, onDeviceLang, onPlatform, onStart, onTimer, onReset }: ShellHeaderProps) {
  const platforms = flow.platforms as readonly Platform[];
  return (
    <div className="sim__header">
      <h2 className="sim__title">{t(flow.title)}</h2>
      <p className="sim__practice">{t('sim.common.practiceNotice')}</p>
      <div className="sim__controls">
        {platforms.length > 1 ? (
          <div className="sim__platform" role="group" aria-label={t('sim.common.device')}>
            {platforms.map((p) => (
              <button key={p} type="button" className="sim__platform-btn" aria-pressed={p === platform} onClick={() => p !== platform && onPlatform(p)}>
                {t(`sim.common.platform.${p}`)}
              </button>
            ))}
          </div>
        ) : null}
        <div className="sim__platform" role="group" aria-label={t('sim.common.deviceLanguage')}>
          {locales.map((l) => (
            <button key={l} type="button" lang={l} className="sim__platform-btn" aria-pressed={l === deviceLang} onClick={() => onDeviceLang(l)}>
              {localeNames[l]}
            </button>
          ))}
        </div>
        {flow.starts.length > 0 ? (
          <div className="sim__starts" role="group" aria-labelledby="sim-starts-label">
            <span id="sim-starts-label">{t('sim.common.startAgain')}</span>
            {(flow.starts as readonly { id: string; label: Parameters<Translate>[0] }[]).map((start) => (
              <button key={start.id} type="button" className="btn btn--small" onClick={() => onStart(start.id)}>
                {t(start.label)}
              </button>
            ))}
          </div>
        ) : null}
        <button type="button" className="btn btn--small btn--danger" onClick={onReset}>
          {t('sim.common.reset')}
        </button>
      </div>
      {timer ? <TimerControls t={t} timer={timer} onTimer={onTimer} /> : null}
      {actions.length > 0 ? (
        <div className="sim__starts" role="group" aria-labelledby="sim-actions-label">
          <span id="sim-actions-label">{t('sim.common.practiceControls')}</span>
          {actions.map((action) => (
            <button key={action.id} type="button" className="btn btn--small" onClick={() => onAction(action.event)}>
              {t(action.label)}
            </button>
          ))}
        </div>
      ) : null}
      <AccountSummary t={t} account={account} />
    </div>
  );
}

function TimerControls({ t, timer, onTimer }: { t: Translate; timer: TimerView; onTimer: ShellHeaderProps['onTimer'] }) {
  return (
    <div className="sim__timer" role="group" aria-label={t('sim.common.timer.label')}>
      <p className="sim__timer-text">
        {t('sim.common.timer.left', { what: t(timer.label), time: formatMmSs(timer.remainingMs) })}
        {timer.paused ? ` ${t('sim.common.timer.paused')}` : ''}
      </p>
      <button type="button" className="btn btn--small" onClick={() => onTimer(timer.paused ? 'RESUME' : 'PAUSE')}>
        {t(timer.paused ? 'sim.common.timer.resume' : 'sim.common.timer.pause')}
      </button>
      {timer.canExtend ? (
        <button type="button" className="btn btn--small" onClick={() => onTimer('EXTEND')}>
          {t('sim.common.timer.extend')}
        </button>
      ) : null}
    </div>
  );
}

/** What the practice account holds: the reader can check the PIN they chose here. */
function AccountSummary({ t, account }: { t: Translate; account: PracticeAccount }) {
  const { ibKey, token, pcOtp } = account;
  return (
    <details className="sim__account">
      <summary>{t('sim.common.account.title')}</summary>
      <ul>
        <li>{t('sim.common.account.username', { user: account.username })}</li>
        <li>
          {ibKey === undefined
            ? t('sim.common.account.noIbKey')
            : t('sim.common.account.ibKey', { device: t(`sim.common.platform.${ibKey.platform}`) })}
          {ibKey?.pin === undefined ? null : ` ${t('sim.common.account.pin', { pin: ibKey.pin })}`}
        </li>
        <li>{token === undefined ? t('sim.common.account.noToken') : `${t('sim.common.account.token')} ${t('sim.common.account.pin', { pin: token.pin })}`}</li>
        <li>{pcOtp === undefined ? t('sim.common.account.noPcOtp') : t('sim.common.account.pcOtp', { name: pcOtp.displayName })}</li>
      </ul>
    </details>
  );
}
