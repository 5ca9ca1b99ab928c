import { readFileSync } from "fs";
import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./browser";

// Driving the task pane's Fluent controls as a user would, by their visible labels: text fields are
// text boxes, radios and checkboxes carry their role and state (fluent.ts writes them out), the
// language is a Fluent dropdown.

/** A labelled text field's own input (inside the Fluent element). */
export function textbox(scope: Page | Locator, label: string): Locator {
  return scope.getByRole("textbox", { name: label, exact: true });
}

/** Types into a labelled field and commits it (Enter, then leaving the field, raises change). */
export async function fillField(
  scope: Page | Locator,
  label: string,
  value: string
): Promise<void> {
  const box = textbox(scope, label);
  await box.fill(value);
}

/** Chooses a radio by its label. */
export async function choose(scope: Page | Locator, label: string): Promise<void> {
  await scope.getByRole("radio", { name: label, exact: true }).check();
}

/** Ticks or unticks a checkbox by its label. */
export async function tick(scope: Page | Locator, label: string, on = true): Promise<void> {
  const box = scope.getByRole("checkbox", { name: label, exact: true });
  if (on) await box.check();
  else await box.uncheck();
}

/** Chooses the pane's language in its dropdown ("English", "Norsk (bokmål)", "Svenska"). */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
  await page.locator("#language [slot=control]").click();
  await page.locator("#language fluent-option", { hasText: name }).click();
}

/** Opens a folded section (accordion) by its heading. */
export async function unfold(scope: Page | Locator, heading: string | RegExp): Promise<void> {
  const button = scope.getByRole("button", { name: heading }).first();
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}

const axeSource = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** axe-core on the pane: its serious and critical violations ("id (impact, nodes): first node"). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            c: unknown,
            o: unknown
          ): Promise<{
            violations: { id: string; impact: string; nodes: { html: string }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({ include: [["#app"]] }, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes[0]?.html.slice(0, 120)}`);
  });
}
