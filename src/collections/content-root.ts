/** Where editors' content lives, and how collections load it; tests point the root at a copy holding one broken file. */
import { strictGlob } from '../loaders/strict-glob';

export const contentRoot = process.env.SAFER_NORFOLK_CONTENT_DIR ?? './content';

/** The files in one folder of `content/` matching a glob pattern, loaded with readable errors. */
export const from = (folder: string, pattern: string) => strictGlob({ base: `${contentRoot}/${folder}`, pattern });
