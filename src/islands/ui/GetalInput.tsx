import { useState } from "preact/hooks";
import { getalInvoer, parseGetal } from "../../lib/getal.ts";
import { TextInput } from "./fields.tsx";

type Props = Omit<Parameters<typeof TextInput>[0], "value" | "onInput"> & {
  value: number | null;
  /** The number the field holds now, or null while the text is not (yet) one. */
  onValue: (n: number | null) => void;
  /** Reads the text; also the place for a range ("a year from 2000 to 2100"). Default: any Dutch number. */
  parse?: (raw: string) => number | null;
};

/**
 * A number field that reads Dutch numbers with lib/getal.ts. It keeps the text as typed ("1.234,5",
 * "12,") while that is what the stored number came from, so typing is not rewritten under the cursor;
 * a number that changed elsewhere, or was adjusted (a negative target becomes 0), is shown as stored.
 */
export function GetalInput({ value, onValue, parse = parseGetal, ...props }: Props) {
  const [typed, setTyped] = useState<{ text: string; sent: number | null } | null>(null);
  const keep = typed !== null && typed.sent === value && (value === null || parseGetal(typed.text) === value);
  return (
    <TextInput
      {...props}
      value={keep ? typed.text : getalInvoer(value)}
      onInput={(text) => {
        const sent = parse(text);
        setTyped({ text, sent });
        onValue(sent);
      }}
    />
  );
}
