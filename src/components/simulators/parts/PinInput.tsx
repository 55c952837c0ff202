import { CodeInput } from './CodeInput';

export interface PinInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  hint?: string | undefined;
  problem?: string | undefined;
}

/** PIN field: digits keyboard, masked. Length is bounded by `maxLength`; the 4–6 digit rule is the flow's. */
export function PinInput(props: PinInputProps) {
  return <CodeInput {...props} className="field--pin" type="password" inputMode="numeric" />;
}
