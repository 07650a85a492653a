// Lighthouse (npm, package-lock.json) on every page given, as its mobile preset sees it (a slow phone,
// simulated), in one node process driving Debian's Chromium, started once. Used by bench/phone.py.
//
//   node bench/lighthouse.mjs '{"chromium": path, "flags": [...], "runs": 3, "reports": folder or "", "urls": [...]}'
//
// Prints one JSON line per run: the four category scores, the timings and the main thread's work.
import fs from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const {chromium, flags, runs, reports, urls} = JSON.parse(process.argv[2]);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
// A run that Chromium did not start cleanly (NO_NAVSTART, NO_FCP) is tried again, at most this often.
const RETRIES = 3;

function summary(lhr, url, run) {
  const audits = lhr.audits;
  const value = (id) => audits[id]?.numericValue ?? null;
  const failed = {};
  for (const id of CATEGORIES) {
    failed[id] = lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => ref.id);
  }
  return {
    url, run,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
    tbt: value("total-blocking-time"), fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"), cls: value("cumulative-layout-shift"), si: value("speed-index"),
    mainThread: value("mainthread-work-breakdown"),
    work: Object.fromEntries((audits["mainthread-work-breakdown"].details?.items ?? []).map((i) => [i.group, i.duration])),
    scripts: (audits["bootup-time"].details?.items ?? []).map((i) => ({url: i.url, total: i.total, scripting: i.scripting})),
    longTasks: (audits["long-tasks"]?.details?.items ?? []).map((i) => ({url: i.url, duration: i.duration})),
    failed,
  };
}

const chrome = await chromeLauncher.launch({chromePath: chromium, chromeFlags: ["--headless=new", ...flags]});
try {
  for (const url of urls) {
    for (let run = 1; run <= runs; run++) {
      for (let attempt = 1; ; attempt++) {
        const result = await lighthouse(url, {port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES});
        if (result.lhr.runtimeError && attempt < RETRIES) continue;
        if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        if (reports) {
          const name = new URL(url).pathname.replace(/^\//, "").replace(/\//g, "_") || "index.html";
          fs.writeFileSync(path.join(reports, `${name}.${run}.json`), result.report);
        }
        console.log(JSON.stringify(summary(result.lhr, url, run)));
        break;
      }
    }
  }
} finally {
  await chrome.kill();
}
