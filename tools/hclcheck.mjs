#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Checks generated Terraform: every file given must parse with HashiCorp's HCL parser
// (@cdktf/hcl2json) and equal its `terraform fmt` form (@cdktf/hcl-tools, hclwrite as WASM).
//   node tools/hclcheck.mjs [--json] FILE.tf...
// Prints "FILE: reason" per failure (with the first differing line for fmt) and exits 1 when
// any file fails, 2 on usage errors. --json also prints each parsed file as JSON on stdout.
import { readFile } from "node:fs/promises";
import { parse } from "@cdktf/hcl2json";
import { format } from "@cdktf/hcl-tools";

const args = process.argv.slice(2);
const json = args[0] === "--json";
const files = json ? args.slice(1) : args;
if (files.length === 0) {
  console.error("usage: node tools/hclcheck.mjs [--json] FILE.tf...");
  process.exit(2);
}

function firstDifference(a, b) {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      return `line ${i + 1}:\n  generated: ${JSON.stringify(la[i])}\n  formatted: ${JSON.stringify(lb[i])}`;
    }
  }
  return "trailing bytes differ";
}

let failures = 0;
const parsed = {};
for (const file of files) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    failures++;
    continue;
  }
  try {
    parsed[file] = await parse(file, text);
  } catch (e) {
    console.error(`${file}: does not parse: ${String(e.message ?? e).trim()}`);
    failures++;
    continue;
  }
  let formatted;
  try {
    formatted = await format(text);
  } catch (e) {
    console.error(`${file}: formatter failed: ${String(e.message ?? e).trim()}`);
    failures++;
    continue;
  }
  if (formatted !== text) {
    console.error(`${file}: not terraform fmt-clean at ${firstDifference(text, formatted)}`);
    failures++;
  }
}
if (json) {
  process.stdout.write(JSON.stringify(parsed, null, 1) + "\n");
}
if (failures > 0) {
  console.error(`hclcheck: ${failures} of ${files.length} file(s) failed`);
  process.exit(1);
}
(json ? console.error : console.log)(`hclcheck: ${files.length} file(s) parse and are fmt-clean`);
