// Times Mozilla Readability.js (with jsdom) on every page folder given: html string to article, as DocReport is timed.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";

const root = process.argv[2];
const pages = readdirSync(root).filter(d => existsSync(join(root, d, "source.html")));
const sources = pages.map(d => readFileSync(join(root, d, "source.html"), "utf8"));
const run = html => new Readability(new JSDOM(html, { url: "http://fakehost/test/page.html" }).window.document).parse();
run(sources[0]);
const start = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();
for (const html of sources) run(html);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
// CPU time of all of node's threads (its garbage collector's too), as DocReport's is counted: steadier than wall time on a shared machine.
const cpu = process.cpuUsage(cpuBefore);
console.log(JSON.stringify({ pages: pages.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
