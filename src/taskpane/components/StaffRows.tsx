/**
 * The in-house team: one group per role (role, salary each, headcount), added and removed by the
 * user, up to STAFF_ROW_CAP rows. Each row is memoized and gets only its own errors and stable
 * callbacks, so a keystroke re-renders one row, not a thousand.
 */
import { Body1, Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { STAFF_FIELDS, STAFF_ROW_CAP, StaffColumn } from "../form/fields";
import { STAFF_LIST_KEY, StaffRowState, staffKey } from "../form/formState";
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
  cap: { color: tokens.colorNeutralForeground2 },
  listError: { color: tokens.colorPaletteRedForeground1 },
});

/** Shown at the cap: what to do instead of adding one more row. */
export const staffCapMessage = (cap: number): string =>
  `${cap.toLocaleString("en-US")} staff rows is the most a workbook takes. Combine roles paid the same into one row and set its headcount.`;

export interface StaffRowsProps {
  rows: StaffRowState[];
  /** The most rows; Add is disabled there, with a message (STAFF_ROW_CAP unless a test says otherwise). */
  cap?: number;
  currency: string;
  errors: Map<string, string>;
  onChange(rowKey: number, col: StaffColumn, value: string): void;
  onBlur(key: string): void;
  onAdd(): void;
  onRemove(rowKey: number): void;
}

interface StaffRowProps {
  row: StaffRowState;
  index: number;
  currency: string;
  roleError?: string;
  salaryError?: string;
  countError?: string;
  onChange: StaffRowsProps["onChange"];
  onBlur: StaffRowsProps["onBlur"];
  onRemove: StaffRowsProps["onRemove"];
}

const StaffRow = memo(function StaffRow({ row, index, currency, roleError, salaryError, countError, onChange, onBlur, onRemove }: StaffRowProps) {
  const s = useStyles();
  const cell = (col: StaffColumn, error: string | undefined, hint: string, numeric: boolean) => {
    const key = staffKey(row.key, col);
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
  const name = row.role.trim() || STAFF_FIELDS.role.defaultValue;
  return (
    <fieldset className={s.row}>
      <legend className={s.legend}>{`Staff row ${index + 1}`}</legend>
      {cell("role", roleError, `Default “${STAFF_FIELDS.role.defaultValue}”.`, false)}
      <div className={s.pair}>
        {cell("salary", salaryError, `Per person, per year. Default ${formatMoney(Number(STAFF_FIELDS.salary.defaultValue), currency)}.`, true)}
        {cell("count", countError, `Default ${STAFF_FIELDS.count.defaultValue}.`, true)}
      </div>
      <Button className={s.remove} appearance="subtle" size="small" onClick={() => onRemove(row.key)} aria-label={`Remove staff row ${index + 1} (${name})`}>
        Remove
      </Button>
    </fieldset>
  );
});

export function StaffRows({ rows, cap = STAFF_ROW_CAP, currency, errors, onChange, onBlur, onAdd, onRemove }: StaffRowsProps) {
  const s = useStyles();
  const full = rows.length >= cap;
  const listError = errors.get(STAFF_LIST_KEY);
  return (
    <div className={s.list}>
      {listError && (
        <Body1 id={inputId(STAFF_LIST_KEY)} className={s.listError} role="alert" tabIndex={-1}>
          {listError}
        </Body1>
      )}
      {rows.map((row, i) => (
        <StaffRow
          key={row.key}
          row={row}
          index={i}
          currency={currency}
          roleError={errors.get(staffKey(row.key, "role"))}
          salaryError={errors.get(staffKey(row.key, "salary"))}
          countError={errors.get(staffKey(row.key, "count"))}
          onChange={onChange}
          onBlur={onBlur}
          onRemove={onRemove}
        />
      ))}
      {full && (
        <Body1 id="staff-cap" className={s.cap}>
          {staffCapMessage(cap)}
        </Body1>
      )}
      <Button id="add-staff-row" onClick={onAdd} disabledFocusable={full} aria-describedby={full ? "staff-cap" : undefined}>
        Add staff row
      </Button>
    </div>
  );
}
