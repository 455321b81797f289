import fg from 'fast-glob';
import type { ArticleMetadata } from '../extract';
import type { FileMetadata } from '../config/types';

/**
 * Per-file metadata from the configuration's `files:` entries, keyed by path relative to the
 * corpus root. Globs are expanded with fast-glob, as for `include`, so both agree on syntax;
 * later entries win over earlier ones for the keys they set.
 */
export async function metadataByPath(root: string, entries: readonly FileMetadata[] = []): Promise<Map<string, ArticleMetadata>> {
  const out = new Map<string, ArticleMetadata>();
  for (const entry of entries) {
    const { match, ...meta } = entry;
    const paths = await fg(match, { cwd: root, onlyFiles: true, dot: false });
    for (const p of paths) out.set(p, { ...out.get(p), ...meta });
  }
  return out;
}
