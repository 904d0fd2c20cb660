import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title2, Body1 } from "@fluentui/react-components";
import { detectHost } from "./officeHost";

async function main() {
  const host = await detectHost();
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title2 as="h1">Smartsource</Title2>
        <Body1 as="p">
          {host === "excel"
            ? "Type =SMARTSOURCE.TCO( in any cell to price the outsourcing decision."
            : "Running as a standalone web app (no Office host)."}
        </Body1>
      </main>
    </FluentProvider>,
  );
}

void main();
