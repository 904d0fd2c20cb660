/** Where the pane runs: inside Excel, or as a standalone web app (no host, or office.js missing). */
export type HostKind = "excel" | "standalone";

/** Resolves once office.js is ready, or at once when it never loaded (offline, blocked by a proxy). */
export async function detectHost(timeoutMs = 3000): Promise<HostKind> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "standalone";
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const info = await Promise.race([
      Office.onReady(),
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs))),
    ]);
    return info && info.host === Office.HostType.Excel ? "excel" : "standalone";
  } catch {
    // A broken office.js leaves the page usable as the web app.
    return "standalone";
  } finally {
    clearTimeout(timer);
  }
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
