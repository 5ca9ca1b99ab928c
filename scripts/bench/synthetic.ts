import type { DocumentData, RawDataset } from "../../src/core/model";
import type { Evaluation } from "../../src/core/scoring/evaluation";

/**
 * A dataset `factor` times the bundled one: every organisation, place and document copied with
 * suffixed ids and names, so indexes, name keys and memberships all grow by the factor.
 */
export function scaleDataset(raw: RawDataset, factor: number): RawDataset {
  const organisations = [];
  const places = [];
  const documents: DocumentData[] = [];
  for (let k = 0; k < factor; k++) {
    const id = (s: string) => (k === 0 ? s : `${s}-x${k}`);
    const name = (s: string) => (k === 0 ? s : `${s} ${k}`);
    for (const o of raw.organisations) {
      organisations.push({
        ...o,
        id: id(o.id),
        name: name(o.name),
        acronym: o.acronym ? name(o.acronym) : undefined,
        parent: o.parent ? id(o.parent) : undefined,
        names: { en: o.names.en.map(name), nb: o.names.nb.map(name), sv: o.names.sv.map(name) },
        aliases: o.aliases.map(name),
      });
    }
    for (const p of raw.places) {
      places.push({
        ...p,
        id: id(p.id),
        name: name(p.name),
        parent: p.parent ? id(p.parent) : undefined,
        names: { en: p.names.en.map(name), nb: p.names.nb.map(name), sv: p.names.sv.map(name) },
        aliases: p.aliases.map(name),
      });
    }
    for (const d of raw.documents) {
      documents.push({
        source: d.source,
        organisations: d.organisations.map((o) => ({ ...o, org: id(o.org) })),
        memberships: d.memberships.map((m) => ({ ...m, place: id(m.place), org: id(m.org) })),
        relations: d.relations.map((r) => ({ ...r, a: id(r.a), b: id(r.b) })),
      });
    }
  }
  return { sources: raw.sources, organisations, places, documents };
}

/**
 * The review grown or cut to `count` rows: copies of its first row (with its evidence, about 440
 * characters in the Bergen review) as candidates "Test n". For request sizes and render batches.
 */
export function evaluationOfSize(e: Evaluation, count: number): Evaluation {
  const template = e.rows[0];
  while (e.rows.length < count)
    e.rows.push({
      ...template,
      key: `candidate:t${e.rows.length}`,
      name: `Test ${e.rows.length}`,
      type: "Candidate",
      status: "Candidate",
    });
  e.rows = e.rows.slice(0, count);
  return e;
}
