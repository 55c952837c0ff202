/**
 * Fixed practice values the scenarios and figures use, so figures never change between
 * builds (the kit replays figures with fixed randomness and a fixed start time).
 */
/** A neutral display name: any name the reader will recognise will do (the seed's example is a person's name; ours is not). */
export const SCENARIO_NAME = 'Home PC';
/** The setup number the scenarios are issued, and a second one (which makes the first stale). */
export const SCENARIO_NUMBER = '418270359164';
export const SCENARIO_NEXT_NUMBER = '730592846118';
/** A mistyped setup number (two digits swapped). */
export const MISTYPED_NUMBER = '418270395164';
