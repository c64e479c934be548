// Kept for callers of `build(config, options, env)`: the build lives in build/ (snapshot, plan,
// render, publish), one step per file.
export { build, creationDate, MANIFEST, type BuildEnv, type BuildOptions, type BuildResult, type ManifestFile } from './build/index.js';
export { planBuild, decideEditions, type BuildPlan, type PlannedEdition, type PlannedFile, type Decided } from './build/plan.js';
export { readSnapshot, type Snapshot, type EditionKey } from './build/snapshot.js';
