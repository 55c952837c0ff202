/** The live FlowIO: randomness from the browser's CSPRNG. Nothing here touches the network. */
import type { FlowIO } from '../../../flows/kit/flow';

export const browserIO: FlowIO = {
  randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
};
