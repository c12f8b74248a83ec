// Answers HTTP requests against <publishDir>/_redirects with Netlify's redirect engine
// (netlify-redirector: Netlify's C++ rule matcher compiled to WebAssembly), the way Netlify's own
// local emulator (`netlify dev` in netlify-cli, files src/utils/rules-proxy.ts and proxy.ts) does.
// Usage: node tests/tools/netlify-redirect.mjs <publishDir> <requests.json>
//
// requests.json: [{ "path": "/", "headers": { "Accept-Language": "fr-BE,fr;q=0.9" },
//                   "cookies": { "nf_lang": "nl" } }, ...]   (headers and cookies optional;
//                 "path" may carry a query string: "/store?id=1")
// Prints one JSON array, one entry per request, in order:
//   { "path", "status", "to", "force", "from", "file", "parsersAgree" }
//   status/to: the rule that applies (status 0 and to null when none does: no rule matched, or
//              the matching rule is not forced and the path exists as a file, which shadows it);
//   force:     whether that rule has "!"; from: the matched rule's pattern (also when shadowed);
//   file:      the file in publishDir served for the path when no rule applies, else null;
//   parsersAgree: false when the engine's own text parser (parsePlain) would pick a different
//              status/to than the pipeline used here (see below); a warning goes to stderr too.
// Exits 0 when it ran, 1 (message on stderr) on an exception.
//
// How the engine's matching was established (reading node_modules/netlify-redirector, whose
// index.js exports parsePlain(text, options) and parseJSON(json, options), each resolving to a
// RedirectMatcher with a single method match(request); netlify-cli's rules-proxy.ts and
// proxy.ts; and probing the engine):
//  - Rules: netlify-cli parses `_redirects` with @netlify/redirect-parser, renames from->origin
//    and query->params, and hands the JSON to parseJSON (the engine reads the `path` field, which
//    the parser adds when not `minimal`). This script does the same. The engine's own text
//    parser, parsePlain, silently drops lines it cannot read and reads conditions differently
//    (for `Cookie=nf_lang=fr` it looks for a cookie NAMED "nf_lang=fr", where redirect-parser
//    keeps only "nf_lang"), so both are run and compared.
//  - Request: match() takes { scheme, host, path, query, getHeader(name), getCookie(name) };
//    it returns null or { from, to (placeholders and :splat filled in), status, force,
//    conditions, exceptions, force404?, proxyHeaders? }. Rules are tried top to bottom and the
//    first whose path, query and conditions match wins; the engine knows nothing of files.
//  - Language=xx is NOT tested against Accept-Language: the engine reads the X-Language header,
//    which Netlify's CDN sets; netlify-cli sets it to the nf_lang cookie when there is one, else
//    to the first Accept-Language entry (quality values ignored, as Netlify documents). Same here,
//    taking that entry's primary subtag ("fr-BE,fr;q=0.9" -> "fr"); with neither, it is empty.
//    Country=xx likewise reads X-Country, set from the nf_country cookie. Headers given in the
//    request override both, as in netlify-cli. The engine matches "fr-BE" against Language=fr.
//  - Cookie=a,b matches when a cookie with one of those NAMES is present, whatever its value.
//  - Files: as in netlify-cli's proxy.ts, a rule without "!" is ignored when the path exists in
//    publishDir as a file, trying path, then for "/x/": /x.html, /x.htm, /x/index.html,
//    /x/index.htm; for "/x" (no asset extension): /x.html, /x.htm, /x/index.html, /x/index.htm.
//    A forced rule ("!") applies whether or not a file exists.
// Not modelled: netlify.toml [[redirects]] (Netlify appends them after `_redirects`), Netlify's
// pretty-URL trailing-slash redirects, Role/JWT conditions, proxying. Paths are case-sensitive.
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import { createRequire } from "node:module";
import { parseAllRedirects } from "@netlify/redirect-parser";

const require = createRequire(import.meta.url);
const redirector = require("netlify-redirector"); // CommonJS (Emscripten), so loaded with require

// Same shape netlify-cli hands to parseJSON.
const toEngineRule = ({ from, query, signed, ...rule }) => ({
  ...rule,
  origin: from,
  params: query,
  ...(signed && { sign: { jwt_secret: signed } }),
});

