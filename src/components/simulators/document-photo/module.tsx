/** The document-photo simulator: its flow and its screens, loaded on demand by the registry. */
import styles from './document-photo.css?url';
import { documentPhotoFlow } from '../../../flows/document-photo/document-photo.flow';
import { defineFlowModule } from '../kit/types';
import { DocumentPhotoView } from './DocumentPhotoView';

export default defineFlowModule({ flow: documentPhotoFlow, View: DocumentPhotoView, styles: [styles] });
