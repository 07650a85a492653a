"""Turn the measurements into the rows of BENCHMARKS.md (figure, value, floor, ratio, target, met)."""
from __future__ import annotations

from dataclasses import dataclass

from bench.builds import Scale
from bench.pdf import Publish
from bench.common import ratios, stats
from bench.phone import CATEGORIES, OWN_SCRIPTS, PageRuns, worst_blocking
from bench.reader import Reader

NOT_YET = "n/a: PDFs not built yet"
FIRST_LOAD_KINDS = ("document", "stylesheet", "script", "font")


@dataclass(frozen=True)
class Row:
    figure: str
    value: str
    floor: str = "–"
    ratio: str = "–"
    target: str = "–"
    met: str = "–"


def met(ok: bool) -> str:
    """'yes' or 'NO' (loud, so a missed target stands out)."""
    return "yes" if ok else "NO"


def site_rows(with_macros: list[float], floor: list[float]) -> list[Row]:
    """Site build with the macros against the build of the expanded Markdown."""
    ratio = ratios(with_macros, floor)
    return [Row("Site build with macros (PDFs off)", stats(with_macros).show(" s"),
                "expanded Markdown, no macros plugin: " + stats(floor).show(" s"), ratio.show("x"),
                "≤ 1.15x", met(ratio.median <= 1.15))]


def publish_rows(publish: Publish) -> list[Row]:
    """Publish build against site-only; the whole-handbook PDF against WeasyPrint alone."""
    if not publish.pdf_files:
        return [Row("Publish build (site + PDFs)", NOT_YET, target="≤ 3x"), Row("Whole-handbook PDF", NOT_YET)]
    ratio = ratios(publish.full, publish.site)
    step = [full - site for full, site in zip(publish.full, publish.site)]
    rows = [
        Row(f"Publish build, cold (site + {len(publish.pdf_files)} PDFs, empty PDF cache)", stats(publish.full).show(" s"),
            "site-only build: " + stats(publish.site).show(" s"), ratio.show("x"), "≤ 3x", met(ratio.median <= 3)),
        *again_rows(publish),
        Row("PDF step (publish − site-only)", stats(step).show(" s")),
        Row("PDF step: to-pdf assembles the handbook's HTML", stats([t.assembly for t in publish.times]).show(" s")),
        Row("PDF step: sheets and packs, then waiting for the handbook (rendered meanwhile in a second process)",
            stats([t.sheets_and_wait for t in publish.times]).show(" s")),
    ]
    if publish.floor:
        rows.append(Row("PDF step, cold, against its floor", stats(step).show(" s"),
                        "WeasyPrint alone on the handbook's combined HTML: " + stats(publish.floor).show(" s"),
                        ratios(step, publish.floor).show("x")))
    return rows


def again_rows(publish: Publish) -> list[Row]:
    """Publishing again, against the site-only build of the same round: nothing changed, one exercise edited."""
    site = "site-only build: " + stats(publish.site).show(" s")
    unchanged, edited = ratios(publish.unchanged, publish.site), ratios(publish.edited, publish.site)
    rows = [
        Row("Publish again, nothing changed (every PDF from the cache)", stats(publish.unchanged).show(" s"), site,
            unchanged.show("x"), "≤ 1.3x", met(unchanged.median <= 1.3)),
        Row("Publish again after a one-exercise edit (its sheet, pack and the whole handbook made)",
            stats(publish.edited).show(" s"), site, edited.show("x"), "≤ 2x", met(edited.median <= 2)),
    ]
    if publish.floor:
        # The handbook is rendered from every built page, so it starts after the pages: its render cannot hide in the build.
        serial = [site + alone for site, alone in zip(publish.site, publish.floor)]
        rows.append(Row("Publish again after a one-exercise edit, against its floor", stats(publish.edited).show(" s"),
                        "site-only build + WeasyPrint alone on the handbook, same round: " + stats(serial).show(" s"),
                        ratios(publish.edited, serial).show("x"), "–", "–"))
    return rows


def preview_rows(with_macros: list[float], floor: list[float]) -> list[Row]:
    """Save-to-page time of `mkdocs serve`, against the same for the expanded Markdown."""
    value = stats(with_macros)
    return [Row("Live preview: save → rebuilt page served (PDFs off)", value.show(" s"),
                "expanded Markdown, no macros plugin: " + stats(floor).show(" s"), ratios(with_macros, floor).show("x"),
                "< 1.5 s", met(value.median < 1.5))]


