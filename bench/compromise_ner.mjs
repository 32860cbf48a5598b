// The peer of bench/throughput.sh: compromise (npm), the most used
// JavaScript NER, on the same articles: every .txt file under the folders
// given and every line's "text" of the .jsonl files given. For each article
// it finds people, places and organizations, as newsgraph does. Prints one
// JSON object: {"articles", "bytes", "entities", "seconds"} (bytes of text
// as UTF-8; seconds of wall time, reading included, Node's start not).
//
//   node compromise_ner.mjs INPUT...
import fs from "node:fs";
import path from "node:path";
import nlp from "compromise";

function* texts(input) {
  const stat = fs.statSync(input);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(input).sort()) {
      if (name.startsWith(".")) continue;
      const child = path.join(input, name);
      if (fs.statSync(child).isDirectory() || name.endsWith(".txt") || name.endsWith(".jsonl")) yield* texts(child);
    }
  } else if (input.endsWith(".jsonl")) {
    for (const line of fs.readFileSync(input, "utf8").split("\n")) {
      if (line.trim()) yield JSON.parse(line).text;
    }
  } else {
    yield fs.readFileSync(input, "utf8");
  }
}

const started = process.hrtime.bigint();
let articles = 0, bytes = 0, entities = 0;
for (const input of process.argv.slice(2)) {
  for (const text of texts(input)) {
    const doc = nlp(text);
    entities += doc.people().out("array").length + doc.places().out("array").length +
                doc.organizations().out("array").length;
    articles += 1;
    bytes += Buffer.byteLength(text, "utf8");
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({articles, bytes, entities, seconds}));
