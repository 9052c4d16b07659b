// SPDX-License-Identifier: MIT
// Renders Markdown files with markdown-it (CommonMark + GitHub tables and strikethrough, raw HTML
// allowed as on GitHub) and prints, per file, what a reader would see, as JSON:
//   { file, blocks: [{ tag, text, marks }], html: [...], links: [...], images: [...],
//     fences: [{ info, content }] }
// tag is the element holding the text (p, li, h1..h6, th, td); text is its rendered plain text
// (code spans included, line breaks as "\n"); marks lists the inline markup in it (strong, em, s,
// link, code, html, image). Used by tst_markdown: node tests/exporters/mdrender.js FILE...
import MarkdownIt from 'markdown-it';
import { readFileSync } from 'node:fs';

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

function render(file) {
    const src = readFileSync(file, 'utf8');
    const tokens = md.parse(src, {});
    const out = { file, blocks: [], html: [], links: [], images: [], fences: [] };
    const stack = [];
    for (const t of tokens) {
        if (t.type === 'html_block') out.html.push(t.content);
        if (t.type === 'fence' || t.type === 'code_block')
            out.fences.push({ info: t.info, content: t.content });
        if (t.nesting === 1) stack.push(t.tag);
        if (t.nesting === -1) stack.pop();
        if (t.type !== 'inline') continue;
        // A paragraph inside a list item reads as the item.
        let tag = stack[stack.length - 1] || '';
        if (tag === 'p' && stack.includes('li')) tag = 'li';
        let text = '';
        const marks = [];
        for (const c of t.children) {
            switch (c.type) {
            case 'text': text += c.content; break;
            case 'code_inline': text += c.content; marks.push('code'); break;
            case 'softbreak': case 'hardbreak': text += '\n'; break;
            case 'html_inline': text += c.content; marks.push('html'); out.html.push(c.content); break;
            case 'link_open': marks.push('link'); out.links.push(c.attrGet('href')); break;
            case 'image': marks.push('image'); out.images.push(c.attrGet('src')); break;
            case 'strong_open': marks.push('strong'); break;
            case 'em_open': marks.push('em'); break;
            case 's_open': marks.push('s'); break;
            default: break;
            }
        }
        out.blocks.push({ tag, text, marks });
    }
    return out;
}

process.stdout.write(JSON.stringify(process.argv.slice(2).map(render)));
