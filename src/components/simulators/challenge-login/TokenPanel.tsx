import type { TokenState } from '../../../flows/challenge-login/challenge-login.types';
import { TokenDevice } from '../parts/TokenDevice';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';

/** What the token's display shows. "PIN>" and "CHALLNG>" are the device's own prompts; the rest is practice. */
export function tokenDisplay(token: TokenState): string {
  switch (token.mode) {
    case 'off':
      return '';
    case 'pin':
      return `PIN>${'*'.repeat(token.entry.length)}`;
    case 'challenge':
      return `CHALLNG>${token.entry}`;
    case 'generating':
      return '........';
    case 'response':
      return token.response ?? '';
    case 'pin-wrong':
      return 'PIN ERR';
    case 'locked':
      return 'LOCKED';
  }
}

/** The DSC+ token, and under it what the practice copy adds: how it reacts to wrong PINs, and the practice unlock. */
export function TokenPanel({ state, send, t }: ViewContext) {
  const { token } = state;
  return (
    <div className="token-panel">
      <div data-figure="token" className="token-panel__device">
        <TokenDevice
          t={t}
          label={t('sim.challenge-login.token.label')}
          display={tokenDisplay(token)}
          on={token.mode !== 'off'}
          onPower={() => send({ type: 'TOKEN_POWER' })}
          onKey={(key) => send({ type: 'TOKEN_KEY', key })}
        />
        {token.mode === 'pin-wrong' || token.mode === 'locked' ? (
          <p className="token-panel__note">
            <PracticeMark t={t} /> {t(token.mode === 'locked' ? 'sim.challenge-login.token.locked' : 'sim.challenge-login.token.pinWrong')}
          </p>
        ) : null}
      </div>
      <p className="token-panel__help">{t('sim.challenge-login.token.help')}</p>
      {token.mode === 'locked' ? (
        <button type="button" className="btn btn--small" onClick={() => send({ type: 'TOKEN_UNLOCK' })}>
          {t('sim.challenge-login.token.unlock')}
        </button>
      ) : null}
    </div>
  );
}
