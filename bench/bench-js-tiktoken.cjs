// js-tiktoken on the texts bench_tokens counts, for comparison (README,
// Performance). Not run by run-benchmarks.sh: it needs js-tiktoken, e.g.
//   (cd /tmp/js && npm init -y && npm install js-tiktoken@1.0.21)
//   node bench/bench-js-tiktoken.cjs /tmp/js data/portfolio-qa.md [DOC]
'use strict';
const fs = require('fs');
const path = require('path');
const [jsDir, samplePath, docPath] = process.argv.slice(2);
const jsRequire = require('module').createRequire(path.join(jsDir, 'package.json'));
const { Tiktoken } = jsRequire('js-tiktoken/lite');

// The same CJK and emoji text as bench_tokens.cpp makes (same parts, same LCG).
function cjkEmojiText(size) {
    const parts = ['漢字と仮名の混じった文章です。', '中文分词测试，标点符号。', '한국어 문장을 씁니다. ', '😀', '👩‍👩‍👧‍👦',
        '👍🏽', '🇩🇪🇯🇵', ' ', '\n', '東京タワー', '（括弧）', '「引用」', '数字123', '🧑🏿‍🚀', 'ひらがなカタカナ'];
    const chunks = [];
    let bytes = 0, state = 20250101;
    while (bytes < size) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        const part = parts[(state >>> 16) % parts.length];
        chunks.push(part);
        bytes += Buffer.byteLength(part);
    }
    return chunks.join('');
}

const sample = fs.readFileSync(samplePath, 'utf8');
let repeated = '';
while (Buffer.byteLength(repeated) < 6900000) repeated += sample;
const texts = [['sample repeated (markdown)', repeated]];
if (docPath) texts.push(['generated document', fs.readFileSync(docPath, 'utf8')]);
texts.push(['CJK and emoji', cjkEmojiText(4000000)]);
for (const name of ['o200k_base', 'cl100k_base']) {
    let start = process.hrtime.bigint();
    const tokenizer = new Tiktoken(jsRequire(`js-tiktoken/ranks/${name}`));
    console.log(`load ${name} ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(1)} ms`);
    for (const [what, text] of texts) {
        const mb = Buffer.byteLength(text) / 1e6;
        start = process.hrtime.bigint();
        const tokens = tokenizer.encode(text, [], []).length;
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        console.log(`${what.padEnd(34)} ${name.padEnd(12)} ${mb.toFixed(1).padStart(8)} MB  ${String(tokens).padStart(11)} tokens  ${seconds.toFixed(3).padStart(7)} s  ${(mb / seconds).toFixed(1).padStart(6)} MB/s`);
    }
}
