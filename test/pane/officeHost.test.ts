/** @jest-environment jsdom */
import { HostKind, OFFICE_JS_ID, officeThemeIsDark, openedByOffice, watchHost } from "../../src/taskpane/officeHost";

const g = globalThis as { Office?: unknown };
afterEach(() => {
  delete g.Office;
  document.getElementById(OFFICE_JS_ID)?.remove();
  jest.useRealTimers();
});

function fakeOffice(info: { host: string | null } | "never" | "broken", officeTheme?: Partial<Office.OfficeTheme>) {
  g.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => (info === "never" ? new Promise(() => undefined) : info === "broken" ? Promise.reject(new Error("office.js failed")) : Promise.resolve(info)),
    context: officeTheme ? { officeTheme } : {},
  };
}

/** taskpane.html's async office.js tag, not yet loaded. */
function officeScript(): HTMLScriptElement {
  const s = document.createElement("script");
  s.id = OFFICE_JS_ID;
  document.head.appendChild(s);
  return s;
}

/** A window as an Office host opens the pane (office.js reads the same mark). */
const officeWindow = { location: { search: "?_host_Info=Excel$Web$16.01$en-US$$$$0" }, name: "", sessionStorage: { getItem: () => null } } as unknown as Window;

const flush = () => new Promise((r) => setTimeout(r, 0));

function watch(opts: Parameters<typeof watchHost>[1] = {}) {
  const seen: HostKind[] = [];
  const stop = watchHost((k) => seen.push(k), opts);
  return { seen, stop };
}

describe("watchHost", () => {
  test("a plain browser is the web app at once, before office.js has loaded (or while its CDN hangs)", async () => {
    officeScript(); // never loads
    const { seen } = watch();
    expect(seen).toEqual(["standalone"]);
    await flush();
    expect(seen).toEqual(["standalone"]);
  });

  test.each<[string, () => void, HostKind[]]>([
    ["office.js loads and finds no host", () => fakeOffice({ host: null }), ["standalone"]],
    ["office.js loads but is broken", () => fakeOffice("broken"), ["standalone"]],
    ["office.js loads and reports Excel: the pane upgrades", () => fakeOffice({ host: "Excel" }), ["standalone", "excel"]],
  ])("plain browser, %s", async (_what, load, expected) => {
    const script = officeScript();
    const { seen } = watch();
    load();
    script.dispatchEvent(new Event("load"));
    await flush();
    expect(seen).toEqual(expected);
  });

  test("office.js already there when the bundle runs, reporting Excel", async () => {
    fakeOffice({ host: "Excel" });
    const { seen } = watch({ win: officeWindow });
    expect(seen).toEqual([]);
    await flush();
    expect(seen).toEqual(["excel"]);
  });

  test("opened by Office: waits for office.js, offers the web app after the wait, upgrades when Excel answers late", async () => {
    jest.useFakeTimers();
    const script = officeScript();
    const { seen } = watch({ win: officeWindow, officeWaitMs: 2500 });
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(2499);
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(seen).toEqual(["standalone"]);
    fakeOffice({ host: "Excel" });
    script.dispatchEvent(new Event("load"));
    await jest.runAllTimersAsync();
    expect(seen).toEqual(["standalone", "excel"]);
  });

  test("opened by Office and office.js fails to load: the web app at once, not after the wait", async () => {
    const script = officeScript();
    const { seen } = watch({ win: officeWindow, officeWaitMs: 60_000 });
    script.dispatchEvent(new Event("error"));
    await flush();
    expect(seen).toEqual(["standalone"]);
  });

  test("no office.js tag at all: the web app", async () => {
    const { seen } = watch({ win: officeWindow });
    await flush();
    expect(seen).toEqual(["standalone"]);
  });

  test("stopped: nothing more is reported", async () => {
    const script = officeScript();
    const { seen, stop } = watch();
    stop();
    fakeOffice({ host: "Excel" });
    script.dispatchEvent(new Event("load"));
    await flush();
    expect(seen).toEqual(["standalone"]);
  });

  test("openedByOffice reads office.js's own host marks", () => {
    expect(openedByOffice(window)).toBe(false);
    expect(openedByOffice(officeWindow)).toBe(true);
    expect(openedByOffice({ location: { search: "" }, name: JSON.stringify({ hostInfo: "Excel|Win32|16.01|en-US" }), sessionStorage: { getItem: () => null } } as unknown as Window)).toBe(true);
    expect(openedByOffice({ location: { search: "" }, name: "", sessionStorage: { getItem: (k: string) => (k === "hostInfoValue" ? "Excel$Mac$16.00" : null) } } as unknown as Window)).toBe(true);
  });
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
