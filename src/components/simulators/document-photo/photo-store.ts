/**
 * The photos the practice camera took, as real images: the shot drawn on a canvas, turned into
 * a JPEG blob, kept in this tab's memory behind an object URL, and decoded for drawing. Nothing
 * is uploaded or stored: a reload (or a state resumed after a language switch) draws the photo
 * again from what the camera saw, which gives the same image.
 */
import { useEffect, useState } from 'react';
import type { Shot } from '../../../flows/document-photo/document-photo.types';
import { drawShot, type PageText } from './scene-draw';

/** The photo's pixel size (3:4, as the camera sees). */
export const PHOTO_WIDTH = 900;
export const PHOTO_HEIGHT = 1200;
const KEEP = 16;

export interface Photo {
  key: string;
  blob: Blob;
  url: string;
  image: HTMLImageElement;
}

const photos = new Map<string, Photo>();
const pending = new Map<string, Promise<Photo>>();

/** Photos are keyed by what they show (ids restart when the practice starts again). */
export const photoKey = (shot: Shot, text: PageText) => JSON.stringify([shot.lens, shot.frame, shot.conditions, text.title, text.lines]);

function keep(photo: Photo) {
  photos.set(photo.key, photo);
  for (const [key, old] of photos) {
    if (photos.size <= KEEP) break;
    URL.revokeObjectURL(old.url);
    photos.delete(key);
  }
}

async function capture(shot: Shot, text: PageText, key: string): Promise<Photo> {
  const canvas = document.createElement('canvas');
  canvas.width = PHOTO_WIDTH;
  canvas.height = PHOTO_HEIGHT;
  drawShot(canvas, shot, text);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no image'))), 'image/jpeg', 0.9));
  const url = URL.createObjectURL(blob);
  const image = new Image();
  image.src = url;
  await image.decode();
  const photo = { key, blob, url, image };
  keep(photo);
  return photo;
}

/** The photo of `shot`, made once and then kept; null while it is being made. */
export function usePhoto(shot: Shot | undefined, text: PageText): Photo | null {
  const key = shot === undefined ? null : photoKey(shot, text);
  const [photo, setPhoto] = useState<Photo | null>(() => (key === null ? null : (photos.get(key) ?? null)));
  useEffect(() => {
    if (shot === undefined || key === null) return;
    const known = photos.get(key);
    if (known) {
      setPhoto(known);
      return;
    }
    let cancelled = false;
    const making = pending.get(key) ?? capture(shot, text, key).finally(() => pending.delete(key));
    pending.set(key, making);
    void making.then(
      (made) => !cancelled && setPhoto(made),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
    // `key` stands for the shot and the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return photo !== null && photo.key === key ? photo : null;
}
