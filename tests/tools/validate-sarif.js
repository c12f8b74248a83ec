// Validates SARIF files against the official SARIF 2.1.0 JSON schema (as shipped in npm's
// @microsoft/jest-sarif), with ajv. Usage: node tests/tools/validate-sarif.js FILE...
// Prints every schema error and exits 1 when a file is invalid.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv");

const schemaPath = path.join(__dirname, "..", "..", "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
// The SARIF schema is written in JSON Schema draft-04.
const ajv = new Ajv({ allErrors: true, schemaId: "auto" });
ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-04.json"));
const validate = ajv.compile(schema);
let failed = false;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, "utf8"));
  if (validate(log)) {
    console.log(`${file}: valid SARIF 2.1.0`);
  } else {
    failed = true;
    for (const error of validate.errors) console.log(`${file}: ${error.dataPath || "/"} ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
