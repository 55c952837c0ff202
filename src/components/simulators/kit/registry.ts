/**
 * Every practice flow: its id (as in `?try=<flow>:<state>` and /<lang>/simulator/<flow>/)
 * and how to load it. A flow's code is a separate chunk, fetched only when a reader opens it.
 * Adding a flow is one line here; nothing else outside its own folders names it.
 */
import type { FlowModule } from './types';

export const registry = {
  enrollment: () => import('../enrollment/module'),
  'challenge-login': () => import('../challenge-login/module'),
  'security-card': () => import('../security-card/module'),
  'smart-otp': () => import('../smart-otp/module'),
  'message-center': () => import('../message-center/module'),
  'document-photo': () => import('../document-photo/module'),
} satisfies Record<string, () => Promise<{ default: FlowModule }>>;

export type FlowId = keyof typeof registry;

export const flowIds = Object.keys(registry) as FlowId[];

export const isFlowId = (value: string): value is FlowId => Object.hasOwn(registry, value);
