import { CodeInput } from './CodeInput';

export interface PinInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  problem?: string | undefined;
}

/** PIN field: digits keyboard, masked. Length is bounded; 4–6 digits are checked by the flow. */
export function PinInput(props: PinInputProps) {
  return <CodeInput {...props} className="field--pin" type="password" inputMode="numeric" maxLength={8} />;
}
