// Parses <publishDir>/_redirects and <publishDir>/_headers with Netlify's own parsers
// (@netlify/redirect-parser and @netlify/headers-parser, which Netlify's build and netlify-cli
// use). Usage: node tests/tools/netlify-rules.mjs <publishDir>
//
// Prints one JSON object on stdout:
//   { "redirects": { "errors": ["message", ..], "rules": [..] },
//     "headers":   { "errors": ["message", ..], "rules": [..] } }
// Redirect rules: { from, query, to, status, force, conditions, signed?, headers, path,
//   scheme?, host?, proxy }; conditions as the parser normalises them: Language, Country and
//   Role become arrays ("Language=fr,nl" -> ["fr","nl"]), any other key (Cookie) stays the raw
//   text up to a second "=" ("Cookie=nf_lang=fr" -> "nf_lang": the "=fr" is dropped).
// Header rules: { for, values: { name: value }, forRegExp } with forRegExp the source text of the
//   case-insensitive RegExp the parser builds for the path; repeated names in one block are
//   joined with ", ". A missing file gives no rules and no error.
// The parsers never throw on bad lines: they return an error per line and keep the good rules.
// Exits 0 when it ran, 1 (message on stderr) on an exception.
import path from "node:path";
import process from "node:process";
import { parseAllRedirects } from "@netlify/redirect-parser";
import { parseAllHeaders } from "@netlify/headers-parser";

const messages = (errors) => errors.map((error) => error?.message ?? String(error));

async function main() {
  const publishDir = process.argv[2];
  if (!publishDir) throw new Error("usage: node tests/tools/netlify-rules.mjs <publishDir>");
  const redirectsFile = path.resolve(publishDir, "_redirects");
  const headersFile = path.resolve(publishDir, "_headers");

  // minimal: false adds the path/scheme/host/proxy fields Netlify's backend uses.
  const redirects = await parseAllRedirects({ redirectsFiles: [redirectsFile], minimal: false });
  const headers = await parseAllHeaders({ headersFiles: [headersFile], minimal: false });

  const output = {
    redirects: { errors: messages(redirects.errors), rules: redirects.redirects },
    headers: {
      errors: messages(headers.errors),
      rules: headers.headers.map(({ forRegExp, ...rule }) => ({
        ...rule,
        ...(forRegExp && { forRegExp: forRegExp.source }),
      })),
    },
  };
  process.stdout.write(JSON.stringify(output, null, 2) + "\n");
}

main().catch((error) => {
  process.stderr.write(`${error?.message ?? error}\n`);
  process.exit(1);
});
