/**
 * Where the situation model lives. There is one model file, written by `npm run train`:
 * Node (the commands, tests, training) reads it from the repository, and the build copies it
 * unchanged into the extension as a packaged JSON file that extension pages fetch on first use
 * (wxt.config.ts, model-loader.ts). Inlined into a script, its 4.5 MB made the one JavaScript
 * file over the 5 MB that Firefox's add-on linter can read; as JSON it is data, not code.
 *
 * No imports here: wxt.config.ts reads these names while configuring the build.
 */

/** The model in the repository, relative to its root (train.ts writes it). */
export const SITUATION_MODEL_SOURCE = 'lib/situations/lr-model.json';

/**
 * The model's path inside the built extension. Not in web_accessible_resources: only the
 * extension's own pages fetch it, and seller pages cannot read it.
 */
export const SITUATION_MODEL_ASSET = '/situation-model.json';
