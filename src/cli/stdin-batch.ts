import * as readline from 'node:readline';
import { extractText, type Language } from '../core';

/**
 * `extract --stdin-jsonl`: one `{"id","text","language"?}` a line in, one `{"id","numbers","quotes"}`
 * a line out, in order. A bad line answers `{"id","error"}` and the batch goes on.
 */
export async function runStdinBatch(input: NodeJS.ReadableStream, write: (line: string) => void): Promise<void> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    write(JSON.stringify(answer(line)));
  }
}

function answer(line: string): object {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not JSON: ${(e as Error).message}` };
  }
  if (!request || typeof request !== 'object' || Array.isArray(request)) return { id: null, error: 'expected a JSON object' };
  const { id, text, language } = request as Record<string, unknown>;
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (safeId === null) return { id: null, error: '"id" must be a string or a number' };
  if (typeof text !== 'string') return { id: safeId, error: '"text" must be a string' };
  if (language !== undefined && language !== 'ar' && language !== 'en') return { id: safeId, error: '"language" must be "ar" or "en"' };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { numbers, quotes, claims } = extractText(String(safeId), body, { language: language as Language | undefined });
  return { id: safeId, numbers, quotes, claims };
}
