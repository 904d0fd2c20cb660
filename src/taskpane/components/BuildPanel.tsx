/** The Build / Download button with its progress bar, status text and the outcome or failure message. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { BuildOutcome, BuildProgress, errorMessage, PaneActions } from "../actions";
import { Profile } from "../../model/profile";

const useStyles = makeStyles({
  panel: { display: "grid", gap: "8px" },
});

type Status = { kind: "idle" } | { kind: "running"; progress: BuildProgress } | { kind: "done"; outcome: BuildOutcome } | { kind: "failed"; message: string };

export interface BuildPanelProps {
  /** null while the host is still being detected. */
  actions: PaneActions | null;
  /** null while the form has errors. */
  profile: Profile | null;
  /** The open workbook already holds a Smartsource build (read back on open). */
  alreadyBuilt?: boolean;
}

export function BuildPanel({ actions, profile, alreadyBuilt = false }: BuildPanelProps) {
  const s = useStyles();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const built = useRef(false);
  // Set synchronously on the first click: two clicks in one frame (a double click, or a script's
  // two click() calls) come before React re-renders the button disabled, so state alone is too late.
  const inFlight = useRef(false);
  const running = status.kind === "running";
  const label = !actions
    ? "Preparing…"
    : actions.host === "excel"
      ? built.current || alreadyBuilt
        ? "Rebuild workbook"
        : "Build workbook"
      : "Download workbook (.xlsx)";

  async function build() {
    if (!actions || !profile || inFlight.current) return;
    inFlight.current = true;
    setStatus({ kind: "running", progress: { message: "Starting…" } });
    try {
      const outcome = await actions.build(profile, (progress) => setStatus({ kind: "running", progress }));
      built.current = true;
      setStatus({ kind: "done", outcome });
    } catch (e) {
      setStatus({ kind: "failed", message: errorMessage(e) });
    } finally {
      inFlight.current = false;
    }
  }

  return (
    <div className={s.panel}>
      <Button appearance="primary" disabled={!actions || !profile || running} onClick={() => void build()}>
        {label}
      </Button>
      {running && <ProgressBar value={status.progress.fraction} max={1} thickness="large" aria-label="Build progress" />}
      <Text role="status" aria-live="polite" size={200}>
        {running ? status.progress.message : ""}
      </Text>
      {status.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{status.outcome.title}</MessageBarTitle>
            {status.outcome.detail}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The workbook was not built</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
