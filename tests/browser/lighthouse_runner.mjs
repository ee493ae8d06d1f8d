// Lighthouse in Chromium: one fresh Chromium per run, runs one after another (never in
// parallel: on a 2-core machine concurrent runs measure each other).
//
//   node tests/browser/lighthouse_runner.mjs URL desktop|mobile [--cpu-slowdown=N] [--only=a,b]
//   node tests/browser/lighthouse_runner.mjs < jobs.json
//
// A job is {url, preset: "desktop"|"mobile", cpuSlowdown?: number, only?: [category]}; with
// no arguments the runner reads a JSON list of jobs on stdin (one Node start for them all:
// loading Lighthouse costs seconds). It prints one JSON line per job:
//   {url, preset, lighthouseVersion, benchmarkIndex, cpuSlowdownMultiplier,
//    scores: {category: 0-100}, failing: [{category, id, title, score, displayValue}],
//    warnings, runtimeError, attempts}
// `failing` lists the scored audits (weight > 0) under 1. Used by tests/browser/lighthouse.py.

import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // As in the Playwright tests: no host but the live server resolves, nothing leaves the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function parseArgs(argv) {
  const [url, preset, ...rest] = argv;
  const job = {url, preset};
  for (const arg of rest) {
    const [name, value] = arg.split('=');
    if (name === '--cpu-slowdown') job.cpuSlowdown = Number(value);
    else if (name === '--only') job.only = value.split(',');
    else throw new Error(`unknown option ${arg}`);
  }
  return [job];
}

async function readJobs() {
  if (process.argv.length > 2) return parseArgs(process.argv.slice(2));
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  return JSON.parse(input);
}

function checkJob(job) {
  if (!job.url || !['desktop', 'mobile'].includes(job.preset)) {
    throw new Error(`a job needs a url and a preset "desktop" or "mobile": ${JSON.stringify(job)}`);
  }
  return {cpuSlowdown: null, only: CATEGORIES, ...job};
}

// The server renders images and finds static files on first request: ask for the page and
// what it links to once before measuring, so the trace times the page, not the warm-up.
async function warm(url) {
  const html = await (await fetch(url)).text();
  const origin = new URL(url).origin;
  const assets = new Set();
  for (const match of html.matchAll(/(?:src|href|srcset)="([^"]+)"/g)) {
    for (const candidate of match[1].split(',')) {
      const target = new URL(candidate.trim().split(/\s+/)[0], url);
      if (target.origin === origin && /\.(css|js|svg|png|jpe?g|webp|avif|woff2?)$/.test(target.pathname)) {
        assets.add(target.href);
      }
    }
  }
  await Promise.all([...assets].map(async (asset) => (await fetch(asset)).arrayBuffer()));
}

async function runOnce({url, preset, cpuSlowdown, only}) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: only,
      // Screenshots are for a human reading the HTML report; none is scored. Skipping them
      // saves seconds per run on a 2-core machine.
      disableFullPageScreenshot: true,
      skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
    };
    if (cpuSlowdown) flags.throttling = {cpuSlowdownMultiplier: cpuSlowdown};
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

function summarise(lhr, preset) {
  const scores = {};
  const failing = [];
  for (const [id, category] of Object.entries(lhr.categories)) {
    scores[id] = category.score === null ? null : Math.round(category.score * 100);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        failing.push({
          category: id,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          displayValue: audit.displayValue || '',
        });
      }
    }
  }
  return {
    url: lhr.finalDisplayedUrl,
    preset,
    lighthouseVersion: lhr.lighthouseVersion,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    scores,
    failing,
    warnings: lhr.runWarnings,
    runtimeError: lhr.runtimeError ? lhr.runtimeError.code : null,
  };
}

// A trace is lost now and then on a busy machine (NO_FCP, PROTOCOL_TIMEOUT...): one retry.
async function measure(options) {
  let summary = null;
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      summary = summarise(await runOnce(options), options.preset);
    } catch (error) {
      summary = {runtimeError: String(error && error.message ? error.message : error)};
    }
    summary.attempts = attempt;
    const lost = summary.runtimeError || (options.only.includes('performance') && summary.scores.performance === null);
    if (!lost) break;
  }
  return summary;
}

async function main() {
  for (const job of (await readJobs()).map(checkJob)) {
    await warm(job.url);
    process.stdout.write(JSON.stringify(await measure(job)) + '\n');
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
