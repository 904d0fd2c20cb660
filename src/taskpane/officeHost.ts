/** Where the pane runs: inside Excel, or as a standalone web app (no host, or office.js missing). */
export type HostKind = "excel" | "standalone";

/** Resolves once office.js is ready, or at once when it never loaded (offline, blocked by a proxy). */
export async function detectHost(timeoutMs = 3000): Promise<HostKind> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "standalone";
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  return info && info.host === Office.HostType.Excel ? "excel" : "standalone";
}
