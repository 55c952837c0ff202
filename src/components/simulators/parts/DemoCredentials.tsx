import { DEMO_PASSWORD } from '../../../flows/services/practice-account';
import type { Translate } from '../../../i18n/t';

/**
 * The pre-filled, read-only demo username and password. The portal and the app both show
 * them: the reader never types real credentials anywhere in a simulator.
 */
export function DemoCredentials({ idPrefix, username, t }: { idPrefix: string; username: string; t: Translate }) {
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-user`}>
          {t('sim.common.username')}
        </label>
        <input id={`${idPrefix}-user`} className="field__input" value={username} readOnly autoComplete="off" spellCheck={false} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-password`}>
          {t('sim.common.password')}
        </label>
        <input id={`${idPrefix}-password`} className="field__input" type="password" value={DEMO_PASSWORD} readOnly autoComplete="off" />
      </div>
    </>
  );
}
