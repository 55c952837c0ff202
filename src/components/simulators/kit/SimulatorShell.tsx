import { useEffect, useMemo, useState } from 'react';
import type { FlowStateBase, Message } from '../../../flows/kit/flow';
import { seededIO } from '../../../flows/kit/replay';
import type { Locale } from '../../../i18n/locales';
import { formatter } from '../../../i18n/format';
import { browserIO } from './browser-io';
import { loadPractice, saveAccount, sessionStore } from './practice-store';
import { startState, type StartRequest, type Started } from './start';
import type { FlowModule } from './types';
import { useFlowRunner } from './use-flow-runner';
import { ShellHeader } from './ShellHeader';
import { loadSimStrings } from 'virtual:sim-strings';

type Strings = Record<string, string>;

export interface SimulatorShellProps {
  module: FlowModule;
  lang: Locale;
  /** The flow's strings in the page's language (the other language is fetched if the reader switches the device's). */
  strings: Strings;
  request: StartRequest;
}

/** The day every figure is taken on (a Monday), so dates in figures never change. */
const FIGURE_DAY = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Starts the flow (a replay may wait for Web Crypto), then runs it. */
export function SimulatorShell({ module, lang, strings, request }: SimulatorShellProps) {
  const t = useMemo(() => formatter(lang, strings), [lang, strings]);
  const store = useMemo(sessionStore, []);
  const [started, setStarted] = useState<Started<FlowStateBase> | null>(null);
  useEffect(() => {
    let cancelled = false;
    // Figures replay with fixed "randomness" on a fixed day, so every build draws the same secrets,
    // codes and dates.
    const io = request.figure ? seededIO() : browserIO;
    const startTime = request.figure ? FIGURE_DAY : Date.now();
    void startState<FlowStateBase>(module.flow, request, loadPractice(store), startTime, io).then((s) => {
      if (cancelled) return;
      // A step replayed on the reader's own account keeps what it changed there (never a scenario account).
      if (s.ownAccount === true) saveAccount(store, s.state.account);
      setStarted(s);
    });
    return () => {
      cancelled = true;
    };
  }, [module, request, store]);
  if (started === null) return <p className="sim__loading">{t('sim.common.loading')}</p>;
  return <RunningSimulator module={module} lang={lang} strings={strings} request={request} started={started} />;
}

/** After a reset the address must not reopen the old state on reload: ?try= goes. */
function forgetTryParam() {
  const url = new URL(location.href);
  if (!url.searchParams.has('try')) return;
  url.searchParams.delete('try');
  history.replaceState(history.state, '', url);
}

/** Where a figure of the requested state is cropped: its panel, and a region inside it. */
function figureTarget(module: FlowModule, name: string | null): string | undefined {
  const named = name === null ? undefined : module.flow.states[name];
  if (named === undefined) return undefined;
  return named.crop === undefined ? `[data-figure="${named.shows}"]` : `[data-figure="${named.shows}"] ${named.crop}`;
}

function RunningSimulator({ module, lang, strings, request, started }: SimulatorShellProps & { started: Started<FlowStateBase> }) {
  const { flow, View } = module;
  const t = useMemo(() => formatter(lang, strings), [lang, strings]);
  const store = useMemo(sessionStore, []);
  const { figure } = request;
  const runner = useFlowRunner(flow, started.state, figure, store, t);
  const { state } = runner;
  const [notice, setNotice] = useState<Message | null>(started.notice);
  const [figureReady, setFigureReady] = useState(false);
  // The reader's phone (and computer) may run in the other language than the page they read.
  const [device, setDevice] = useState<{ lang: Locale; strings: Strings }>({ lang, strings });
  const deviceLang = device.lang;
  const deviceT = useMemo(() => formatter(device.lang, device.strings), [device]);
  const switchDeviceLang = (next: Locale) => {
    if (next === lang) return setDevice({ lang, strings });
    void loadSimStrings(next, flow.id).then((other) => setDevice({ lang: next, strings: other }));
  };

  const attributes = Object.fromEntries(Object.entries(flow.describe(state) as Record<string, string>).map(([k, v]) => [`data-${k}`, v]));
  return (
    <div
      className={`sim${figure ? ' sim--figure' : ''}`}
      data-flow={flow.id}
      data-figure-ready={figure && figureReady ? 'true' : undefined}
      data-figure-target={figure ? figureTarget(module, request.state) : undefined}
      data-pagefind-ignore=""
      {...attributes}
    >
      {figure ? null : (
        <ShellHeader
          flow={flow}
          t={t}
          platform={state.platform}
          account={state.account}
          timer={flow.timer(state)}
          actions={flow.actions?.(state) ?? []}
          onAction={runner.send}
          onPlatform={(platform) => {
            setNotice(null);
            runner.restart(platform, undefined, false);
          }}
          onStart={(start) => {
            setNotice(null);
            runner.restart(state.platform, start, false);
          }}
          onTimer={runner.timer}
          deviceLang={deviceLang}
          onDeviceLang={switchDeviceLang}
          onReset={() => {
            setNotice(null);
            runner.restart(state.platform, undefined, true);
            forgetTryParam();
          }}
        />
      )}
      <View
        state={state}
        send={runner.send}
        now={runner.now}
        io={browserIO}
        t={deviceT}
        lang={deviceLang}
        pageLang={lang}
        figure={figure}
        setFigureReady={setFigureReady}
      />
      {notice ? (
        <p className="sim__status" role="status">
          {t(notice.key, notice.vars)}
        </p>
      ) : null}
      <div className="sim-sr-only" aria-live="polite">
        {runner.announcement}
      </div>
    </div>
  );
}
