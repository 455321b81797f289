import type { NumberMention, RecognizeOptions } from './types';

/** Every numeric expression in `text`, in order of position. Never throws. */
export function recognizeNumbers(text: string, options: RecognizeOptions = {}): NumberMention[] {
  void text;
  void options;
  return [];
}
