// Runs one hook of the repository's Netlify build plugin (src/netlify-plugin-build-cache) as
// Netlify's build would, with Netlify's own cache utilities (@netlify/cache-utils, bound to a
// cache folder of the test's instead of Netlify's). Usage:
//   node tests/tools/netlify-build-cache.mjs <siteDir> <netlifyCacheDir> <onPreBuild|onPostBuild> [publishDir]
// The hook runs in <siteDir> (the site's base folder); publishDir defaults to <siteDir>/public.
// Prints ONE JSON object on stdout: { "kept": [paths], "log": [lines the plugin printed] }.
import path from "node:path";
import process from "node:process";
import { bindOpts } from "@netlify/cache-utils";

const [siteDir, cacheDir, hook, publishDir] = process.argv.slice(2);
if (!siteDir || !cacheDir || !["onPreBuild", "onPostBuild"].includes(hook)) {
  console.error("usage: netlify-build-cache.mjs <siteDir> <netlifyCacheDir> <onPreBuild|onPostBuild> [publishDir]");
  process.exit(2);
}

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const plugin = await import(path.join(repo, "src", "netlify-plugin-build-cache", "index.js"));
process.chdir(siteDir);
const constants = { PUBLISH_DIR: publishDir ?? path.join(siteDir, "public") };
const log = [];
const print = console.log;
console.log = (...parts) => log.push(parts.join(" "));
try {
  await plugin[hook]({ constants, inputs: {}, utils: { cache: bindOpts({ cacheDir, cwd: siteDir }) } });
} finally {
  console.log = print;
}

print(JSON.stringify({ kept: plugin.keptPaths(constants, {}), log }));
