import type { Dataset } from "./dataset";
import { compareNames } from "./format";
import { allNames } from "./resolver";
import { foldText, nameKey } from "./normalize";

// Searching the dataset by name (the task pane's Data view); what a hit opens is fact-card.ts.

export interface SearchHit {
  type: "network" | "city";
  id: string;
  name: string;
  detail: string;
}

/** Networks and places whose names contain the text (folded), best first: exact, prefix, then contains. */
export function searchDataset(ds: Dataset, text: string, limit = 30): SearchHit[] {
  const key = nameKey(text);
  if (key.length === 0) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  const consider = (hit: SearchHit, names: string[]) => {
    let score = Infinity;
    for (const n of names) {
      const k = nameKey(n);
      if (k === key) score = Math.min(score, 0);
      else if (k.startsWith(key)) score = Math.min(score, 1);
      else if (k.includes(key) || foldText(n).includes(foldText(text))) score = Math.min(score, 2);
    }
    if (score < Infinity) scored.push({ hit, score });
  };
  for (const o of ds.organisations) {
    consider(
      {
        type: "network",
        id: o.id,
        name: o.name,
        detail: [o.acronym, o.kind].filter(Boolean).join(" · "),
      },
      allNames(o)
    );
  }
  for (const p of ds.places) {
    consider(
      { type: "city", id: p.id, name: p.name, detail: `${p.kind} · ${p.country}` },
      allNames(p)
    );
  }
  return scored
    .sort((a, b) => a.score - b.score || compareNames(a.hit.name, b.hit.name))
    .slice(0, limit)
    .map((s) => s.hit);
}
