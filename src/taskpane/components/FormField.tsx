/** One labelled wizard input with its default and source in the hint, and its inline error. */
import { Field, Input, Select } from "@fluentui/react-components";
import { KIND_UNIT } from "../../model/fieldKinds";
import { FieldDef } from "../form/fields";
import { currencySymbol, formatMoney } from "../format";
import { displayValue, isPercentInput } from "../form/formState";

export const inputId = (key: string): string => `f-${key.replace(/[^A-Za-z0-9]+/g, "-")}`;

/** "Default 42%", "Default $0", "Default 24 months", a choice's label, or "" where there is none. */
export function defaultText(def: Pick<FieldDef, "kind" | "defaultValue" | "options">, currency: string): string {
  const v = def.defaultValue;
  if (v === undefined || v === "") return "";
  const unit = def.kind === "percentAny" ? "%" : def.kind === "number" ? null : KIND_UNIT[def.kind];
  switch (unit) {
    case "%":
      return `Default ${displayValue(def.kind, v)}%`;
    case "currency":
      return `Default ${formatMoney(Number(v), currency)}`;
    case "months":
    case "years":
      return `Default ${v} ${unit}`;
    default:
      return `Default ${def.options?.find((o) => o.value === v)?.label ?? v}`;
  }
}

export interface FormFieldProps {
  def: FieldDef;
  /** Key of the value and of the error (the profile path for scalar fields). */
  fieldKey: string;
  value: string;
  error?: string;
  currency: string;
  /** Overrides the hint (default + source). */
  hint?: string;
  onChange(key: string, value: string): void;
  onBlur(key: string): void;
}

export function FormField({ def, fieldKey, value, error, currency, hint, onChange, onBlur }: FormFieldProps) {
  const id = inputId(fieldKey);
  const dflt = defaultText(def, currency);
  const hintText = hint ?? (dflt ? `${dflt}. ${def.source}` : def.source);
  const common = { id, onBlur: () => onBlur(fieldKey) };
  let control;
  if (def.options) {
    // A value read back from outside the list is shown, so the user sees what is there.
    const list = value && !def.options.some((o) => o.value === value) ? [{ value, label: value }, ...def.options] : def.options;
    control = (
      <Select {...common} value={value} onChange={(_, d) => onChange(fieldKey, d.value)}>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
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
        contentAfter={isPercentInput(def.kind) ? <span aria-hidden="true">%</span> : undefined}
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
