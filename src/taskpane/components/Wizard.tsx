/**
 * The Smartsource wizard: Company → In-house team → CIO → Outsourcing quote → Returns and
 * targets → Review and build; in Excel, "Share this workbook" below. Host work (build, read-back,
 * prepare for sharing) comes in through `actions`.
 */
import { Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle1, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { FormEvent, Fragment, lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { PaneActions, errorMessage } from "../actions";
import { ProfileInput } from "../../model/profile";
import { FIELDS, STAFF_ROW_CAP, STEPS, StaffColumn, StepId, stepOfPath } from "../form/fields";
import { FieldKey, FormState, formFromProfileInput, initialForm, newStaffRow, staffKey, validate } from "../form/formState";
import { FormField, inputId } from "./FormField";
import { LiveSummary } from "./LiveSummary";
import type { Problem } from "./ReviewStep";
import { StaffRows } from "./StaffRows";
import { StepProgress } from "./StepProgress";
import { TargetsSection } from "./TargetsSection";

const ReviewStep = lazy(() => import(/* webpackChunkName: "review-step" */ "./ReviewStep"));
const SharingPanel = lazy(() => import(/* webpackChunkName: "sharing-panel" */ "./SharingPanel"));

const useStyles = makeStyles({
  root: { boxSizing: "border-box", maxWidth: "560px", margin: "0 auto", padding: "12px 14px 20px", display: "grid", gap: "12px" },
  brand: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: "8px" },
  brandTitle: { margin: 0 },
  form: { display: "grid", gap: "14px", minWidth: 0 },
  heading: { ...typographyStyles.title3, margin: 0, outlineStyle: "none", ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
  intro: { marginTop: "-8px", color: tokens.colorNeutralForeground2 },
  section: { ...typographyStyles.subtitle2, margin: "4px 0 -4px" },
  nav: { display: "flex", justifyContent: "space-between", gap: "8px", paddingTop: "4px" },
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

type Notice = { intent: "info" | "warning"; text: string; pending?: ProfileInput };

export interface WizardProps {
  /** null while the host is being detected. */
  actions: PaneActions | null;
  /** Starting form (tests); the schema defaults otherwise. */
  initial?: FormState;
  /** The most staff rows (the profile's limit; tests pass a small one to reach it quickly). */
  staffRowCap?: number;
}

/** The step each error key belongs to. */
function stepOfKey(key: FieldKey): StepId {
  return key.startsWith("staff:") ? "team" : stepOfPath(key);
}

export function Wizard({ actions, initial, staffRowCap = STAFF_ROW_CAP }: WizardProps) {
  const s = useStyles();
  const [form, setForm] = useState<FormState>(() => initial ?? initialForm());
  const [touched, setTouched] = useState<ReadonlySet<FieldKey>>(new Set());
  const [step, setStep] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [reading, setReading] = useState(false);
  const [alreadyBuilt, setAlreadyBuilt] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const dirty = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const firstRender = useRef(true);

  const { profile, errors } = useMemo(() => validate(form), [form]);
  const currency = profile?.company.currency ?? (/^[A-Z]{3}$/.test(form.values["company.currency"]) ? form.values["company.currency"] : "USD");
  const visibleErrors = useMemo(() => new Map([...errors].filter(([k]) => touched.has(k))), [errors, touched]);
  const invalidSteps = useMemo(() => new Set([...visibleErrors.keys()].map((k) => STEPS.findIndex((x) => x.id === stepOfKey(k)))), [visibleErrors]);
  const current = STEPS[step];

  // Excel: read the inputs of a workbook built before, so the CFO edits and rebuilds.
  useEffect(() => {
    const readBack = actions?.readBack;
    if (!readBack) return;
    let live = true;
    setReading(true);
    readBack()
      .then((input) => {
        if (!live || !input) return;
        setAlreadyBuilt(true);
        if (dirty.current) {
          setNotice({ intent: "info", text: "This workbook holds Smartsource inputs from an earlier build.", pending: input });
        } else {
          loadInput(input);
        }
      })
      .catch((e) => live && setNotice({ intent: "warning", text: `Could not read the inputs back from this workbook: ${errorMessage(e)} The wizard starts from the defaults.` }))
      .finally(() => live && setReading(false));
    return () => {
      live = false;
    };
  }, [actions]);

  function loadInput(input: ProfileInput) {
    const next = formFromProfileInput(input);
    setForm(next);
    // Show at once whatever in the stored inputs is invalid.
    setTouched(new Set(validate(next).errors.keys()));
    setNotice({ intent: "info", text: "Inputs read back from this workbook. Edit them and rebuild: your tracked rows are kept." });
  }

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  useEffect(() => {
    if (focusAfterRender.current) {
      document.getElementById(focusAfterRender.current)?.focus();
      focusAfterRender.current = null;
    }
  });

  // Stable callbacks (they read the latest form through a ref), so memoized staff rows re-render
  // only when their own row changes: typing stays quick at a thousand rows.
  const formRef = useRef(form);
  formRef.current = form;
  const update = useCallback((change: (f: FormState) => FormState) => {
    dirty.current = true;
    setForm(change);
  }, []);
  const setValue = useCallback((key: string, value: string) => update((f) => ({ ...f, values: { ...f.values, [key]: value } })), [update]);
  const setStaff = useCallback(
    (rowKey: number, col: StaffColumn, value: string) => update((f) => ({ ...f, staff: f.staff.map((r) => (r.key === rowKey ? { ...r, [col]: value } : r)) })),
    [update],
  );
  const touch = useCallback((key: FieldKey) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key))), []);
  const addRow = useCallback(() => {
    const count = formRef.current.staff.length;
    if (count >= staffRowCap) return;
    const row = newStaffRow();
    focusAfterRender.current = inputId(staffKey(row.key, "role"));
    // The cap is checked again in the update: clicks queued in one frame must not pass it.
    update((f) => (f.staff.length >= staffRowCap ? f : { ...f, staff: [...f.staff, row] }));
    setAnnouncement(`Staff row ${count + 1} added`);
  }, [update, staffRowCap]);
  const removeRow = useCallback(
    (rowKey: number) => {
      const index = formRef.current.staff.findIndex((r) => r.key === rowKey);
      focusAfterRender.current = "add-staff-row";
      update((f) => ({ ...f, staff: f.staff.filter((r) => r.key !== rowKey) }));
      setAnnouncement(`Staff row ${index + 1} removed`);
    },
    [update],
  );

  /** Next: moves on only when this step is valid; otherwise shows its errors and focuses the first. */
  function next() {
    const bad = [...errors.keys()].filter((k) => stepOfKey(k) === current.id);
    if (bad.length === 0) return setStep(step + 1);
    setTouched((t) => new Set([...t, ...bad]));
    focusAfterRender.current = inputId(bad[0]);
    setAnnouncement(`Fix ${bad.length === 1 ? "1 field" : `${bad.length} fields`} on this step to continue`);
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (step < STEPS.length - 1) next();
  };

  const problems: Problem[] = [...errors].map(([key, message]) => ({ key, message, step: stepOfKey(key) }));
  const field = (path: string) => (
    <FormField
      key={path}
      def={FIELDS[path]}
      fieldKey={path}
      value={form.values[path] ?? ""}
      error={visibleErrors.get(path)}
      currency={currency}
      onChange={setValue}
      onBlur={touch}
    />
  );

  return (
    <main className={s.root}>
      <header className={s.brand}>
        <Subtitle1 as="h1" className={s.brandTitle}>
          Smartsource
        </Subtitle1>
        <Caption1>{actions?.host === "excel" ? "Excel" : actions ? "Web app" : ""}</Caption1>
      </header>
      <StepProgress current={step} invalid={invalidSteps} onGo={setStep} />
      {reading && <Spinner size="tiny" label="Reading the inputs of this workbook…" />}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
          {notice.pending && (
            <MessageBarActions>
              <Button size="small" onClick={() => notice.pending && loadInput(notice.pending)}>
                Load them
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <form className={s.form} onSubmit={onSubmit} noValidate aria-labelledby="step-heading">
        <h2 id="step-heading" className={s.heading} ref={headingRef} tabIndex={-1}>
          {current.title}
        </h2>
        <Body1 className={s.intro}>{current.intro}</Body1>
        {current.id === "team" && (
          <StaffRows rows={form.staff} cap={staffRowCap} currency={currency} errors={visibleErrors} onChange={setStaff} onBlur={touch} onAdd={addRow} onRemove={removeRow} />
        )}
        {current.fields.map((path) => {
          const section = current.sections?.find((x) => x.from === path);
          return section ? (
            <Fragment key={path}>
              <h3 className={s.section}>{section.title}</h3>
              {field(path)}
            </Fragment>
          ) : (
            field(path)
          );
        })}
        {current.id === "returns" && <TargetsSection values={form.values} errors={visibleErrors} currency={currency} onChange={setValue} onBlur={touch} />}
        {current.id === "review" ? (
          <Suspense fallback={<Spinner size="small" label="Loading the review…" />}>
            <ReviewStep profile={profile} problems={problems} actions={actions} alreadyBuilt={alreadyBuilt} onGoToStep={(id) => setStep(STEPS.findIndex((x) => x.id === id))} />
          </Suspense>
        ) : (
          <LiveSummary profile={profile} topic={current.id === "cio" ? "cio" : "tco"} />
        )}
        <div className={s.nav}>
          <Button type="button" disabled={step === 0} onClick={() => setStep(step - 1)}>
            Back
          </Button>
          {step < STEPS.length - 1 && (
            <Button type="submit" appearance="primary">
              Next
            </Button>
          )}
        </div>
      </form>
      {actions?.host === "excel" && actions.prepareForSharing && (
        <Suspense fallback={null}>
          <SharingPanel actions={actions} />
        </Suspense>
      )}
      <div className={s.srOnly} role="status" aria-live="polite">
        {announcement}
      </div>
    </main>
  );
}
