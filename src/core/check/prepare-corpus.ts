// What every whole-corpus analysis starts from: the configuration, its settings, the files and their metadata.
import * as path from 'node:path';
import { loadConfig } from '../config/load-config';
import type { CorpusConfig, LoadedConfig } from '../config/types';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, discoverFiles, type Discovered } from '../corpus/discover';
import type { ArticleMetadata } from '../extract';
import { metadataByPath } from './metadata';
import { settingsFrom, type CorpusSettings } from './settings';

export interface PreparedCorpus {
  loaded: LoadedConfig;
  settings: CorpusSettings;
  /** Absolute paths of the articles the configuration includes, sorted. */
  files: string[];
  /** Per-file metadata from the configuration, by path relative to the root. */
  metadata: Map<string, ArticleMetadata>;
}

export async function prepareCorpus(root: string, configPath?: string): Promise<PreparedCorpus> {
  const loaded = await loadConfig(root, configPath);
  const { files } = await discoverCorpus(root, loaded.config);
  return { loaded, settings: settingsFrom(loaded.config), files, metadata: await metadataByPath(root, loaded.config.files) };
}

/** The articles under `root` that the configuration includes (absolute paths, sorted). */
export function discoverCorpus(root: string, config: CorpusConfig): Promise<Discovered> {
  return discoverFiles([root], config.include ?? DEFAULT_INCLUDE, [...DEFAULT_EXCLUDE, ...(config.exclude ?? [])]);
}

/** A corpus file's path relative to the root, with forward slashes, as claims and findings name it. */
export function corpusPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
