// Makes a locale's functions.json from the generated English one and a translation file: same ids,
// same parameters and types; names and descriptions translated. Used by the build (webpack.config.js)
// and by the tests. Plain JavaScript so that webpack's configuration can require it.

/**
 * @param {{ functions: Array<{ id: string, name: string, description: string, parameters: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { name: string, description: string, parameters: Record<string, [string, string]> }>} translation
 * @param {string} locale
 */
function localizeMetadata(metadata, translation, locale) {
  const problems = [];
  const functions = metadata.functions.map((f) => {
    const t = translation[f.id];
    if (!t) {
      problems.push(`${locale}: no translation for ${f.id}`);
      return f;
    }
    const parameters = f.parameters.map((p) => {
      const tp = t.parameters[p.name];
      if (!tp) {
        problems.push(`${locale}: no translation for parameter ${p.name} of ${f.id}`);
        return p;
      }
      return { ...p, name: tp[0], description: tp[1] };
    });
    for (const name of Object.keys(t.parameters)) {
      if (!f.parameters.some((p) => p.name === name)) problems.push(`${locale}: ${f.id} has no parameter ${name}`);
    }
    return { ...f, name: t.name, description: t.description, parameters };
  });
  for (const id of Object.keys(translation)) {
    if (id !== "$comment" && !metadata.functions.some((f) => f.id === id)) problems.push(`${locale}: ${id} is not a function`);
  }
  if (problems.length > 0) throw new Error(`Function translations do not match functions.json:\n${problems.join("\n")}`);
  return { ...metadata, functions };
}

const LOCALES = { "nb-NO": "nb-NO.json", "sv-SE": "sv-SE.json" };

module.exports = { localizeMetadata, LOCALES };
