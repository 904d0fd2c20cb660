/** Renders the wizard inside Fluent's provider with injected (fake) host actions, as the pane does. */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PaneActions } from "../../src/taskpane/actions";
import { Wizard } from "../../src/taskpane/components/Wizard";
import { FormState } from "../../src/taskpane/form/formState";

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own width.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export function renderWizard(actions: PaneActions | null = fakeActions(), initial?: FormState, staffRowCap?: number) {
  const user = userEvent.setup();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <Wizard actions={actions} initial={initial} staffRowCap={staffRowCap} />
    </FluentProvider>,
  );
  return { user, ...utils };
}

/** Standalone-style actions whose build records the profile it was given. */
export function fakeActions(overrides: Partial<PaneActions> = {}): PaneActions & { build: jest.Mock } {
  return {
    host: "standalone",
    build: jest.fn(async () => ({ title: "Downloaded “test.xlsx”" })),
    ...overrides,
  } as PaneActions & { build: jest.Mock };
}
