// Resolves <repoRoot>/netlify.toml with Netlify's own config resolver (@netlify/config, the code
// Netlify's build system runs) for each deploy context, fully offline: no token, no API call, no
// site id. Usage: node tests/tools/netlify-config.mjs <repoRoot> [branch]
// [branch] is the git branch of the branch-deploy context (default "feature-branch"); production
// resolves as branch "main" and deploy-preview as "pull/1/head", so [context.<branch>] sections
// apply as they would on Netlify.
//
// Prints ONE JSON object on stdout:
//   { "production":     { "warnings": [..], "build": { "command", "publish", "environment" }, "plugins": [package, ..] },
//     "deploy-preview": { ... },
//     "branch-deploy":  { ... } }
// "publish" is the absolute path the resolver computed (repoRoot joined with build.publish).
// "warnings" holds every message the library logged while resolving that context: its log
// buffer (`buffer: true` makes it collect logs instead of printing them) and anything it wrote
// through console.* (caught so that nothing but the JSON reaches stdout). ANSI colours and the
// zero-width spaces it puts in empty lines are removed. resolveConfig also parses the publish
// folder's _redirects and _headers, so their syntax errors show up here as warnings too.
// Exits 0 when every context resolved, 1 (message on stderr) when the library threw.
import path from "node:path";
import process from "node:process";
import util from "node:util";
import { resolveConfig } from "@netlify/config";

// Branch-deploy contexts also merge [context.<branch>] sections; this names the branch used.
const BRANCH_DEPLOY_BRANCH = process.argv[3] || "feature-branch";
const CONTEXTS = [
  { context: "production", branch: "main" },
  { context: "deploy-preview", branch: "pull/1/head" },
  { context: "branch-deploy", branch: BRANCH_DEPLOY_BRANCH },
];

const clean = (text) =>
  util.stripVTControlCharacters(String(text)).replace(/\u200B/g, "").trim();

// Runs fn while console.* goes into `sink` instead of the terminal.
async function captureConsole(sink, fn) {
  const names = ["log", "info", "warn", "error", "debug"];
  const saved = names.map((name) => console[name]);
  for (const name of names) console[name] = (...args) => sink.push(util.format(...args));
  try {
    return await fn();
  } finally {
    names.forEach((name, i) => (console[name] = saved[i]));
  }
}

async function resolveContext(repoRoot, { context, branch }) {
  const captured = [];
  const result = await captureConsole(captured, () =>
    resolveConfig({
      config: path.join(repoRoot, "netlify.toml"),
      cwd: repoRoot,
      repositoryRoot: repoRoot,
      context,
      branch,
      offline: true, // no API client is created, so no network access even with a token in env
      buffer: true, // collect log lines in result.logs instead of printing them
      mode: "cli",
      env: {},
    }),
  );
  const logged = [...(result.logs?.stdout ?? []), ...(result.logs?.stderr ?? [])];
  const warnings = [...logged, ...captured].map(clean).filter((line) => line !== "");
  const build = result.config.build ?? {};
  return {
    warnings,
    build: {
      command: build.command ?? null,
      publish: build.publish ?? null,
      environment: build.environment ?? {},
    },
    plugins: (result.config.plugins ?? []).map((plugin) => plugin.package),
  };
}

async function main() {
  const repoRoot = path.resolve(process.argv[2] ?? ".");
  const output = {};
  for (const entry of CONTEXTS) output[entry.context] = await resolveContext(repoRoot, entry);
  process.stdout.write(JSON.stringify(output, null, 2) + "\n");
}

main().catch((error) => {
  process.stderr.write(`${error?.message ?? error}\n`);
  process.exit(1);
});
