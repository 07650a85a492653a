// Lighthouse (npm, package-lock.json) on several pages in one node process and one Debian Chromium, started
// once: the lighthouse command starts both for every page. Each run is a page as a phone (Lighthouse's default)
// or a desktop (its desktop preset) sees it. Used by tools/checkers.py; bench/lighthouse.mjs measures speed.
//
//   node tools/lighthouse.mjs '{"chromium": path, "flags": [...], "categories": [...], "runs": [{"url": ..., "formFactor": "mobile"}, ...]}'
//
// Prints each run's report (lhr) as one JSON line, in the order given. The full-page screenshot, which only
// illustrates the HTML report, is left out.
import lighthouse from "lighthouse";
import desktop from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";

const {chromium, flags, categories, runs} = JSON.parse(process.argv[2]);
const chrome = await chromeLauncher.launch({chromePath: chromium, chromeFlags: ["--headless=new", ...flags]});
try {
  for (const {url, formFactor} of runs) {
    const settings = {port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories, disableFullPageScreenshot: true};
    const {lhr} = await lighthouse(url, settings, formFactor === "desktop" ? desktop : undefined);
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    console.log(JSON.stringify(lhr));
  }
} finally {
  await chrome.kill();
}
