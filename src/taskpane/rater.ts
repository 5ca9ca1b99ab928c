// Who is scoring, remembered for this person on this computer (the pane's own storage), never as a
// workbook-wide setting: every co-author of a shared workbook is somebody else.

const KEY = "citynet.rater";
let memory: string | undefined;

export function currentRaterName(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? memory;
  } catch {
    return memory; // storage refused (a locked-down browser): remembered for this session only
  }
}

export function rememberRater(name: string): void {
  memory = name;
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // kept in memory
  }
}
