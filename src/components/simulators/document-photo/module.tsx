/** The document-photo simulator: its flow and its screens, loaded on demand by the registry. */
import './document-photo.css';
import { documentPhotoFlow } from '../../../flows/document-photo/document-photo.flow';
import { defineFlowModule } from '../kit/types';
import { DocumentPhotoView } from './DocumentPhotoView';

export default defineFlowModule({ flow: documentPhotoFlow, View: DocumentPhotoView });
