import { ExcelHost } from "../excel/excel-host";
import { getDataset } from "../functions/dataset";
import { Pane } from "./app";
import { guardStartup, showStartupFailure } from "./fallback";
import { applyTheme } from "./fluent";
import { languageFor, UI } from "./i18n";

// The task pane in Excel: Office.js tells the host, language and theme; the pane does the rest.
// Outside Excel (the page opened in a browser) it still starts, with only the Data view working.

const REQUIRED_SET = "ExcelApi";
const REQUIRED_VERSION = "1.9"; // data validation, chart options, selection and change events

guardStartup(() => document.getElementById("app"));

function boot(host: Office.HostType | null): void {
  const root = document.getElementById("app");
  if (!root) return;
  try {
    start(root, host);
  } catch (error) {
    showStartupFailure(root, error);
  }
}

function start(root: HTMLElement, host: Office.HostType | null): void {
  const office = typeof Office !== "undefined" ? Office.context : undefined;
  const lang = languageFor(office?.displayLanguage ?? navigator.language);
  applyTheme(office?.officeTheme?.bodyBackgroundColor);
  const ds = getDataset();
  let pane: Pane;
  if (String(host) !== "Excel")
    pane = new Pane(root, { ds, host: null, lang, notice: UI[lang].notInExcel });
  else if (!office!.requirements.isSetSupported(REQUIRED_SET, REQUIRED_VERSION)) {
    pane = new Pane(root, {
      ds,
      host: null,
      lang,
      notice: UI[lang].oldExcel(`${REQUIRED_SET} ${REQUIRED_VERSION}`),
    });
  } else pane = new Pane(root, { ds, host: new ExcelHost(), lang });
  pane.start().catch((error) => showStartupFailure(root, error));
}

if (typeof Office !== "undefined") Office.onReady((info) => boot(info.host));
else document.addEventListener("DOMContentLoaded", () => boot(null));
