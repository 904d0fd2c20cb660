/** @jest-environment jsdom */
/** The pane's one "task running in the host" hook: one task at a time, its progress, its result or failure. */
import { act, renderHook } from "@testing-library/react";
import { BuildProgress } from "../../src/taskpane/actions";
import { useHostTask } from "../../src/taskpane/components/HostTask";

/** A task the test settles by hand, reporting progress through the hook's callback. */
function controlled<T>() {
  const c = {} as { resolve: (v: T) => void; reject: (e: unknown) => void; progress: (p: BuildProgress) => void; calls: number };
  c.calls = 0;
  const task = (onProgress: (p: BuildProgress) => void) => {
    c.calls++;
    c.progress = onProgress;
    return new Promise<T>((resolve, reject) => Object.assign(c, { resolve, reject }));
  };
  return { c, task };
}

test("a second run while one is running is ignored; progress, then the result, are the state", async () => {
  const { result } = renderHook(() => useHostTask<string>());
  expect(result.current.state).toEqual({ kind: "idle" });
  const { c, task } = controlled<string>();
  let first!: Promise<void>;
  act(() => {
    first = result.current.run(task);
    void result.current.run(task); // a double click, before React re-renders
  });
  expect(c.calls).toBe(1);
  expect(result.current.running).toBe(true);
  expect(result.current.state).toEqual({ kind: "running", progress: { message: "Starting…" } });
  act(() => c.progress({ fraction: 0.4, message: "Writing" }));
  expect(result.current.state).toEqual({ kind: "running", progress: { fraction: 0.4, message: "Writing" } });
  await act(async () => {
    c.resolve("built");
    await first;
  });
  expect(result.current.state).toEqual({ kind: "done", result: "built" });
  expect(result.current.running).toBe(false);
});

test("a failure becomes its readable message, and the task can run again", async () => {
  const { result } = renderHook(() => useHostTask<number>());
  const { c, task } = controlled<number>();
  await act(async () => {
    const p = result.current.run(task);
    c.reject(new Error("Excel is busy."));
    await p;
  });
  expect(result.current.state).toEqual({ kind: "failed", message: "Excel is busy." });
  await act(async () => {
    const p = result.current.run(task);
    c.resolve(7);
    await p;
  });
  expect(c.calls).toBe(2);
  expect(result.current.state).toEqual({ kind: "done", result: 7 });
});
