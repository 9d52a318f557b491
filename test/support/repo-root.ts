import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root (this file lives in <root>/test/support). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
