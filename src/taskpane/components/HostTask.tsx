/**
 * A task running in the host (build, download, prepare for sharing): useHostTask keeps its state
 * and runs one at a time; HostTaskStatus shows its progress bar, status line and failure. Each
 * panel shows its own result.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import { BuildProgress, errorMessage } from "../actions";

export type HostTaskState<T> =
  | { kind: "idle" }
  | { kind: "running"; progress: BuildProgress }
  | { kind: "done"; result: T }
  | { kind: "failed"; message: string };

export type HostTask<T> = (onProgress: (p: BuildProgress) => void) => Promise<T>;

export function useHostTask<T>(): { state: HostTaskState<T>; running: boolean; run: (task: HostTask<T>) => Promise<void> } {
  const [state, setState] = useState<HostTaskState<T>>({ kind: "idle" });
  // A ref, not the state: a second click before React re-renders must not start a second task.
  const busy = useRef(false);
  const run = useCallback(async (task: HostTask<T>) => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: "running", progress: { message: "Starting…" } });
    try {
      const result = await task((progress) => setState({ kind: "running", progress }));
      setState({ kind: "done", result });
    } catch (e) {
      setState({ kind: "failed", message: errorMessage(e) });
    } finally {
      busy.current = false;
    }
  }, []);
  return { state, running: state.kind === "running", run };
}

export interface HostTaskStatusProps {
  state: HostTaskState<unknown>;
  /** The progress bar's accessible name, e.g. "Build progress". */
  progressLabel: string;
  /** The failure's title, e.g. "The workbook was not built". */
  failedTitle: string;
}

/** The progress bar while running, the live status line, and the failure message. */
export function HostTaskStatus({ state, progressLabel, failedTitle }: HostTaskStatusProps) {
  const running = state.kind === "running";
  return (
    <>
      {running && <ProgressBar value={state.progress.fraction} max={1} thickness="large" aria-label={progressLabel} />}
      <Text role="status" aria-live="polite" size={200}>
        {running ? state.progress.message : ""}
      </Text>
      {state.kind === "failed" && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failedTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
