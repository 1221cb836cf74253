// Prints the code-point offsets of a quote in a source text, for writing excerpts by hand:
//   npm run seed:locate -- seed/data/article/article.ar.txt 2 "الدورة 93"
import { CodePointText, readSourceText } from '../src/ingest/index.js';

const [file, chrome, ...words] = process.argv.slice(2);
if (!file || chrome === undefined || words.length === 0 || !/^\d+$/.test(chrome)) {
  console.error('usage: npm run seed:locate -- <source file> <trailingChromeLines> "<quote>"');
  process.exit(2);
}
const text = new CodePointText(await readSourceText(file, Number(chrome)));
const quote = words.join(' ');
const hits = text.locate(quote);
if (hits.length === 0) {
  console.error(`not found in ${file} (${text.length} code points): ${quote}`);
  process.exit(1);
}
for (const { start, end } of hits) console.log(`start: ${start}\nend: ${end}`);
