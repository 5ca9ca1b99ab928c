import {
  EVENT_TYPES,
  ORG_FACT_FIELDS,
  ORG_KINDS,
  PLACE_KINDS,
  RELATION_KINDS,
  SCOPES,
  THEMES,
  VERDICTS,
  type FactInput,
  type RawDataset,
} from "./model";
import { CRITERIA, LEVELS } from "./scoring/criteria";

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * Checks the dataset against its schema at run time: the compiler already checks the bundled data's
 * ids and statuses; this also guards data that arrives later (workbook-local corrections).
 * Returns one readable line per problem; an empty list means the dataset is sound.
 */
export function validateDataset(raw: RawDataset): string[] {
  const problems: string[] = [];
  const sourceIds = uniqueIds(raw.sources, "source", problems);
  const orgIds = uniqueIds(raw.organisations, "organisation", problems);
  const placeIds = uniqueIds(raw.places, "place", problems);

  for (const o of raw.organisations) {
    if (!(ORG_KINDS as readonly string[]).includes(o.kind))
      problems.push(`organisation ${o.id}: unknown kind '${o.kind}'`);
    if (o.parent !== undefined && !orgIds.has(o.parent))
      problems.push(`organisation ${o.id}: unknown parent '${o.parent}'`);
    if (!o.name.trim()) problems.push(`organisation ${o.id}: empty name`);
  }
  for (const p of raw.places) {
    if (!(PLACE_KINDS as readonly string[]).includes(p.kind))
      problems.push(`place ${p.id}: unknown kind '${p.kind}'`);
    if (!/^[A-Z]{2}$/.test(p.country))
      problems.push(`place ${p.id}: country '${p.country}' is not an ISO 3166 code`);
    if (p.parent !== undefined && !placeIds.has(p.parent))
      problems.push(`place ${p.id}: unknown parent '${p.parent}'`);
  }

  for (const doc of raw.documents) {
    const where = `document ${doc.source}`;
    if (!sourceIds.has(doc.source)) problems.push(`${where}: unknown source`);
    const fact = (context: string, f: FactInput<unknown> | undefined) =>
      checkFact(`${where}, ${context}`, f, problems);

    for (const o of doc.organisations) {
      const ctx = `organisation ${o.org}`;
      if (!orgIds.has(o.org))
        problems.push(`${where}: facts about unknown organisation '${o.org}'`);
      for (const f of o.description ?? []) fact(`${ctx} description`, f);
      for (const f of o.secretariat ?? []) fact(`${ctx} secretariat`, f);
      for (const f of o.president ?? []) fact(`${ctx} president`, f);
      for (const f of o.url ?? []) {
        fact(`${ctx} url`, f);
        if (!/^https?:\/\/\S+$/.test(f.value))
          problems.push(`${where}, ${ctx}: url '${f.value}' is not a web address`);
      }
      for (const f of o.scope ?? []) {
        fact(`${ctx} scope`, f);
        if (!(SCOPES as readonly string[]).includes(f.value))
          problems.push(`${where}, ${ctx}: unknown scope '${f.value}'`);
      }
      for (const f of o.themes ?? []) {
        fact(`${ctx} themes`, f);
        for (const t of f.value)
          if (!(THEMES as readonly string[]).includes(t))
            problems.push(`${where}, ${ctx}: unknown theme '${t}'`);
      }
      for (const f of o.founded ?? []) {
        fact(`${ctx} founded`, f);
        checkYear(`${where}, ${ctx} founded`, f.value, problems);
      }
      for (const f of o.members ?? []) {
        fact(`${ctx} members`, f);
        if (!(Number.isInteger(f.value.count) && f.value.count > 0))
          problems.push(`${where}, ${ctx}: member count must be a positive whole number`);
      }
    }

    for (const m of doc.memberships) {
      const ctx = `membership ${m.place} in ${m.org}`;
      if (!placeIds.has(m.place)) problems.push(`${where}, ${ctx}: unknown place '${m.place}'`);
      if (!orgIds.has(m.org)) problems.push(`${where}, ${ctx}: unknown organisation '${m.org}'`);
      if (m.events.length === 0) problems.push(`${where}, ${ctx}: no events`);
      if (m.via) fact(`${ctx} via`, m.via);
      if (m.responsible) fact(`${ctx} responsible`, m.responsible);
      for (const f of m.assessment ?? []) fact(`${ctx} assessment`, f);
      for (const e of m.events) {
        if (!(EVENT_TYPES as readonly string[]).includes(e.type))
          problems.push(`${where}, ${ctx}: unknown status event '${e.type}'`);
        if (!hasQuote(e.quote))
          problems.push(`${where}, ${ctx}: event '${e.type}' has no source quote`);
        if (e.year !== undefined) checkYear(`${where}, ${ctx} ${e.type}`, e.year, problems);
        if (e.until !== undefined) checkYear(`${where}, ${ctx} ${e.type} until`, e.until, problems);
      }
      for (const r of m.recommendations ?? []) {
        if (!(VERDICTS as readonly string[]).includes(r.verdict))
          problems.push(`${where}, ${ctx}: unknown verdict '${r.verdict}'`);
        if (r.by !== "review" && r.by !== "council")
          problems.push(`${where}, ${ctx}: recommendation by '${String(r.by)}'`);
        if (!hasQuote(r.quote))
          problems.push(`${where}, ${ctx}: recommendation has no source quote`);
        if (!r.text.trim()) problems.push(`${where}, ${ctx}: recommendation has no text`);
      }
    }

    for (const r of doc.relations) {
      const ctx = `relation ${r.a}–${r.b}`;
      if (!placeIds.has(r.a)) problems.push(`${where}, ${ctx}: unknown place '${r.a}'`);
      if (!placeIds.has(r.b)) problems.push(`${where}, ${ctx}: unknown place '${r.b}'`);
      if (r.a === r.b) problems.push(`${where}, ${ctx}: a place cannot partner itself`);
      if (!(RELATION_KINDS as readonly string[]).includes(r.kind))
        problems.push(`${where}, ${ctx}: unknown kind '${r.kind}'`);
      if (!hasQuote(r.quote)) problems.push(`${where}, ${ctx}: no source quote`);
      if (r.since !== undefined) checkYear(`${where}, ${ctx} since`, r.since, problems);
    }
  }
  const memberships = new Set(
    raw.documents.flatMap((d) => d.memberships.map((m) => `${m.place}|${m.org}`))
  );
  for (const doc of raw.scores ?? []) {
    const where = `scores from ${doc.source}`;
    if (!sourceIds.has(doc.source)) problems.push(`${where}: unknown source`);
    for (const s of doc.scores) {
      const ctx = `${where}, ${s.place} in ${s.org}`;
      if (!memberships.has(`${s.place}|${s.org}`))
        problems.push(`${ctx}: no such membership in the dataset`);
      if (!(s.criterion in CRITERIA)) problems.push(`${ctx}: unknown criterion '${s.criterion}'`);
      if (!LEVELS.includes(s.score))
        problems.push(`${ctx}: score ${String(s.score)} is not a whole number from 1 to 5`);
      if (!hasQuote(s.quote)) problems.push(`${ctx}: score without a source quote`);
    }
    const seen = new Set<string>();
    for (const s of doc.scores) {
      const key = `${s.place}|${s.org}|${s.criterion}`;
      if (seen.has(key))
        problems.push(`${where}, ${s.place} in ${s.org}: ${s.criterion} scored twice`);
      seen.add(key);
    }
  }
  return problems;
}

