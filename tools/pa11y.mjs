// pa11y (npm, package-lock.json: HTML_CodeSniffer, WCAG 2 AA) on several pages and widths in one node process
// and one Debian Chromium, started once: the pa11y command starts both for every page. Used by tools/checkers.py.
//
//   node tools/pa11y.mjs '{"chromium": path, "flags": [...], "runs": [{"url": ..., "width": 360, "height": 740}, ...]}'
//
// Prints each run's issues (pa11y reports errors only, unless asked for warnings and notices) as one JSON line,
// in the order given.
import pa11y from "pa11y";
import puppeteer from "puppeteer";

const {chromium, flags, runs} = JSON.parse(process.argv[2]);
const browser = await puppeteer.launch({executablePath: chromium, args: flags});
try {
  for (const {url, width, height} of runs) {
    const result = await pa11y(url, {browser, runners: ["htmlcs"], standard: "WCAG2AA", viewport: {width, height}});
    console.log(JSON.stringify(result.issues));
  }
} finally {
  await browser.close();
}
