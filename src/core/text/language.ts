import { isArabicLetter, isLatinLetter } from './chars';
import type { Language } from '../numbers/types';

/** The dominant script of a text: Arabic when Arabic letters outnumber Latin ones. */
export function detectLanguage(text: string, sample = 20000): Language {
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if (isLatinLetter(c)) latin++;
  }
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
