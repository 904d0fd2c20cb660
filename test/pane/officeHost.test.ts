import { detectHost, officeThemeIsDark } from "../../src/taskpane/officeHost";

const g = globalThis as { Office?: unknown };
afterEach(() => delete g.Office);

function fakeOffice(info: { host: string | null } | "never" | "broken", officeTheme?: Partial<Office.OfficeTheme>) {
  g.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => (info === "never" ? new Promise(() => undefined) : info === "broken" ? Promise.reject(new Error("office.js failed")) : Promise.resolve(info)),
    context: officeTheme ? { officeTheme } : {},
  };
}

test("no office.js (it failed to load), host null, no answer or a failing office.js: standalone; Excel: excel", async () => {
  expect(await detectHost()).toBe("standalone");
  fakeOffice({ host: null });
  expect(await detectHost()).toBe("standalone");
  fakeOffice("never");
  expect(await detectHost(20)).toBe("standalone");
  fakeOffice("broken");
  expect(await detectHost()).toBe("standalone");
  fakeOffice({ host: "Excel" });
  expect(await detectHost()).toBe("excel");
});

test("the Office theme: isDarkTheme where given, else the pane background's luminance; none outside Office", () => {
  expect(officeThemeIsDark()).toBeNull();
  fakeOffice({ host: "Excel" }, { isDarkTheme: true, bodyBackgroundColor: "#ffffff" });
  expect(officeThemeIsDark()).toBe(true);
  fakeOffice({ host: "Excel" }, { bodyBackgroundColor: "#262626" }); // Excel's "Black" theme
  expect(officeThemeIsDark()).toBe(true);
  fakeOffice({ host: "Excel" }, { bodyBackgroundColor: "#E6E6E6" }); // "Colorful"/"White"
  expect(officeThemeIsDark()).toBe(false);
  fakeOffice({ host: "Excel" }, { bodyBackgroundColor: "not a colour" });
  expect(officeThemeIsDark()).toBeNull();
});
