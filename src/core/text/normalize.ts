import { isArabicMark, isFormatControl } from './chars';

/**
 * The lookup key of a word: Arabic marks and tatweel dropped, alef forms folded to ا,
 * ى to ي, ة to ه, Persian kaf/yeh to Arabic; Latin lower-cased. Returns the input itself
 * when nothing changes (the common case, no allocation beyond the slice).
 */
export function wordKey(word: string): string {
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (foldChar(c) !== c || isArabicMark(c) || isFormatControl(c)) {
      changed = true;
      break;
    }
  }
  if (!changed) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isArabicMark(c) || isFormatControl(c)) continue;
    out += String.fromCharCode(foldChar(c));
  }
  return out;
}

function foldChar(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  switch (c) {
    case 0x622: // آ
    case 0x623: // أ
    case 0x625: // إ
    case 0x671: // ٱ
      return 0x627;
    case 0x649: // ى
    case 0x6cc: // ی
      return 0x64a;
    case 0x629: // ة
      return 0x647;
    case 0x6a9: // ک
      return 0x643;
    default:
      return c;
  }
}
