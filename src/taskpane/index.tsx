/**
 * Task-pane entry: renders the wizard at once, whatever office.js (loaded async from the CDN)
 * is doing, then picks the host's actions: download .xlsx in a plain browser at once, write
 * into Excel when office.js reports Excel (the wizard upgrades in place if that comes late).
 */
import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { PaneActions } from "./actions";
import { Wizard } from "./components/Wizard";
import { downloadActions } from "./downloadActions";
import { officeActions } from "./officeActions";
import { officeThemeIsDark, watchHost } from "./officeHost";
import { themeFor, useDarkMode } from "./theme";

function App() {
  const [actions, setActions] = useState<PaneActions | null>(null);
  const [officeDark, setOfficeDark] = useState<boolean | null>(null);
  useEffect(
    () =>
      watchHost((host) => {
        if (host === "excel") {
          setOfficeDark(officeThemeIsDark());
          setActions(officeActions());
        } else {
          setActions(downloadActions());
        }
      }),
    [],
  );
  const dark = useDarkMode(officeDark);
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, [dark]);
  return (
    <FluentProvider theme={themeFor(dark)} style={{ minHeight: "100vh" }}>
      <Wizard actions={actions} />
    </FluentProvider>
  );
}

createRoot(document.getElementById("root")!).render(<App />);