// First Accept-Language entry's primary subtag, lower-cased ("fr-BE,fr;q=0.9" -> "fr").
const firstLanguage = (acceptLanguage) =>
  (acceptLanguage ?? "").split(",")[0].split(";")[0].trim().split("-")[0].toLowerCase();

function toEngineRequest({ path: requestPath, headers = {}, cookies = {} }) {
  const url = new URL(requestPath, "https://example.org");
  const lowerHeaders = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
  );
  const allHeaders = {
    "x-language": cookies.nf_lang || firstLanguage(lowerHeaders["accept-language"]),
    "x-country": cookies.nf_country || "",
    ...lowerHeaders,
  };
  return {
    scheme: "https",
    host: url.hostname,
    path: decodeURIComponent(url.pathname),
    query: url.search.slice(1),
    getHeader: (name) => allHeaders[name.toLowerCase()] ?? "",
    getCookie: (name) => (cookies[name] == null ? "" : String(cookies[name])),
  };
}

const ASSET_EXTENSION = /\.(html?|png|jpg|js|css|svg|gif|ico|woff|woff2)$/;

// The file publishDir serves for urlPath ("/fr/" -> "/fr/index.html"), or null.
function staticFile(publishDir, urlPath) {
  const candidates = [urlPath];
  if (urlPath.endsWith("/")) {
    const base = urlPath.slice(0, -1);
    if (urlPath !== "/") candidates.push(`${base}.html`, `${base}.htm`);
    candidates.push(`${urlPath}index.html`, `${urlPath}index.htm`);
  } else if (!ASSET_EXTENSION.test(urlPath)) {
    candidates.push(`${urlPath}.html`, `${urlPath}.htm`, `${urlPath}/index.html`, `${urlPath}/index.htm`);
  }
  const root = path.resolve(publishDir);
  for (const candidate of candidates) {
    const full = path.resolve(root, `.${candidate}`);
    if (!full.startsWith(root + path.sep) && full !== root) continue;
    try {
      if (fs.statSync(full).isFile()) return "/" + path.relative(root, full).split(path.sep).join("/");
    } catch {
      // not there: try the next candidate
    }
  }
  return null;
}

// What Netlify does with one request, given the engine's match.
function decide(publishDir, engineRequest, match) {
  const file = staticFile(publishDir, engineRequest.path);
  if (match == null) return { status: 0, to: null, force: null, from: null, file };
  if (match.force404) return { status: 404, to: null, force: true, from: match.from ?? null, file: null };
  if (file !== null && !match.force) return { status: 0, to: null, force: false, from: match.from, file };
  return { status: match.status, to: match.to, force: match.force, from: match.from, file: null };
}

async function main() {
  const [publishDirArg, requestsArg] = process.argv.slice(2);
  if (!publishDirArg || !requestsArg) {
    throw new Error("usage: node tests/tools/netlify-redirect.mjs <publishDir> <requests.json>");
  }
  const publishDir = path.resolve(publishDirArg);
  const redirectsFile = path.join(publishDir, "_redirects");
  const requests = JSON.parse(fs.readFileSync(requestsArg, "utf8"));
  const text = fs.existsSync(redirectsFile) ? fs.readFileSync(redirectsFile, "utf8") : "";

  const { redirects, errors } = await parseAllRedirects({ redirectsFiles: [redirectsFile], minimal: false });
  for (const error of errors) process.stderr.write(`_redirects: ${error.message}\n`);
  const matcher = await redirector.parseJSON(JSON.stringify(redirects.map(toEngineRule)), {});
  const plainMatcher = await redirector.parsePlain(text, {});

  const answers = requests.map((request) => {
    const engineRequest = toEngineRequest(request);
    const answer = decide(publishDir, engineRequest, matcher.match(engineRequest));
    const plain = decide(publishDir, engineRequest, plainMatcher.match(engineRequest));
    const parsersAgree = plain.status === answer.status && plain.to === answer.to;
    if (!parsersAgree) {
      process.stderr.write(
        `${request.path}: parseJSON gives ${answer.status} ${answer.to}, parsePlain gives ${plain.status} ${plain.to}\n`,
      );
    }
    return { path: request.path, ...answer, parsersAgree };
  });
  process.stdout.write(JSON.stringify(answers, null, 2) + "\n");
}

main().catch((error) => {
  process.stderr.write(`${error?.message ?? error}\n`);
  process.exit(1);
});
