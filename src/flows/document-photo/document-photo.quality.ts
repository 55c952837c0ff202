/**
 * The practice check of a photo, pure: is the whole page in it, is it big enough to read, is it
 * bright enough, is the reader's shadow on it, is it blurred, and was it taken with the rear
 * lens at all. The thresholds are the simulator's own (a real phone judges nothing: the reader
 * does, which is what the guides teach). The drawing of the photo uses the same measures.
 */
import { area, intersect, PAGE, shadowEllipse, viewRect } from './document-photo.scene';
import type { Frame, Shot } from './document-photo.types';

export type ShotProblem = 'wrongLens' | 'cutOff' | 'tooFar' | 'dark' | 'shadow' | 'blurred';
export type Framing = 'good' | 'cutOff' | 'tooFar';

export const QUALITY = {
  /** The share of the page that must be in the picture (all of it, give or take rounding). */
  minCoverage: 0.995,
  /** The share of the picture the page must fill, or its text is too small to read. */
  minFill: 0.4,
  /** Brightness in dim light, and the least that still reads. */
  dimBrightness: 0.3,
  minBrightness: 0.5,
  /** The share of the visible page a shadow may cover. */
  maxShadow: 0.05,
  /** Blur of a shaky hand, as a share of the picture's width per unit of zoom, and the most that still reads. */
  shakeBlur: 0.008,
  maxBlur: 0.004,
} as const;

/** How much of the page is in the picture (0–1), and how much of the picture it fills (0–1). */
export function pageInView(frame: Frame): { coverage: number; fill: number } {
  const view = viewRect(frame);
  const seen = area(intersect(PAGE, view));
  return { coverage: seen / area(PAGE), fill: seen / area(view) };
}

export function framingOf(frame: Frame): Framing {
  const { coverage, fill } = pageInView(frame);
  if (coverage < QUALITY.minCoverage) return 'cutOff';
  return fill < QUALITY.minFill ? 'tooFar' : 'good';
}

const SAMPLES = 24;

/** The share of the visible page under the reader's shadow (sampled on a grid). */
export function shadowOnPage(frame: Frame): number {
  const seen = intersect(PAGE, viewRect(frame));
  if (area(seen) === 0) return 0;
  const { cx, cy, rx, ry } = shadowEllipse(frame);
  let inside = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const x = seen.x0 + ((i + 0.5) / SAMPLES) * (seen.x1 - seen.x0);
      const y = seen.y0 + ((j + 0.5) / SAMPLES) * (seen.y1 - seen.y0);
      if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) inside++;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

export interface ShotMeasures {
  coverage: number;
  fill: number;
  brightness: number;
  shadow: number;
  /** Motion blur as a share of the picture's width. */
  blur: number;
}

export function measure(shot: Pick<Shot, 'frame' | 'conditions'>): ShotMeasures {
  const { frame, conditions } = shot;
  return {
    ...pageInView(frame),
    brightness: conditions.dim ? QUALITY.dimBrightness : 1,
    shadow: conditions.shadow ? shadowOnPage(frame) : 0,
    blur: conditions.shaky ? QUALITY.shakeBlur * frame.zoom : 0,
  };
}

/** Why the photo should be taken again, most basic first; none: it is clear and readable. */
export function judgeShot(shot: Shot): ShotProblem[] {
  if (shot.lens === 'front') return ['wrongLens'];
  const m = measure(shot);
  const problems: ShotProblem[] = [];
  const framing = framingOf(shot.frame);
  if (framing !== 'good') problems.push(framing);
  if (m.brightness < QUALITY.minBrightness) problems.push('dark');
  if (m.shadow > QUALITY.maxShadow) problems.push('shadow');
  if (m.blur > QUALITY.maxBlur) problems.push('blurred');
  return problems;
}

export const isReadable = (shot: Shot): boolean => judgeShot(shot).length === 0;
