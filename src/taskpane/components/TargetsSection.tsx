/** The scorecard targets, collapsed by default: each KPI's target with its catalog default and definition. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { TARGET_FIELDS } from "../form/fields";
import { FormField } from "./FormField";

const useStyles = makeStyles({
  panel: { display: "grid", gap: "12px", padding: "4px 0 8px", margin: 0 },
  // Align the header's chevron with the fields' left edge.
  header: { paddingLeft: 0, paddingRight: 0 },
});

export interface TargetsSectionProps {
  values: Record<string, string>;
  errors: Map<string, string>;
  currency: string;
  onChange(key: string, value: string): void;
  onBlur(key: string): void;
}

export function TargetsSection({ values, errors, currency, onChange, onBlur }: TargetsSectionProps) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  // An error inside keeps the section open, so its message is never hidden.
  const isOpen = open || TARGET_FIELDS.some((f) => errors.has(f.path));
  return (
    <Accordion collapsible openItems={isOpen ? ["targets"] : []} onToggle={(_, d) => setOpen(d.openItems.includes("targets"))}>
      <AccordionItem value="targets">
        <AccordionHeader as="h3" button={{ className: s.header }}>Scorecard targets (optional)</AccordionHeader>
        <AccordionPanel className={s.panel}>
          {TARGET_FIELDS.map((def) => (
            <FormField
              key={def.path}
              def={def}
              fieldKey={def.path}
              value={values[def.path] ?? ""}
              error={errors.get(def.path)}
              currency={currency}
              hint={def.defaultValue === undefined ? `No default: informational until you set one. ${def.source}` : undefined}
              onChange={onChange}
              onBlur={onBlur}
            />
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
