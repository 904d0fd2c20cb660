/** Where the pane runs: inside Excel, or as a standalone web app (no host, or office.js missing). */
export type HostKind = "excel" | "standalone";

/** The id of taskpane.html's office.js <script>, loaded async so it never blocks the page. */
export const OFFICE_JS_ID = "office-js";

/**
 * Whether an Office host opened this page: the marks office.js itself reads to find its host
 * (the `_host_Info` query parameter, the same in window.name or in session storage, or the
 * desktop host object). In a plain browser there is none, so the web app need not wait.
 */
export function openedByOffice(win: Window = window): boolean {
  try {
    if (/[?&]_host_Info=/i.test(win.location.search)) return true;
    if (/"hostInfo"/.test(win.name)) return true;
    if (win.sessionStorage?.getItem("hostInfoValue")) return true;
    const external = (win as unknown as { external?: { GetHostInfo?: unknown } }).external;
    return typeof external?.GetHostInfo === "function";
  } catch {
    return false; // storage access denied: no host mark readable
  }
}

/** office.js's answer once its async <script> has run: whether the host is Excel (false: failed, absent, no host). */
function officeSaysExcel(doc: Document): Promise<boolean> {
  const ask = () =>
    Office.onReady().then(
      (info) => !!info && info.host === Office.HostType.Excel,
      () => false, // a broken office.js leaves the page usable as the web app
    );
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") return ask();
  const script = doc.getElementById(OFFICE_JS_ID);
  if (!script) return Promise.resolve(false);
  return new Promise((resolve) => {
    script.addEventListener("load", () => resolve(typeof Office !== "undefined" && typeof Office.onReady === "function" ? ask() : false), { once: true });
    script.addEventListener("error", () => resolve(false), { once: true });
  });
}

export interface WatchHostOptions {
  doc?: Document;
  win?: Window;
  /** How long an Office-opened page waits for office.js before offering the web app (it still upgrades later). */
  officeWaitMs?: number;
}

/**
 * Tells `onHost` where the pane runs, without ever waiting on office.js in a plain browser:
 * "standalone" at once there (the web app is usable while the CDN hangs); in a page Office
 * opened, after office.js answers, or after `officeWaitMs` if it does not. Whenever office.js
 * later reports Excel, "excel" follows (the upgrade to the Office actions), as Office.onReady
 * requires: no Office API is used before it resolves. Returns a function that stops watching.
 */
export function watchHost(onHost: (kind: HostKind) => void, { doc = document, win = window, officeWaitMs = 2000 }: WatchHostOptions = {}): () => void {
  let live = true;
  let current: HostKind | null = null;
  const report = (kind: HostKind) => {
    if (!live || current === kind || current === "excel") return;
    current = kind;
    onHost(kind);
  };
  const inOffice = openedByOffice(win);
  if (!inOffice) report("standalone");
  const timer = inOffice ? setTimeout(() => report("standalone"), officeWaitMs) : undefined;
  void officeSaysExcel(doc).then((excel) => {
    clearTimeout(timer);
    report(excel ? "excel" : "standalone");
  });
  return () => {
    live = false;
    clearTimeout(timer);
  };
}

/** Relative luminance of a "#RRGGBB" colour (WCAG), or null if it is not one. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Whether Office shows a dark theme: `isDarkTheme` where the host has it, else the pane body's
 * background colour; null when office.js gives no theme (then the page follows the browser).
 */
export function officeThemeIsDark(): boolean | null {
  const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  if (!theme) return null;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = luminance(theme.bodyBackgroundColor ?? "");
  return l === null ? null : l < 0.4;
}
