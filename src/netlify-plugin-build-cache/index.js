// A Netlify build plugin that keeps the generator's build cache between builds, with Netlify's
// own cache utilities (utils.cache): before the build it restores the cache folder (.cache: the
// build record and the printed PDFs) and the published folder the record describes; after a
// successful build it saves both. The generator checks what it restores (its format, the
// generator that wrote it, a checksum, and every output file's size and time) and ignores, with
// a warning, anything it cannot trust, so a stale or damaged cache costs a full build, never a
// wrong site. To clear it: "Clear cache and deploy site" in Netlify's deploy menu.
import path from 'node:path';

/** The folders kept: the inputs' paths, or .cache and the published folder. */
export function keptPaths(constants, inputs = {}) {
  if (Array.isArray(inputs.paths) && inputs.paths.length > 0) {
    return inputs.paths;
  }

  // The published folder is kept only when it is a folder of its own inside the site's folder.
  const publish = path.relative(process.cwd(), path.resolve(constants.PUBLISH_DIR ?? 'public'));
  const own = publish !== '' && !publish.startsWith('..') && !path.isAbsolute(publish);
  return own ? ['.cache', publish] : ['.cache'];
}

export const onPreBuild = async ({ constants, inputs, utils }) => {
  for (const kept of keptPaths(constants, inputs)) {
    const restored = await utils.cache.restore(kept);
    console.log(restored ? `Restored ${kept} from the build cache` : `No ${kept} in the build cache: this build runs in full`);
  }
};

export const onPostBuild = async ({ constants, inputs, utils }) => {
  for (const kept of keptPaths(constants, inputs)) {
    const saved = await utils.cache.save(kept);
    console.log(saved ? `Saved ${kept} in the build cache` : `No ${kept} to save in the build cache`);
  }
};
