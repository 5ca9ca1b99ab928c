// Never a blank pane: if CityNet fails before or while it starts, the page says so in every language.
const MESSAGE = {
  en: "CityNet could not start. Close and reopen the pane; if it happens again, report this message:",
  nb: "CityNet kunne ikke starte. Lukk og åpne panelet igjen; skjer det igjen, meld fra om denne meldingen:",
  sv: "CityNet kunde inte starta. Stäng och öppna panelen igen; om det händer igen, rapportera detta meddelande:",
};

export function showStartupFailure(root: HTMLElement | null, error: unknown): void {
  if (!root || root.querySelector("fluent-tablist")) return; // the pane is up: its own messages apply
  const detail = error instanceof Error ? error.message : String(error);
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.className = "notice";
  for (const text of [MESSAGE.en, MESSAGE.nb, MESSAGE.sv]) {
    const p = document.createElement("p");
    p.textContent = text;
    box.append(p);
  }
  const code = document.createElement("pre");
  code.textContent = detail;
  box.append(code);
  root.replaceChildren(box);
}

/** Catches what escapes during start-up. */
export function guardStartup(root: () => HTMLElement | null): void {
  window.addEventListener("error", (e) => showStartupFailure(root(), e.error ?? e.message));
  window.addEventListener("unhandledrejection", (e) => showStartupFailure(root(), e.reason));
}
