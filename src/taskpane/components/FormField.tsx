/** One labelled wizard input with its default and source in the hint, and its inline error. */
import { Field, Input, Select } from "@fluentui/react-components";
import { FieldDef } from "../form/fields";
import { currencySymbol, formatMoney } from "../format";
import { displayValue } from "../form/formState";

export const inputId = (key: string): string => `f-${key.replace(/[^A-Za-z0-9]+/g, "-")}`;

/** "Default 42%", "Default $0", "Default 24 months", or "" where there is none. */
export function defaultText(def: Pick<FieldDef, "kind" | "defaultValue">, currency: string): string {
  const v = def.defaultValue;
  if (v === undefined || v === "") return "";
  switch (def.kind) {
    case "percent":
    case "rate":
    case "percentAny":
      return `Default ${displayValue(def.kind, v)}%`;
    case "money":
      return `Default ${formatMoney(Number(v), currency)}`;
    case "months":
      return `Default ${v} months`;
    case "years":
      return `Default ${v} years`;
    default:
      return `Default ${v}`;
  }
}

export interface FormFieldProps {
  def: FieldDef;
  /** Key of the value and of the error (the profile path for scalar fields). */
  fieldKey: string;
  value: string;
  error?: string;
  currency: string;
  /** Currency codes offered when def.kind is "currency". */
  options?: readonly string[];
  /** Overrides the hint (default + source). */
  hint?: string;
  onChange(key: string, value: string): void;
  onBlur(key: string): void;
}

export function FormField({ def, fieldKey, value, error, currency, options, hint, onChange, onBlur }: FormFieldProps) {
  const id = inputId(fieldKey);
  const dflt = defaultText(def, currency);
  const hintText = hint ?? (dflt ? `${dflt}. ${def.source}` : def.source);
  const common = { id, onBlur: () => onBlur(fieldKey) };
  let control;
  if (def.kind === "currency") {
    const list = options && !options.includes(value) && value ? [value, ...options] : (options ?? [value]);
    control = (
      <Select {...common} value={value} onChange={(_, d) => onChange(fieldKey, d.value)}>
        {list.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </Select>
    );
  } else {
    const numeric = def.kind !== "text";
    const placeholder = def.defaultValue === undefined || def.defaultValue === "" ? undefined : displayValue(def.kind === "money" || def.kind === "count" ? "number" : def.kind, def.defaultValue);
    control = (
      <Input
        {...common}
        value={value}
        placeholder={placeholder}
        inputMode={numeric ? "decimal" : undefined}
        autoComplete="off"
        contentBefore={def.kind === "money" ? <span aria-hidden="true">{currencySymbol(currency)}</span> : undefined}
        contentAfter={def.kind === "percent" || def.kind === "rate" || def.kind === "percentAny" ? <span aria-hidden="true">%</span> : undefined}
        onChange={(_, d) => onChange(fieldKey, d.value)}
      />
    );
  }
  return (
    <Field label={def.label} hint={hintText} validationState={error ? "error" : "none"} validationMessage={error}>
      {control}
    </Field>
  );
}
