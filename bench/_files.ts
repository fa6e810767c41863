import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const dist = 'dist';
const html = readFileSync(`${dist}${process.argv[2]}index.html`, 'utf8');
const seen = new Set<string>();
const q: string[] = [...html.matchAll(/src="\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!);
for (const m of html.matchAll(/import\("\/_astro\/([^"]+)"\)/g)) q.push(m[1]!);
while (q.length) { const f = q.shift()!; if (seen.has(f)) continue; seen.add(f); const t = readFileSync(`${dist}/_astro/${f}`, 'utf8');
  for (const m of t.matchAll(/from"\.\/([^"]+)"|import"\.\/([^"]+)"|import\("\.\/(runtime-[^"]+)"\)/g)) q.push((m[1] ?? m[2] ?? m[3])!); }
for (const f of seen) console.log(gzipSync(readFileSync(`${dist}/_astro/${f}`), { level: 9 }).length, f);
