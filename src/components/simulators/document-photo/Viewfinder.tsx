import { useEffect, useRef } from 'react';
import { framingOf } from '../../../flows/document-photo/document-photo.quality';
import { viewSize } from '../../../flows/document-photo/document-photo.scene';
import type { UiKey } from '../../../i18n/t';
import type { ViewContext } from './context';
import { useGestures } from './gestures';
import { drawShot } from './scene-draw';

/** Canvas pixels of the viewfinder (3:4); CSS decides its size on screen. */
const WIDTH = 600;
const HEIGHT = 800;
/** How often a shaky hand moves the live picture, and how far (canvas pixels). */
const SHAKE_MS = 110;
const SHAKE_PX = 5;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** What the camera sees, in words, for screen readers (the canvas itself is a picture). */
function description({ state }: ViewContext): UiKey {
  if (state.camera.lens === 'front') return 'sim.document-photo.camera.seesFront';
  const framing = framingOf(state.camera.frame);
  return framing === 'good' ? 'sim.document-photo.camera.seesPage' : framing === 'cutOff' ? 'sim.document-photo.camera.seesPart' : 'sim.document-photo.camera.seesSmall';
}

/**
 * The live picture. Drag it (or use the arrow keys while it has focus) to move the phone over
 * the desk; pinch, Ctrl + wheel or + and − bring the phone closer or further away.
 */
export function Viewfinder(ctx: ViewContext) {
  const { state, send, t, figure, text, onDrawn } = ctx;
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const surface = useRef<HTMLDivElement | null>(null);
  const { lens, frame, conditions } = state.camera;
  const shaky = conditions.shaky && lens === 'rear' && !figure;

  useEffect(() => {
    const element = canvas.current;
    if (element === null) return;
    const shot = { lens, frame, conditions };
    drawShot(element, shot, text);
    onDrawn('viewfinder');
    if (!shaky || reducedMotion()) return;
    const id = setInterval(() => drawShot(element, shot, text, { dx: (Math.random() - 0.5) * 2 * SHAKE_PX, dy: (Math.random() - 0.5) * 2 * SHAKE_PX }), SHAKE_MS);
    return () => clearInterval(id);
  }, [lens, frame, conditions, text, shaky, onDrawn]);

  const gestures = useGestures(surface, {
    onDrag: (dx, dy) => {
      const { width, height } = viewSize(frame.zoom);
      send({ type: 'MOVE', dx: -dx * width, dy: -dy * height });
    },
    onZoom: (by) => send({ type: 'ZOOM', by }),
  });

  return (
    <div
      ref={surface}
      className="dp-view"
      role="group"
      tabIndex={0}
      aria-roledescription={t('sim.document-photo.camera.viewfinderRole')}
      aria-label={t('sim.document-photo.camera.viewfinder')}
      aria-describedby="sim-dp-sees sim-dp-view-keys"
      {...gestures}
    >
      <canvas ref={canvas} className="dp-view__canvas" width={WIDTH} height={HEIGHT} aria-hidden="true" />
      <p className="sim-sr-only" id="sim-dp-sees">
        {t(description(ctx))}
      </p>
      <p className="sim-sr-only" id="sim-dp-view-keys">
        {t('sim.document-photo.camera.keys')}
      </p>
    </div>
  );
}
