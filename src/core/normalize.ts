// Name normalisation for lookups: users type "Gøteborg", "Goteborg", "Göteborgs stad" or "the UBC network".

// Letters that Unicode NFD does not decompose into a base letter plus a mark.
const FOLD: Record<string, string> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ł: "l",
  ı: "i",
  þ: "th",
  ð: "d",
};

// Words that carry no identity in a network or place name, in the three languages.
const STOP_WORDS = new Set([
  "the",
  "network",
  "networks",
  "nettverk",
  "nettverket",
  "natverk",
  "natverket",
  "kommune",
  "kommun",
  "stad",
]);

/**
 * Lowercase, strip diacritics (ø/ö → o, å/aa → a), turn punctuation into spaces. Letters of other
 * scripts are kept ("Москва" stays "москва"): dropping them would make such input fold to nothing,
 * or to its Latin part alone, and match names it does not spell.
 */
export function foldText(input: string): string {
  return input
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[øæœßđłıþð]/g, (c) => FOLD[c] ?? c)
    .replace(/aa/g, "a")
    .replace(/[^\p{L}\p{Nd}]+/gu, " ")
    .trim();
}

/** The words of a name that identify it, folded, stop words removed. */
export function nameWords(input: string): string[] {
  const words = foldText(input)
    .split(" ")
    .filter((w) => w.length > 0);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  // "The Network" alone would fold to nothing: keep the words rather than match everything.
  return kept.length > 0 ? kept : words;
}

/** The lookup key of a name: its identifying words, joined without spaces ("C 40" = "C40"). */
export function nameKey(input: string): string {
  return nameWords(input).join("");
}
