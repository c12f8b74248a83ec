// Validates front matter (as JSON) against the generator's front-matter schemas with ajv 6: a
// draft-07 validator with JavaScript regular expressions, as editors' YAML servers have, to show
// that the schemas read the same there as in JsonSchema.Net.
// Usage: node tests/tools/validate-front-matter.js CASES.json, where CASES.json is
// { "schemas": { "<type>": <schema> }, "documents": [ { "name": ..., "type": ..., "frontMatter": ... } ] }.
// Prints { "<name>": [ "<error>", ... ] } with an empty list for each valid document.
"use strict";
const fs = require("fs");
const Ajv = require("ajv");

const cases = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
// The schemas declare draft 2020-12, which ajv 6 does not know; they use only keywords draft-07 has.
const ajv = new Ajv({ allErrors: true, validateSchema: false, unknownFormats: "ignore" });
const validators = {};
for (const [type, schema] of Object.entries(cases.schemas)) validators[type] = ajv.compile(schema);
const results = {};
for (const document of cases.documents) {
  const validate = validators[document.type];
  results[document.name] = validate(document.frontMatter) ? [] : validate.errors.map(e => `${e.dataPath || "/"} ${e.message}`);
}
console.log(JSON.stringify(results));