def scale_rows(results: list[Scale]) -> list[Row]:
    """Time and memory at each size against 1x; the target allows 10 % over linear in the page count."""
    base, rows = results[0], []
    for result in results[1:]:
        limit = 1.1 * result.pages / base.pages
        time_ratio = stats([r.seconds for r in result.site]).median / stats([r.seconds for r in base.site]).median
        memory_ratio = max(r.peak_mb for r in result.site) / max(r.peak_mb for r in base.site)
        rows.append(Row(f"Scale: site build at {result.factor}x ({result.pages} pages)", seconds(result.site),
                        f"1x ({base.pages} pages): " + seconds(base.site), f"{time_ratio:.2f}x", f"≤ {limit:.1f}x",
                        met(time_ratio <= limit)))
        rows.append(Row(f"Scale: peak memory at {result.factor}x", f"{max(r.peak_mb for r in result.site):.0f} MB",
                        f"1x: {max(r.peak_mb for r in base.site):.0f} MB", f"{memory_ratio:.2f}x", f"≤ {limit:.1f}x",
                        met(memory_ratio <= limit)))
        if result.pdf and base.pdf:
            whole, base_whole = stats([t.after_pages for t in result.pdf]), stats([t.after_pages for t in base.pdf])
            pdf_ratio = whole.median / base_whole.median
            rows.append(Row(f"Scale: PDF work after the pages at {result.factor}x (all PDFs, the handbook the longest)", whole.show(" s"), "1x: " + base_whole.show(" s"),
                            f"{pdf_ratio:.2f}x", f"≤ {limit:.1f}x", met(pdf_ratio <= limit)))
    return rows


def seconds(runs: list) -> str:
    """Median and range of the runs' wall times."""
    return stats([run.seconds for run in runs]).show(" s")


def reader_rows(reader: Reader, index: dict[str, tuple[int, int]]) -> list[Row]:
    """First load, search index, search speed and third-party bytes."""
    first = sum(reader.first_load.get(kind, 0) for kind in FIRST_LOAD_KINDS)
    fetched = reader.first_load.get("search index", 0)
    when = "fetched on first load" if fetched else "not fetched on first load"
    biggest_raw, biggest_gzip = max(index.values())
    search = stats(reader.search_ms)
    return [
        Row("First load of a CHIME page (HTML + CSS + JS + fonts, gzip)", f"{first / 1024:.1f} KB",
            target="≤ 150 KB", met=met(first <= 150 * 1024)),
        Row("Search index (largest file, gzip)", f"{biggest_gzip / 1024:.1f} KB ({biggest_raw / 1024:.0f} KB raw), {when}"),
        Row("Search: last keystroke → first result (Chromium)", search.show(" ms", 1), target="< 100 ms",
            met=met(search.median < 100)),
        Row("Third-party bytes (whole browser session)", f"{reader.third_party_bytes} B "
            f"({len(reader.third_party_urls)} requests)", target="0", met=met(not reader.third_party_urls)),
    ]


def table(rows: list[Row]) -> str:
    """The Markdown table of all rows."""
    lines = ["| figure | value | floor | ratio | target | met |", "| --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {r.figure} | {r.value} | {r.floor} | {r.ratio} | {r.target} | {r.met} |" for r in rows]
    return "\n".join(lines)


