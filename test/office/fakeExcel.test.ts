/**
 * The Excel fake must behave like Excel where the writer relies on it, or the writer tests prove
 * nothing: these pin the documented behaviours it imitates.
 */
import { FakeWorkbook } from "../support/fakeExcel";

async function run<T>(fake: FakeWorkbook, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return fake.excel.run(batch);
}

describe("Excel fake", () => {
  test("reading a property that was not loaded, or not yet synced, throws PropertyNotLoaded", async () => {
    const fake = new FakeWorkbook();
    fake.typeValue("Sheet1", "A1", 5);
    await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(/call the load method.*context\.sync/);
      await ctx.sync();
      expect(r.values).toEqual([[5]]);
      expect(() => r.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("commands run only at sync, in order; a failing one rejects the sync and keeps what ran before it", async () => {
    const fake = new FakeWorkbook();
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[1]];
      ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[2]];
      ws.getRange("A2").values = [[3]];
      expect(fake.cellAt("Sheet1", "A1")).toBeUndefined();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(fake.cellAt("Sheet1", "A1")?.value).toBe(1);
    expect(fake.cellAt("Sheet1", "A2")).toBeUndefined();
  });

  test("values: = + - @ make formulas and numeric text makes numbers unless the cell is text-formatted; null keeps, '' clears", async () => {
    const fake = new FakeWorkbook();
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:E1").values = [["=1+1", "+A1", "@SUM(A1)", "007", "plain"]];
      ws.getRange("A2:E2").numberFormat = [["@", "@", "@", "@", "@"]];
      ws.getRange("A2:E2").values = [["=1+1", "+A1", "@SUM(A1)", "007", "plain"]];
      await ctx.sync();
      ws.getRange("A1:B1").values = [[null, ""]];
      await ctx.sync();
    });
    const row = (n: number) => ["A", "B", "C", "D", "E"].map((c) => fake.cellAt("Sheet1", `${c}${n}`));
    // A1 kept its formula (null), B1 was cleared (""), C1 and D1 as Excel parses them.
    expect(row(1).map((c) => [c!.value, c!.formula])).toEqual([
      ["", "=1+1"],
      ["", null],
      ["", "=@SUM(A1)"],
      [7, null],
      ["plain", null],
    ]);
    expect(row(2).map((c) => [c!.value, c!.formula])).toEqual([
      ["=1+1", null],
      ["+A1", null],
      ["@SUM(A1)", null],
      ["007", null],
      ["plain", null],
    ]);
  });

  test("a leading apostrophe is not stored but sets the quote prefix, whatever the format; any other write clears it", async () => {
    const fake = new FakeWorkbook();
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [["'=1+1", "''quoted", "'007"]];
      ws.getRange("D1").numberFormat = [["@"]];
      ws.getRange("D1").formulas = [["'+A1"]];
      await ctx.sync();
    });
    const cells = ["A1", "B1", "C1", "D1"].map((a) => fake.cellAt("Sheet1", a)!);
    expect(cells.map((c) => [c.value, c.formula, c.quotePrefix])).toEqual([
      ["=1+1", null, true],
      ["'quoted", null, true],
      ["007", null, true],
      ["+A1", null, true],
    ]);
    fake.typeValue("Sheet1", "A1", "plain");
    expect(fake.cellAt("Sheet1", "A1")).toMatchObject({ value: "plain", formula: null });
    expect(fake.cellAt("Sheet1", "A1")!.quotePrefix).toBeUndefined();
  });

  test("a 2-D array must match the range's shape", async () => {
    const fake = new FakeWorkbook();
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").formulas = [[1, 2]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("renaming a sheet rewrites formulas, names and chart series; deleting it leaves #REF!", async () => {
    const fake = new FakeWorkbook(["Data", "Report"]);
    fake.typeValue("Report", "A1", "=SUM('Data'!A1:A3)+Data!B1");
    fake.names.set("total", { name: "Total", formula: "='Data'!$A$1", comment: "", visible: true });
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").name = "Data 2024";
      await ctx.sync();
    });
    expect(fake.cellAt("Report", "A1")?.formula).toBe("=SUM('Data 2024'!A1:A3)+'Data 2024'!B1");
    expect(fake.resolveName("Total")?.formula).toBe("='Data 2024'!$A$1");
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("data 2024").delete();
      await ctx.sync();
    });
    expect(fake.cellAt("Report", "A1")?.formula).toBe("=SUM(#REF!)+#REF!");
    expect(fake.resolveName("Total")?.formula).toBe("=#REF!");
  });

  test("sheet names are unique ignoring case and follow Excel's character rules", async () => {
    const fake = new FakeWorkbook(["Sheet1"]);
    for (const bad of ["sheet1", "a/b", "x".repeat(32), "'quoted'"])
      await run(fake, async (ctx) => {
        ctx.workbook.worksheets.add(bad);
        await expect(ctx.sync()).rejects.toThrow();
      });
    expect(fake.sheets).toHaveLength(1);
  });

  test("getItemOrNullObject reports isNullObject after a sync; data validation must be cleared before a new rule", async () => {
    const fake = new FakeWorkbook();
    await run(fake, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Missing").load("name");
      const there = ctx.workbook.worksheets.getItemOrNullObject("Sheet1").load("name");
      await ctx.sync();
      expect([missing.isNullObject, there.isNullObject, there.name]).toEqual([true, false, "Sheet1"]);
      const dv = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").dataValidation;
      dv.rule = { decimal: { formula1: 0, operator: "GreaterThan" } };
      await ctx.sync();
      dv.rule = { decimal: { formula1: 1, operator: "GreaterThan" } };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      dv.clear();
      dv.rule = { decimal: { formula1: 1, operator: "GreaterThan" } };
      await ctx.sync();
    });
    expect(fake.cellAt("Sheet1", "A2")?.validation?.rule).toEqual({ decimal: { formula1: 1, operator: "GreaterThan" } });
  });

  test("the last visible sheet cannot be hidden or deleted", async () => {
    const fake = new FakeWorkbook(["Only"]);
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Only").visibility = "Hidden";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      ctx.workbook.worksheets.getItem("Only").delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });
});
