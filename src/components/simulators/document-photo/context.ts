import type { DocumentPhotoEvent, DocumentPhotoState } from '../../../flows/document-photo/document-photo.types';
import type { Translate } from '../../../i18n/t';
import type { PageText } from './scene-draw';

/** What every screen of this flow gets from the view. */
export interface ViewContext {
  state: DocumentPhotoState;
  send: (event: DocumentPhotoEvent) => void;
  t: Translate;
  figure: boolean;
  /** The page's text on the desk, in the reader's language. */
  text: PageText;
  /** A picture the figure waits for has been drawn. */
  onDrawn: (what: string) => void;
}
