/** The Build / Download button with its progress bar, status text and the outcome or failure message. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { useRef } from "react";
import { BuildOutcome, PaneActions } from "../actions";
import { Profile } from "../../model/profile";
import { HostTaskStatus, useHostTask } from "./HostTask";

const useStyles = makeStyles({
  panel: { display: "grid", gap: "8px" },
});

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
  const { state, running, run } = useHostTask<BuildOutcome>();
  const built = useRef(false);
  const label = !actions
    ? "Preparing…"
    : actions.host === "excel"
      ? built.current || alreadyBuilt
        ? "Rebuild workbook"
        : "Build workbook"
      : "Download workbook (.xlsx)";

  function build() {
    if (!actions || !profile) return;
    void run(async (onProgress) => {
      const outcome = await actions.build(profile, onProgress);
      built.current = true;
      return outcome;
    });
  }

  return (
    <div className={s.panel}>
      <Button appearance="primary" disabled={!actions || !profile || running} onClick={build}>
        {label}
      </Button>
      <HostTaskStatus state={state} progressLabel="Build progress" failedTitle="The workbook was not built" />
      {state.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{state.result.title}</MessageBarTitle>
            {state.result.detail}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
