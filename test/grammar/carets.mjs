// Prints a vscode-tmgrammar-test assertion line for a substring of a source line: the carets land on
// the substring's UTF-16 columns in logical (typed) order, which an editor showing Arabic right to left
// makes hard to count by eye.
// Usage: node test/grammar/carets.mjs '<source line>' '<substring>' [occurrence=1] [scopes...]
// e.g.   node test/grammar/carets.mjs 'قتيلاً و٣٠ مفقوداً' '٣٠' 1 constant.numeric.arabic-indic.corpus
const [line, sub, nth = '1', ...scopes] = process.argv.slice(2);
if (line === undefined || !sub) {
  console.error("usage: node test/grammar/carets.mjs '<source line>' '<substring>' [occurrence] [scopes...]");
  process.exit(2);
}
let at = -1;
for (let k = 0; k < Number(nth); k++) {
  at = line.indexOf(sub, at + 1);
  if (at < 0) {
    console.error(`"${sub}" occurs fewer than ${nth} times in the line`);
    process.exit(1);
  }
}
const rest = scopes.length ? ' ' + scopes.join(' ') : ' <scopes>';
// Column 0 is under the comment mark itself: the tool's "<-" form reaches it.
console.log(at === 0 ? '#<' + '-'.repeat(sub.length) + rest : '#' + ' '.repeat(at - 1) + '^'.repeat(sub.length) + rest);
