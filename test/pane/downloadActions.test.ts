/** @jest-environment jsdom */
import { saveFile, workbookFileName } from "../../src/taskpane/downloadActions";

test("the download is named after the company, made safe for any file system", () => {
  expect(workbookFileName("Acme Ltd")).toBe("Acme Ltd - Smartsource KPI workbook.xlsx");
  expect(workbookFileName('A/B: "C" <D>?')).toBe("A B C D - Smartsource KPI workbook.xlsx");
  expect(workbookFileName("  ..  ")).toBe("Smartsource KPI workbook.xlsx");
  expect(workbookFileName("")).toBe("Smartsource KPI workbook.xlsx");
  expect(workbookFileName("x".repeat(300))).toHaveLength(80 + " - Smartsource KPI workbook.xlsx".length);
});

test("saveFile clicks a temporary <a download> holding an .xlsx Blob and leaves nothing behind", () => {
  const created: Blob[] = [];
  URL.createObjectURL = jest.fn((b: Blob) => (created.push(b), "blob:test/1"));
  URL.revokeObjectURL = jest.fn();
  const clicked: { href: string; download: string; attached: boolean }[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, attached: document.body.contains(this) });
  });
  jest.useFakeTimers();
  saveFile(new Uint8Array([1, 2, 3]), "Acme - Smartsource KPI workbook.xlsx");
  expect(clicked).toEqual([{ href: "blob:test/1", download: "Acme - Smartsource KPI workbook.xlsx", attached: true }]);
  expect(created[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(created[0].size).toBe(3);
  expect(document.querySelectorAll("a")).toHaveLength(0);
  jest.runAllTimers();
  expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:test/1");
  jest.useRealTimers();
  click.mockRestore();
});
