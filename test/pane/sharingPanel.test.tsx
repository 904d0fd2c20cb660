/** @jest-environment jsdom */
/**
 * "Share this workbook" in the pane: shown only in Excel, confirms before changing anything (in
 * words that match the choice), runs with the chosen mode, and reports what changed or failed.
 * The last test runs the pane's real Excel actions against the recording fake.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { SharingReport } from "../../src/sharing/report";
import { officeActions } from "../../src/taskpane/officeActions";
import { FakeWorkbook } from "../support/fakeExcel";
import { fakeActions, renderWizard } from "./renderWizard";

const report: SharingReport = {
  mode: "native",
  sheets: [
    {
      sheet: "Board pack",
      rewritten: 3,
      frozen: [{ address: "D4", reason: "SMARTSOURCE.BREAKEVEN has no native Excel equivalent" }],
      left: [{ address: "B9", reason: "SMARTSOURCE.TCO needs its years argument" }],
    },
    { sheet: "Costs", rewritten: 2, frozen: [], left: [] },
  ],
  rewritten: 5,
  frozen: 1,
  left: 1,
  sheetsSearched: 4,
  syncs: 4,
};

const excelActions = (prepareForSharing: jest.Mock) => fakeActions({ host: "excel", prepareForSharing });

/** The panel is lazy-loaded: the first import under ts-jest can take a few seconds. */
const prepareButton = () => screen.findByRole("button", { name: "Prepare for sharing…" }, { timeout: 15_000 });
/** The inline confirmation. */
const confirmation = (name?: string) => screen.findByRole("group", name ? { name } : { name: /\?$/ });

test("the web app has no sharing section; in Excel it is a labelled region with both choices", async () => {
  const { unmount } = renderWizard(fakeActions());
  await screen.findByRole("heading", { name: "Company" });
  expect(screen.queryByRole("region", { name: "Share this workbook" })).toBeNull();
  expect(screen.queryByRole("button", { name: /Prepare for sharing/ })).toBeNull();
  unmount();

  renderWizard(excelActions(jest.fn()));
  const region = await screen.findByRole("region", { name: "Share this workbook" }, { timeout: 15_000 });
  const group = within(region).getByRole("radiogroup", { name: "Replace SMARTSOURCE formulas with" });
  expect(within(group).getByRole("radio", { name: "Native Excel formulas (keep recalculating)" })).toBeChecked();
  expect(within(group).getByRole("radio", { name: "Their current values (frozen)" })).not.toBeChecked();
});

test("nothing happens until the CFO confirms; Cancel changes nothing; confirming native rewrites and reports by sheet", async () => {
  const prepare = jest.fn(async (_mode: string, onProgress: (p: { message: string; fraction?: number }) => void) => {
    onProgress({ message: "Looking for SMARTSOURCE formulas", fraction: 0.2 });
    return report;
  });
  const { user } = renderWizard(excelActions(prepare));
  await user.click(await prepareButton());

  let dialog = await confirmation("Rewrite as native formulas?");
  expect(dialog).toHaveTextContent("becomes a native Excel formula that gives the same result");
  expect(dialog).toHaveTextContent("BREAKEVEN, PAYBACK or TCOSCHEDULE");
  expect(dialog).toHaveTextContent("save a copy first");
  await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(screen.queryByRole("group", { name: /\?$/ })).toBeNull());
  expect(prepare).not.toHaveBeenCalled();
  // Keyboard: the confirm button takes focus when it opens; Escape closes it and focus goes back.
  await user.click(screen.getByRole("button", { name: "Prepare for sharing…" }));
  expect(await screen.findByRole("button", { name: "Rewrite formulas" })).toHaveFocus();
  await user.keyboard("{Escape}");
  await waitFor(() => expect(screen.getByRole("button", { name: "Prepare for sharing…" })).toHaveFocus());
  expect(prepare).not.toHaveBeenCalled();

  await user.click(screen.getByRole("button", { name: "Prepare for sharing…" }));
  dialog = await confirmation();
  await user.click(within(dialog).getByRole("button", { name: "Rewrite formulas" }));
  expect(prepare).toHaveBeenCalledWith("native", expect.any(Function));

  const region = screen.getByRole("region", { name: "Share this workbook" });
  await within(region).findByText("Prepared, with 1 cell left");
  expect(region).toHaveTextContent("Smartsource rewrote 5 cells as native formulas and froze 1 cell to its value on 2 sheets.");
  expect(region).toHaveTextContent("1 cell still uses SMARTSOURCE and will show #NAME? to people without it");
  const bySheet = within(region).getByRole("list", { name: "Changes by sheet" });
  expect(within(bySheet).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Board pack: 3 rewritten, 1 frozen, 1 left", "Costs: 2 rewritten"]);
  expect(region).toHaveTextContent("'Board pack'!D4: SMARTSOURCE.BREAKEVEN has no native Excel equivalent");
  expect(region).toHaveTextContent("'Board pack'!B9: SMARTSOURCE.TCO needs its years argument");
});

test("choosing values changes the confirmation, runs in values mode; a failure is shown as an alert", async () => {
  const prepare = jest.fn(async () => {
    throw new Error("Smartsource could not read the workbook (the sheet is busy); nothing was changed.");
  });
  const { user } = renderWizard(excelActions(prepare));
  await prepareButton();
  await user.click(screen.getByRole("radio", { name: "Their current values (frozen)" }));
  await user.click(screen.getByRole("button", { name: "Prepare for sharing…" }));
  const dialog = await confirmation("Freeze to values?");
  expect(dialog).toHaveTextContent("replaced by the value it shows now: those cells no longer recalculate");
  await user.click(within(dialog).getByRole("button", { name: "Freeze values" }));
  expect(prepare).toHaveBeenCalledWith("values", expect.any(Function));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("The workbook was not prepared");
  expect(alert).toHaveTextContent("the sheet is busy); nothing was changed.");
});

test("with the pane's Excel actions: the fake workbook's SMARTSOURCE cell is rewritten and the report says so", async () => {
  const fake = new FakeWorkbook(["Model"]);
  fake.typeValue("Model", "A1", 50_000);
  fake.setFormula("Model", "B1", "=SMARTSOURCE.OUTSOURCEDCOST(A1,0.1)", 55_000);
  const actions = { ...officeActions({ excel: fake.excel, requirements: { isSetSupported: () => true } }), readBack: undefined };
  const { user } = renderWizard(actions);
  await user.click(await prepareButton());
  await user.click(within(await confirmation()).getByRole("button", { name: "Rewrite formulas" }));
  const region = screen.getByRole("region", { name: "Share this workbook" });
  await within(region).findByText("Ready to share");
  expect(region).toHaveTextContent("Smartsource rewrote 1 cell as native formulas on 1 sheet.");
  expect(fake.cellAt("Model", "B1")?.formula).toBe("=A1*(1+0.1)");
});

test("a workbook without SMARTSOURCE formulas is reported as ready as it is", async () => {
  const prepare = jest.fn(async () => ({ ...report, sheets: [], rewritten: 0, frozen: 0, left: 0, sheetsSearched: 3 }));
  const { user } = renderWizard(excelActions(prepare));
  await user.click(await prepareButton());
  await user.click(within(await confirmation()).getByRole("button", { name: "Rewrite formulas" }));
  await screen.findByText("No SMARTSOURCE formulas found");
  expect(screen.getByRole("region", { name: "Share this workbook" })).toHaveTextContent("Searched 3 sheets: the workbook is ready to share as it is.");
});
