import type { Word } from '../quotes/words';
import type { ClaimStatus } from './types';
import type { ClaimLexicon } from './settings';

/** `retracted` when the sentence withdraws what it reports, `unconfirmed` when it says it is unverified. */
export function sentenceStatus(words: readonly Word[], lex: ClaimLexicon): ClaimStatus {
  let status: ClaimStatus = 'reported';
  let retracting = false;
  let statement = false;
  for (let j = 0; j < words.length; j++) {
    retracting ||= lex.retractingVerbs.matchAt(words, j) !== null;
    statement ||= lex.statements.matchAt(words, j) !== null;
    const m = lex.status.matchAt(words, j);
    if (!m) continue;
    if (m.id === 'retracted') return 'retracted';
    status = 'unconfirmed';
  }
  return retracting && statement ? 'retracted' : status;
}
