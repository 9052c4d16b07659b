// SPDX-License-Identifier: MIT
// Starts Debian's Chromium headless through puppeteer-core, with a throwaway profile and no
// network services, for the render checks of the diagram exports.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

export async function launch() {
    const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
    if (!fs.existsSync(executablePath))
        throw new Error(`${executablePath} not found: install Debian's chromium package`);
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-chromium-'));
    const browser = await puppeteer.launch({
        executablePath,
        headless: true,
        userDataDir: profile,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--allow-file-access-from-files'],
    });
    return {
        browser,
        async close() {
            await browser.close();
            fs.rmSync(profile, { recursive: true, force: true });
        },
    };
}
