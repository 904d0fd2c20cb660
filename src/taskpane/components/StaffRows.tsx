/** The in-house team: one group per role (role, salary each, headcount), added and removed by the user. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { STAFF_FIELDS, StaffColumn } from "../form/fields";
import { StaffRowState, staffKey } from "../form/formState";
import { currencySymbol, formatMoney } from "../format";
import { inputId } from "./FormField";

const useStyles = makeStyles({
  row: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px 10px 10px",
    margin: 0,
    display: "grid",
    gap: "8px",
    minWidth: 0,
  },
  legend: { padding: "0 4px", fontWeight: tokens.fontWeightSemibold },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)", gap: "8px", alignItems: "start" },
  remove: { justifySelf: "end" },
  // Inputs shrink with their half of the row instead of keeping their intrinsic width.
  input: { width: "100%", minWidth: 0 },
  list: { display: "grid", gap: "10px" },
});

export interface StaffRowsProps {
  rows: StaffRowState[];
  currency: string;
  errors: Map<string, string>;
  onChange(rowKey: number, col: StaffColumn, value: string): void;
  onBlur(key: string): void;
  onAdd(): void;
  onRemove(rowKey: number): void;
}

export function StaffRows({ rows, currency, errors, onChange, onBlur, onAdd, onRemove }: StaffRowsProps) {
  const s = useStyles();
  const cell = (row: StaffRowState, col: StaffColumn, hint: string, numeric: boolean) => {
    const key = staffKey(row.key, col);
    const error = errors.get(key);
    return (
      <Field label={STAFF_FIELDS[col].label} hint={hint} validationState={error ? "error" : "none"} validationMessage={error}>
        <Input
          className={s.input}
          id={inputId(key)}
          value={row[col]}
          placeholder={String(STAFF_FIELDS[col].defaultValue)}
          inputMode={numeric ? "decimal" : undefined}
          autoComplete="off"
          contentBefore={col === "salary" ? <span aria-hidden="true">{currencySymbol(currency)}</span> : undefined}
          onChange={(_, d) => onChange(row.key, col, d.value)}
          onBlur={() => onBlur(key)}
        />
      </Field>
    );
  };
  return (
    <div className={s.list}>
      {rows.map((row, i) => {
        const name = row.role.trim() || STAFF_FIELDS.role.defaultValue;
        return (
          <fieldset key={row.key} className={s.row}>
            <legend className={s.legend}>{`Staff row ${i + 1}`}</legend>
            {cell(row, "role", `Default “${STAFF_FIELDS.role.defaultValue}”.`, false)}
            <div className={s.pair}>
              {cell(row, "salary", `Per person, per year. Default ${formatMoney(Number(STAFF_FIELDS.salary.defaultValue), currency)}.`, true)}
              {cell(row, "count", `Default ${STAFF_FIELDS.count.defaultValue}.`, true)}
            </div>
            <Button className={s.remove} appearance="subtle" size="small" onClick={() => onRemove(row.key)} aria-label={`Remove staff row ${i + 1} (${name})`}>
              Remove
            </Button>
          </fieldset>
        );
      })}
      <Button id="add-staff-row" onClick={onAdd}>
        Add staff row
      </Button>
    </div>
  );
}