/**
 * Quotes that do not occur in their source document. Whitespace is compared loosely because the
 * seed texts are PDF and web extractions with noisy line breaks.
 */
export function findMissingQuotes(raw: RawDataset, textOfFile: (file: string) => string): string[] {
  const texts = new Map<string, string>();
  for (const s of raw.sources) texts.set(s.id, collapseSpace(textOfFile(s.file)));
  const missing: string[] = [];
  const check = (source: string, context: string, quote: string) => {
    const text = texts.get(source);
    if (text !== undefined && !text.includes(collapseSpace(quote)))
      missing.push(`${source}, ${context}: «${quote}»`);
  };
  for (const doc of raw.documents) {
    const s = doc.source;
    for (const o of doc.organisations) {
      for (const field of ORG_FACT_FIELDS) {
        for (const f of (o[field] ?? []) as FactInput<unknown>[])
          check(s, `${o.org} ${field}`, f.quote);
      }
    }
    for (const m of doc.memberships) {
      const ctx = `${m.place} in ${m.org}`;
      for (const e of m.events) check(s, `${ctx} ${e.type}`, e.quote);
      if (m.via) check(s, `${ctx} via`, m.via.quote);
      if (m.responsible) check(s, `${ctx} responsible`, m.responsible.quote);
      for (const f of m.assessment ?? []) check(s, `${ctx} assessment`, f.quote);
      for (const r of m.recommendations ?? []) check(s, `${ctx} recommendation`, r.quote);
    }
    for (const r of doc.relations) check(s, `${r.a}–${r.b}`, r.quote);
  }
  for (const doc of raw.scores ?? []) {
    for (const s of doc.scores)
      check(doc.source, `score ${s.place} in ${s.org} ${s.criterion}`, s.quote);
  }
  return missing;
}

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function uniqueIds(
  items: readonly { id: string }[],
  what: string,
  problems: string[]
): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (!/^[a-z0-9-]+$/.test(item.id))
      problems.push(`${what} id '${item.id}' must be lowercase letters, digits and hyphens`);
    if (ids.has(item.id)) problems.push(`${what} id '${item.id}' is used twice`);
    ids.add(item.id);
  }
  return ids;
}

function hasQuote(quote: unknown): boolean {
  return typeof quote === "string" && quote.trim().length >= 3;
}

function checkFact(context: string, f: FactInput<unknown> | undefined, problems: string[]): void {
  if (!f) return;
  if (!hasQuote(f.quote)) problems.push(`${context}: fact without a source quote`);
  if (f.value === undefined || f.value === null || f.value === "")
    problems.push(`${context}: fact without a value`);
  if (f.year !== undefined) checkYear(context, f.year, problems);
}

function checkYear(context: string, year: unknown, problems: string[]): void {
  if (!(
    typeof year === "number" &&
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR
  )) {
    problems.push(
      `${context}: year '${String(year)}' is not a whole year between ${MIN_YEAR} and ${MAX_YEAR}`
    );
  }
}