def scale_table(results: list[Scale]) -> str:
    """Every size: pages, site build, peak memory, publish build."""
    lines = [
        "| size | pages | site build | per page added since 1x | peak memory | publish build | PDF work after the pages | of it, to-pdf's assembly |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    base = stats([run.seconds for run in results[0].site]).median
    for r in results:
        median = stats([run.seconds for run in r.site]).median
        added = f"{1000 * (median - base) / (r.pages - results[0].pages):.0f} ms" if r.pages > results[0].pages else "–"
        publish = seconds(r.publish) if r.publish else "–"
        whole = stats([t.after_pages for t in r.pdf]).show(" s") if r.pdf else "–"
        sheets = stats([t.assembly for t in r.pdf]).show(" s") if r.pdf else "–"
        lines.append(f"| {r.factor}x | {r.pages} | {seconds(r.site)} | {added} | {max(x.peak_mb for x in r.site):.0f} MB "
                     f"| {publish} | {whole} | {sheets} |")
    return "\n".join(lines)


def first_load_table(reader: Reader, index: dict[str, tuple[int, int]]) -> str:
    """Bytes the browser fetched on first load, by kind, and the search index files."""
    lines = ["| fetched on first load | gzip |", "| --- | --- |"]
    lines += [f"| {kind} | {size / 1024:.1f} KB |" for kind, size in sorted(reader.first_load.items())]
    lines += ["", "| search index file | raw | gzip |", "| --- | --- | --- |"]
    lines += [f"| {name} | {raw / 1024:.1f} KB | {gz / 1024:.1f} KB |" for name, (raw, gz) in index.items()]
    return "\n".join(lines)


def phone_rows(pages: list[PageRuns]) -> list[Row]:
    """Lighthouse on a slow phone: the worst page's performance and blocking time; the other categories."""
    runs = len(pages[0].runs)
    slowest = min(pages, key=lambda page: page.score("performance"))
    blocking = worst_blocking(pages)
    rows = [
        Row(f"Phone: performance, worst of {len(pages)} pages (Lighthouse mobile, median of {runs})",
            f"{slowest.score('performance'):.0f} ({slowest.path})", target="≥ 95", met=met(slowest.score("performance") >= 95)),
        Row("Phone: total blocking time, worst page", f"{blocking.median('tbt'):.0f} ms ({blocking.path})",
            target="≤ 100 ms (issue 19's aim)", met=met(blocking.median("tbt") <= 100)),
    ]
    for category in CATEGORIES[1:]:
        low = min(pages, key=lambda page: page.score(category))
        value = "100 on every page" if low.score(category) == 100 else f"{low.score(category):.0f} ({low.path}: {', '.join(low.failed(category))})"
        rows.append(Row(f"Phone: {category}, worst page", value, target="100", met=met(low.score(category) == 100)))
    return rows


def own_scripts_rows(page: PageRuns, floor: PageRuns) -> list[Row]:
    """The blocking time the handbook's own scripts add to the worst page, against the same page without them, side by side."""
    tbt, floor_tbt = [run["tbt"] for run in page.runs], [run["tbt"] for run in floor.runs]
    added = stats([a - b for a, b in zip(tbt, floor_tbt, strict=True)])
    return [
        Row(f"Phone: blocking time of {page.path}, with the handbook's own scripts", stats(tbt).show(" ms", 0),
            f"without {', '.join(OWN_SCRIPTS)} (Material alone): " + stats(floor_tbt).show(" ms", 0)),
        Row("Phone: blocking time the handbook's own scripts add (pairwise difference)", added.show(" ms", 0)),
    ]


def phone_table(pages: list[PageRuns]) -> str:
    """Every page: the category scores and the timings (medians), slowest blocking time first."""
    lines = ["| page | performance | blocking time | first paint | largest paint | main thread | accessibility | best practices | SEO |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for page in sorted(pages, key=lambda page: -page.median("tbt")):
        lines.append(f"| {page.path} | {page.score('performance'):.0f} | {page.median('tbt'):.0f} ms | {page.median('fcp'):.0f} ms "
                     f"| {page.median('lcp'):.0f} ms | {page.median('mainThread'):.0f} ms | {page.score('accessibility'):.0f} "
                     f"| {page.score('best-practices'):.0f} | {page.score('seo'):.0f} |")
    return "\n".join(lines)


def phone_profile(pages: list[PageRuns]) -> str:
    """Where the main thread's time goes on the page with the longest blocking time (its median run)."""
    page = worst_blocking(pages)
    run = page.median_run()
    work = ", ".join(f"{group} {ms:.0f} ms" for group, ms in sorted(run["work"].items(), key=lambda item: -item[1]))
    scripts = ", ".join(f"{script['url'].rsplit('/', 1)[-1] or script['url']} {script['total']:.0f} ms" for script in run["scripts"][:4])
    tasks = ", ".join(f"{task['duration']:.0f} ms" for task in run["longTasks"][:6]) or "none"
    return (f"`{page.path}`, run with the median blocking time ({run['tbt']:.0f} ms): main thread {run['mainThread']:.0f} ms "
            f"({work}). By file: {scripts}. Long tasks: {tasks}.")
