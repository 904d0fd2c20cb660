/**
 * "Share this workbook" (Excel only): choose native formulas or values, confirm, watch progress,
 * read what was changed. The confirmation is inline (not a modal dialog), so it fits a 320 px
 * pane and reads in order; focus moves to it and Escape cancels. Loaded lazily by the wizard.
 */
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { KeyboardEvent, useEffect, useRef, useState } from "react";
import { PaneActions } from "../actions";
import type { SharingMode } from "../../sharing/report";
import { confirmationText, describeSharing, SharingSummary } from "../sharingSummary";
import { HostTaskStatus, useHostTask } from "./HostTask";

const useStyles = makeStyles({
  section: { display: "grid", gap: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "12px", minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  list: { margin: "4px 0 0", paddingLeft: "18px", overflowWrap: "anywhere" },
  listTitle: { display: "block", marginTop: "6px", fontWeight: tokens.fontWeightSemibold },
  confirm: {
    display: "grid",
    gap: "8px",
    padding: "10px 12px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  confirmTitle: { ...typographyStyles.body1Strong, margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

export interface SharingPanelProps {
  actions: PaneActions;
}

export default function SharingPanel({ actions }: SharingPanelProps) {
  const s = useStyles();
  const [mode, setMode] = useState<SharingMode>("native");
  const [confirming, setConfirming] = useState(false);
  const { state, running, run } = useHostTask<SharingSummary>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current && state.kind === "idle") openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming, state.kind]);
  const prepare = actions.prepareForSharing;
  if (!prepare) return null;

  const onConfirmKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      setConfirming(false);
    }
  };

  function confirm() {
    setConfirming(false);
    void run(async (onProgress) => describeSharing(await prepare!(mode, onProgress)));
  }

  return (
    <section className={s.section} aria-labelledby="sharing-heading">
      <h2 id="sharing-heading" className={s.heading}>
        Share this workbook
      </h2>
      <Body1 className={s.intro}>
        People without Smartsource see #NAME? where a cell uses a SMARTSOURCE function. Replace those formulas before you send the workbook.
      </Body1>
      <Field label="Replace SMARTSOURCE formulas with">
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as SharingMode)} disabled={running || confirming}>
          <Radio value="native" label="Native Excel formulas (keep recalculating)" />
          <Radio value="values" label="Their current values (frozen)" />
        </RadioGroup>
      </Field>
      <Button ref={openRef} disabled={running || confirming} onClick={() => setConfirming(true)}>
        Prepare for sharing…
      </Button>
      {confirming && (
        <div className={s.confirm} role="group" aria-labelledby="sharing-confirm-title" aria-describedby="sharing-confirm-text" onKeyDown={onConfirmKey}>
          <h3 id="sharing-confirm-title" className={s.confirmTitle}>
            {mode === "native" ? "Rewrite as native formulas?" : "Freeze to values?"}
          </h3>
          <Body1 id="sharing-confirm-text">{confirmationText(mode)}</Body1>
          <div className={s.actions}>
            <Button ref={confirmRef} appearance="primary" onClick={confirm}>
              {mode === "native" ? "Rewrite formulas" : "Freeze values"}
            </Button>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
          </div>
        </div>
      )}
      <HostTaskStatus state={state} progressLabel="Sharing progress" failedTitle="The workbook was not prepared" />
      {state.kind === "done" && <Report summary={state.result} />}
    </section>
  );
}

function Report({ summary }: { summary: SharingSummary }) {
  const s = useStyles();
  const list = (title: string, items: string[], more: number) =>
    items.length > 0 && (
      <>
        <span className={s.listTitle}>{title}</span>
        <ul className={s.list}>
          {items.map((t) => (
            <li key={t}>{t}</li>
          ))}
          {more > 0 && <li>and {more} more</li>}
        </ul>
      </>
    );
  return (
    <MessageBar intent={summary.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{summary.title}</MessageBarTitle>
        {summary.summary}
        {summary.sheets.length > 0 && (
          <ul className={s.list} aria-label="Changes by sheet">
            {summary.sheets.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
        {list("Frozen (no native formula):", summary.frozen, summary.more.frozen)}
        {list("Left as they were:", summary.left, summary.more.left)}
      </MessageBarBody>
    </MessageBar>
  );
}
