/**
 * Draws what the practice camera sees on a canvas: a wooden desk with a pen, a cup and the
 * page (its text in the reader's language), or, with the front lens, the reader's own face.
 * The same drawing makes the viewfinder and the photo; the conditions are drawn from the
 * flow's own measures (brightness, the shadow's ellipse, the blur), so what the reader sees
 * is what the practice check judges. Deterministic: the same shot always gives the same image.
 */
import { measure } from '../../../flows/document-photo/document-photo.quality';
import { PAGE, shadowEllipse, viewRect } from '../../../flows/document-photo/document-photo.scene';
import type { Shot } from '../../../flows/document-photo/document-photo.types';

export type SceneShot = Pick<Shot, 'lens' | 'frame' | 'conditions'>;

/** The page's text: a title and a few lines, in the reader's language. */
export interface PageText {
  title: string;
  lines: readonly string[];
}

type Ctx = CanvasRenderingContext2D;

function drawDesk(ctx: Ctx) {
  ctx.fillStyle = '#8a5a34';
  ctx.fillRect(0, 0, 1200, 1600);
  ctx.strokeStyle = 'rgba(60, 35, 15, 0.35)';
  ctx.lineWidth = 3;
  for (let y = 30; y < 1600; y += 58) {
    ctx.beginPath();
    for (let x = 0; x <= 1200; x += 40) ctx.lineTo(x, y + 9 * Math.sin(x / 130 + y / 90));
    ctx.stroke();
  }
  // A pen and a cup, so the picture has something besides the page.
  ctx.save();
  ctx.translate(220, 1320);
  ctx.rotate(-0.5);
  ctx.fillStyle = '#1f3b73';
  ctx.fillRect(-150, -9, 300, 18);
  ctx.fillStyle = '#c9ced6';
  ctx.fillRect(150, -9, 26, 18);
  ctx.restore();
  ctx.fillStyle = '#e9e4da';
  ctx.beginPath();
  ctx.arc(230, 330, 95, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = '#5b3a1e';
  ctx.beginPath();
  ctx.arc(230, 330, 72, 0, 2 * Math.PI);
  ctx.fill();
}

function drawPage(ctx: Ctx, text: PageText) {
  const { x0, y0, x1, y1 } = PAGE;
  ctx.fillStyle = 'rgba(0, 0, 0, 0.25)';
  ctx.fillRect(x0 + 8, y0 + 10, x1 - x0, y1 - y0);
  ctx.fillStyle = '#fbfbf8';
  ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
  ctx.fillStyle = '#15181d';
  ctx.textBaseline = 'top';
  ctx.font = 'bold 30px system-ui, sans-serif';
  ctx.fillText(text.title, x0 + 40, y0 + 50, x1 - x0 - 80);
  ctx.fillRect(x0 + 40, y0 + 98, x1 - x0 - 80, 3);
  ctx.font = '19px system-ui, sans-serif';
  text.lines.forEach((line, i) => ctx.fillText(line, x0 + 40, y0 + 130 + i * 36, x1 - x0 - 80));
  // Paragraphs of small print, drawn as grey lines.
  ctx.fillStyle = '#8d939c';
  for (let i = 0; i < 14; i++) {
    const width = (x1 - x0 - 80) * (i % 5 === 4 ? 0.55 : 0.92 - (i % 3) * 0.06);
    ctx.fillRect(x0 + 40, y0 + 150 + text.lines.length * 36 + i * 26 + Math.floor(i / 5) * 18, width, 9);
  }
  ctx.strokeStyle = '#15181d';
  ctx.lineWidth = 2;
  ctx.strokeRect(x1 - 230, y1 - 120, 190, 70);
}

/** The front lens: a ceiling light and the reader's head and shoulders, the wrong picture for a document. */
function drawSelfie(ctx: Ctx, w: number, h: number) {
  const sky = ctx.createLinearGradient(0, 0, 0, h);
  sky.addColorStop(0, '#d9dde3');
  sky.addColorStop(1, '#9aa3ad');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#fff8d6';
  ctx.beginPath();
  ctx.ellipse(w * 0.78, h * 0.12, w * 0.12, h * 0.04, 0, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = '#3f4650';
  ctx.beginPath();
  ctx.ellipse(w / 2, h * 1.02, w * 0.46, h * 0.3, 0, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = '#c99a7a';
  ctx.beginPath();
  ctx.ellipse(w / 2, h * 0.5, w * 0.22, h * 0.2, 0, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = '#2b211c';
  ctx.beginPath();
  ctx.ellipse(w / 2, h * 0.42, w * 0.235, h * 0.15, 0, Math.PI, 2 * Math.PI);
  ctx.fill();
}

/** The picture before light and blur: desk units mapped onto the canvas. */
function drawSharp(ctx: Ctx, w: number, h: number, shot: SceneShot, text: PageText, jitter: { dx: number; dy: number }) {
  if (shot.lens === 'front') return drawSelfie(ctx, w, h);
  const view = viewRect(shot.frame);
  const scale = w / (view.x1 - view.x0);
  ctx.save();
  ctx.translate(jitter.dx, jitter.dy);
  ctx.scale(scale, scale);
  ctx.translate(-view.x0, -view.y0);
  drawDesk(ctx);
  drawPage(ctx, text);
  if (shot.conditions.shadow) {
    // A soft-edged ellipse: darkest in the middle, fading out at its rim.
    const { cx, cy, rx, ry } = shadowEllipse(shot.frame);
    ctx.save();
    ctx.translate(cx, cy);
    ctx.scale(rx, ry);
    const soft = ctx.createRadialGradient(0, 0, 0, 0, 0, 1);
    soft.addColorStop(0, 'rgba(10, 10, 20, 0.55)');
    soft.addColorStop(0.8, 'rgba(10, 10, 20, 0.45)');
    soft.addColorStop(1, 'rgba(10, 10, 20, 0)');
    ctx.fillStyle = soft;
    ctx.beginPath();
    ctx.arc(0, 0, 1, 0, 2 * Math.PI);
    ctx.fill();
    ctx.restore();
  }
  ctx.restore();
}

/** Draws the shot onto `canvas` at its pixel size; `jitter` moves it (a live, shaky viewfinder). */
export function drawShot(canvas: HTMLCanvasElement, shot: SceneShot, text: PageText, jitter = { dx: 0, dy: 0 }): void {
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const { width: w, height: h } = canvas;
  const m = measure(shot);
  ctx.clearRect(0, 0, w, h);
  if (m.blur > 0 && shot.lens === 'rear') {
    // Motion blur: the same picture, moved along the shake, averaged.
    const steps = 7;
    const reach = m.blur * w;
    const layer = document.createElement('canvas');
    layer.width = w;
    layer.height = h;
    const layerCtx = layer.getContext('2d');
    if (layerCtx === null) return;
    drawSharp(layerCtx, w, h, shot, text, jitter);
    for (let i = 0; i < steps; i++) {
      const t = i / (steps - 1) - 0.5;
      ctx.globalAlpha = 1 / (i + 1);
      ctx.drawImage(layer, t * reach, t * reach * 0.6);
    }
    ctx.globalAlpha = 1;
  } else {
    drawSharp(ctx, w, h, shot, text, jitter);
  }
  if (m.brightness < 1) {
    ctx.fillStyle = `rgba(0, 0, 10, ${(1 - m.brightness).toFixed(2)})`;
    ctx.fillRect(0, 0, w, h);
  }
}
