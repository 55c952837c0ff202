/**
 * A simulator state is addressed as `<flow>:<state>` everywhere: in MDX (<Figure state=…>),
 * in `?try=`, in figure paths and in tests. No imports, so the build scripts can use it too.
 */
export interface StateRef {
  flow: string;
  state: string;
}

const NAME = '[a-z0-9][a-z0-9-]{0,63}';
const QUALIFIED = new RegExp(`^(${NAME}):(${NAME})$`);
const BARE = new RegExp(`^${NAME}$`);

/** `some-flow:some-state` → { flow: 'some-flow', state: 'some-state' }; null for anything else. */
export function parseStateRef(value: string): StateRef | null {
  const match = QUALIFIED.exec(value);
  return match ? { flow: match[1]!, state: match[2]! } : null;
}

export const formatStateRef = ({ flow, state }: StateRef): string => `${flow}:${state}`;

/** A state name without its flow, as the activation guides' older links (`?try=android-pin`) wrote it. */
export const isBareStateName = (value: string): boolean => BARE.test(value);
