import type { Platform } from '../../../flows/kit/flow';

/** The devices a phone frame can draw. */
export type PhonePlatform = Extract<Platform, 'ios' | 'android'>;
