// Reads GraphML files with graphology-graphml, as a JavaScript user of
// newsgraph's exports would, and prints each graph as graphology exports
// it (one JSON document per line), for the test to check.
//
// Usage: node read_graphml.mjs FILE...
// Exits 1 when a file does not parse, or when the parser or its XML reader
// (xmldom, which reports through console.warn and console.error) warns:
// a file that reads only with warnings is a failure.
import { readFileSync } from "node:fs";
import graphology from "graphology";
import graphml from "graphology-graphml";

const warnings = [];
console.warn = (...args) => warnings.push(args.join(" "));
console.error = (...args) => warnings.push(args.join(" "));

let failed = false;
for (const path of process.argv.slice(2)) {
  try {
    const graph = graphml.parse(graphology.Graph, readFileSync(path, "utf8"));
    const exported = graph.export();
    process.stdout.write(JSON.stringify({ type: graph.type, multi: graph.multi, ...exported }) + "\n");
  } catch (error) {
    process.stderr.write(`${path}: ${error.message}\n`);
    failed = true;
  }
  for (const warning of warnings.splice(0)) {
    process.stderr.write(`${path}: ${warning}\n`);
    failed = true;
  }
}
// exitCode, not exit(): exit() would cut off output still queued for a pipe.
process.exitCode = failed ? 1 : 0;
