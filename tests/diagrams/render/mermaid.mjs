// SPDX-License-Identifier: MIT
// Renders Mermaid files with the real mermaid library in headless Chromium and checks the
// picture: no render error, and no subgraph title overlapped by a node or another title.
// Usage: node mermaid.mjs FILE.mmd...   Prints one line per problem; exit code 1 when any.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';

const require = createRequire(import.meta.url);
const mermaidJs = require.resolve('mermaid/dist/mermaid.min.js');

// Runs in the page: render, then compare the boxes of the cluster titles with every node and
// every other title (screen coordinates, so nesting transforms are applied).
async function check(source) {
    const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5
        && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict',
        flowchart: { htmlLabels: true } });
    const problems = [];
    let svg;
    try {
        ({ svg } = await window.mermaid.render('diagram', source));
    } catch (e) {
        return { problems: [`render error: ${e.message || e}`], clusters: 0, nodes: 0 };
    }
    const host = document.getElementById('host');
    host.innerHTML = svg;
    const box = (el) => el.getBoundingClientRect();
    const titles = [...host.querySelectorAll('g.cluster')].map((c) => {
        const label = c.querySelector('.cluster-label');
        return { id: c.id, text: label ? label.textContent.trim() : '', rect: label ? box(label) : null,
            lines: label ? label.querySelectorAll('br').length + 1 : 0 };
    });
    const nodes = [...host.querySelectorAll('g.node')].map((n) => ({ id: n.id, text: n.textContent.trim(), rect: box(n) }));
    for (const t of titles) {
        if (!t.rect || t.rect.width === 0) {
            problems.push(`subgraph ${t.id} has no visible title`);
            continue;
        }
        // One line: a taller title is what Mermaid lays nodes and inner titles over.
        const lines = t.lines;
        if (lines > 1)
            problems.push(`title "${t.text}" has ${lines} lines`);
        for (const n of nodes)
            if (overlap(t.rect, n.rect))
                problems.push(`title "${t.text}" overlapped by node "${n.text}"`);
        for (const o of titles)
            if (o !== t && o.rect && o.id < t.id && overlap(t.rect, o.rect))
                problems.push(`title "${t.text}" overlaps title "${o.text}"`);
    }
    // Every subgraph carries a class of ours: none keeps the theme's default cluster fill.
    for (const c of host.querySelectorAll('g.cluster'))
        if (c.classList.length < 2)
            problems.push(`subgraph ${c.id} has Mermaid's default style`);
    return { problems, clusters: titles.length, nodes: nodes.length };
}

const files = process.argv.slice(2);
if (!files.length) {
    console.error('usage: node mermaid.mjs FILE.mmd...');
    process.exit(2);
}
const { browser, close } = await launch();
let failed = 0;
try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
    await page.addScriptTag({ path: mermaidJs });
    for (const file of files) {
        const source = fs.readFileSync(file, 'utf8');
        const r = await page.evaluate(check, source);
        const problems = [...r.problems, ...errors.splice(0).map((e) => `page error: ${e}`)];
        if (r.clusters === 0 && r.nodes === 0 && !problems.length)
            problems.push('nothing rendered');
        for (const p of problems)
            console.log(`${path.basename(path.dirname(file))}/${path.basename(file)}: ${p}`);
        console.error(`${file}: ${r.clusters} subgraphs, ${r.nodes} nodes, ${problems.length} problems`);
        failed += problems.length ? 1 : 0;
    }
} finally {
    await close();
}
process.exit(failed ? 1 : 0);
