/** The Fluent theme: Office's in Excel, otherwise the browser's prefers-color-scheme (followed live). */
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

const DARK_QUERY = "(prefers-color-scheme: dark)";

export const themeFor = (dark: boolean): Theme => (dark ? webDarkTheme : webLightTheme);

function browserPrefersDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches;
}

/** Dark or not: `officeDark` when Office gave a theme, else the browser's preference. */
export function useDarkMode(officeDark: boolean | null): boolean {
  const [browserDark, setBrowserDark] = useState(browserPrefersDark);
  useEffect(() => {
    if (officeDark !== null || typeof window.matchMedia !== "function") return;
    const mq = window.matchMedia(DARK_QUERY);
    const onChange = () => setBrowserDark(mq.matches);
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, [officeDark]);
  return officeDark ?? browserDark;
}
