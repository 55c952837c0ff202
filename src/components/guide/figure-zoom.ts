// Enlarging a figure: a link to the image without JavaScript; with it, the same image in a
// dialog over the guide (Escape or the button closes it and focus returns to the figure).
const dialog = document.querySelector<HTMLDialogElement>('[data-figure-dialog]');
// The enlarged image is made when first needed: an <img> without a source is invalid HTML.
const image = document.createElement('img');
addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('[data-figure-zoom]');
  const figureImage = link?.querySelector('img');
  if (!link || !dialog || !figureImage) return;
  event.preventDefault();
  // The rendering on screen (light or dark), at full size.
  image.src = figureImage.currentSrc || link.href;
  image.alt = figureImage.alt;
  if (!image.isConnected) dialog.append(image);
  dialog.showModal();
});
