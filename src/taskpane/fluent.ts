// The Fluent UI web components the pane uses, registered once, and the light or dark Fluent theme.
import "@fluentui/web-components/button/define.js";
import "@fluentui/web-components/text-input/define.js";
import "@fluentui/web-components/tablist/define.js";
import "@fluentui/web-components/tab/define.js";
import "@fluentui/web-components/message-bar/define.js";
import "@fluentui/web-components/divider/define.js";
import "@fluentui/web-components/badge/define.js";
import { setTheme } from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";

/** Dark when Office's (or the browser's) background is dark. */
export function applyTheme(backgroundColor?: string): void {
  let dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(backgroundColor ?? "");
  if (m) {
    const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
    dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  setTheme(dark ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}
