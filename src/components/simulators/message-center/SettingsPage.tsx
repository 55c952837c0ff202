import { MESSAGE_CENTER_REASONS } from '../../../flows/message-center/message-center.reasons';
import type { Delivery, LanguageField, SettingsPage as Page } from '../../../flows/message-center/message-center.types';
import { MESSAGE_DELIVERIES, MESSAGE_LANGUAGES } from '../../../flows/services/practice-account';
import { PortalHeading } from '../parts/PortalFrame';
import { PracticeMark } from '../parts/PracticeMark';
import type { ViewContext } from './context';
import { UnsavedWarning } from './UnsavedWarning';

const PROBLEM_ID = 'sim-mc-language-problem';

/** Message settings: the first and second language, the delivery method, Save. */
export function SettingsPage(ctx: ViewContext & { page: Page }) {
  const { send, t, page } = ctx;
  const locked = page.leaving !== undefined;
  return (
    <div className="mc-page">
      <button type="button" className="mc-back" onClick={() => send({ type: 'GO', to: 'inbox' })}>
        {t('sim.message-center.settings.back')}
      </button>
      <PortalHeading>{t('sim.message-center.settings.title')}</PortalHeading>
      {locked ? <UnsavedWarning {...ctx} /> : null}
      <form
        className="mc-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send({ type: 'SAVE' });
        }}
      >
        <p className="portal__text">{t('sim.message-center.settings.intro')}</p>
        <fieldset className="mc-fieldset" data-crop="languages" disabled={locked}>
          <legend>{t('sim.message-center.settings.languages')}</legend>
          <LanguageSelect {...ctx} field="first" />
          <LanguageSelect {...ctx} field="second" />
          {page.problem ? (
            <p className="field__problem" id={PROBLEM_ID}>
              {t(MESSAGE_CENTER_REASONS[page.problem])}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="mc-fieldset" data-crop="delivery" disabled={locked}>
          <legend>{t('sim.message-center.settings.delivery')}</legend>
          {MESSAGE_DELIVERIES.map((value) => (
            <DeliveryChoice key={value} {...ctx} value={value} />
          ))}
          <p className="field__hint">{t('sim.message-center.settings.deliveryHint')}</p>
        </fieldset>
        <p className="mc-note">
          <PracticeMark t={t} /> {t('sim.message-center.settings.choicesPractice')}
        </p>
        {page.saved ? (
          <p className="notice notice--ok" data-crop="saved">
            {t('sim.message-center.settings.saved')}
          </p>
        ) : null}
        <div className="mc-actions">
          <button type="submit" className="btn btn--primary" disabled={locked}>
            {t('sim.message-center.settings.save')}
          </button>
          <button type="button" className="btn" disabled={locked} onClick={() => send({ type: 'GO', to: 'inbox' })}>
            {t('sim.common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

function LanguageSelect({ send, t, page, field }: ViewContext & { page: Page; field: LanguageField }) {
  const id = `sim-mc-${field}`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t(field === 'first' ? 'sim.message-center.settings.first' : 'sim.message-center.settings.second')}
      </label>
      <select
        id={id}
        className="field__input mc-select"
        value={page.form[field]}
        aria-invalid={page.problem ? true : undefined}
        aria-describedby={page.problem ? PROBLEM_ID : undefined}
        onChange={(e) => send({ type: 'CHOOSE_LANGUAGE', field, value: e.currentTarget.value })}
      >
        {MESSAGE_LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`sim.message-center.language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function DeliveryChoice({ send, t, page, value }: ViewContext & { page: Page; value: Delivery }) {
  const id = `sim-mc-delivery-${value}`;
  return (
    <div className="mc-radio">
      <input
        type="radio"
        id={id}
        name="sim-mc-delivery"
        value={value}
        checked={page.form.delivery === value}
        onChange={() => send({ type: 'CHOOSE_DELIVERY', value })}
      />
      <label htmlFor={id}>{t(`sim.message-center.delivery.${value}`)}</label>
    </div>
  );
}
