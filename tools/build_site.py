"""Build the static web edition of the course: a folder of HTML pages that needs no server and no network.

    python tools/build_site.py [--out site]        (or: make site / python tools/course.py site)

Every notebook in notebooks/ and exercises/ (picked up by glob, so new units appear by themselves)
becomes a page rendered by nbconvert with the course's template (nkcourse/templates/nkcourse): the
stored charts are drawn by one copy of plotly.js from the installed plotly package (_static/), the text
alternatives stay beside them, and each exercise a notebook shows is rendered from its bank as a
question, with hints and the answer behind "show" controls. The start page carries the course map from
README.md; the data dictionary is data/README.md, with the CSV tables beside it. Each page links to
"run this lesson" on Binder (and on a JupyterHub, when NKCOURSE_HUB_URL names one) once the public address
is known: `repository-code` in CITATION.cff, or else the clone's GitHub `origin`.

Why nbconvert and not a site generator: it installs from PyPI with JupyterLab already, builds offline,
renders notebooks exactly as JupyterLab's own HTML export does, and adds no theme to download (Jupyter
Book 2's HTML theme is fetched from the internet at build time).

Open site/index.html from disk, or serve the folder (e.g. GitHub Pages).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

import nbformat
import yaml
from plotly.offline import get_plotlyjs
from traitlets.config import Config

from nkcourse.export import html_exporter, markdown_html

ROOT = Path(__file__).resolve().parent.parent
TITLE = "North Korea 1945–1970"


@dataclass(frozen=True)
class Page:
    source: Path  # in the course
    target: PurePosixPath  # in the site
    title: str
    kind: str  # "lesson", "practice", "data", "reference" (the glossary and the casts), "start"


# --- where the course can be run -----------------------------------------------------------------------

def public_repository(root: Path = ROOT) -> str | None:
    """The course's public GitHub address: CITATION.cff's repository-code, else the clone's origin."""
    citation = root / "CITATION.cff"
    if citation.is_file():
        url = (yaml.safe_load(citation.read_text(encoding="utf-8")) or {}).get("repository-code")
        if url:
            return str(url).rstrip("/").removesuffix(".git")
    try:
        origin = subprocess.run(["git", "remote", "get-url", "origin"], cwd=root, capture_output=True, text=True,
                                timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.fullmatch(r"(?:https://github\.com/|git@github\.com:)([\w.-]+/[\w.-]+?)(?:\.git)?/?", origin)
    return f"https://github.com/{match.group(1)}" if match else None


def run_links(repository: str | None, path: str) -> list[tuple[str, str]]:
    """(label, url) pairs that open `path` (a notebook's path in the course) in a live JupyterLab."""
    match = re.fullmatch(r"https://github\.com/([\w.-]+/[\w.-]+)", repository or "")
    if not match:
        return []
    links = [("Run this lesson on Binder",
              f"https://mybinder.org/v2/gh/{match.group(1)}/HEAD?urlpath={quote('lab/tree/' + path, safe='')}")]
    hub = os.environ.get("NKCOURSE_HUB_URL", "").rstrip("/")
    if hub:
        name = match.group(1).split("/")[1]
        links.append(("Run this lesson on your JupyterHub",
                      f"{hub}/hub/user-redirect/git-pull?repo={quote(repository, safe='')}"
                      f"&urlpath={quote(f'lab/tree/{name}/{path}', safe='')}"))
    return links


# --- pages ---------------------------------------------------------------------------------------------

# Korean and Chinese names in the lessons need a font with Hangul and Hanzi: the systems' own (no web font is
# downloaded: the site stays offline), before the generic family, so no machine shows empty boxes.
FONTS = ('Arial, Helvetica, "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", '
         '"Microsoft YaHei", "PingFang SC", sans-serif')

CSS = """
.nk-bar{font-family:FONTS;background:#0072B2;color:#fff;padding:.6em 1.2em;display:flex;
 flex-wrap:wrap;gap:1.2em;align-items:center}
.nk-bar a{color:#fff}
.nk-bar .nk-home{font-weight:bold;text-decoration:none}
.nk-run{font-family:FONTS;background:#f3f7fb;border-left:4px solid #0072B2;padding:.5em 1em;
 margin:1em 0}
.nk-page{max-width:60em;margin:1.5em auto;padding:0 1.2em;font-family:FONTS;line-height:1.5}
.nk-page a{text-decoration:underline}
a:focus-visible,summary:focus-visible,button:focus-visible,[tabindex]:focus-visible{outline:3px solid #0057a0;
 outline-offset:2px}
.nk-bar a:focus-visible{outline-color:#fff}
.nk-page table{border-collapse:collapse}
.nk-page th,.nk-page td{border:1px solid #ccc;padding:.3em .6em;vertical-align:top}
.nk-page a.anchor-link{visibility:hidden;text-decoration:none;margin-left:.2em}
.nk-page :hover>a.anchor-link{visibility:visible}
body.nk-shell{margin:0}
@media print{.nk-bar,.nk-run{display:none}}
""".replace("FONTS", FONTS)


def relative(target: PurePosixPath, start: PurePosixPath) -> str:
    return os.path.relpath(str(target), str(start.parent) or ".").replace(os.sep, "/")


def bar(page: Page, pages: list[Page]) -> str:
    numbered = sorted((p for p in pages if p.kind in ("lesson", "practice")),  # 00, 00 practice, 01, ...
                      key=lambda p: (p.source.stem.split("_")[0], p.kind != "lesson", p.source.stem))
    links = [f"<a class='nk-home' href='{relative(PurePosixPath('index.html'), page.target)}'>{TITLE}</a>"]
    if page in numbered:
        at = numbered.index(page)
        if at > 0:
            links.append(f"<a href='{relative(numbered[at - 1].target, page.target)}'>← "
                         f"{html.escape(numbered[at - 1].title)}</a>")
        if at + 1 < len(numbered):
            links.append(f"<a href='{relative(numbered[at + 1].target, page.target)}'>"
                         f"{html.escape(numbered[at + 1].title)} →</a>")
    data = next((p for p in pages if p.kind == "data"), None)
    if data and data is not page:
        links.append(f"<a href='{relative(data.target, page.target)}'>The data</a>")
    return f"<nav class='nk-bar'>{' '.join(links)}</nav>"


def run_box(page: Page, repository: str | None, root: Path) -> str:
    path = page.source.relative_to(root).as_posix()
    links = run_links(repository, path)
    if links:
        inner = " · ".join(f"<a href='{html.escape(url)}'>{html.escape(label)}</a>" for label, url in links)
    else:
        inner = (f"To run this lesson and answer its exercises, open <code>{html.escape(path)}</code> in "
                 "JupyterLab: on your computer (see the start page) or on Binder, once the course is published.")
    return f"<div class='nk-run'>{inner}</div>"


def notebook_title(path: Path) -> str:
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, re.MULTILINE)
            if match:
                return re.sub(r"[*`]", "", match.group(1)).strip()
    return path.stem.replace("_", " ")


def find_pages(root: Path) -> list[Page]:
    pages = []
    for folder, kind in (("notebooks", "lesson"), ("exercises", "practice")):
        for path in sorted((root / folder).glob("*.ipynb")):
            pages.append(Page(path, PurePosixPath(folder, path.stem + ".html"), notebook_title(path), kind))
    if (root / "data" / "README.md").is_file():
        pages.append(Page(root / "data" / "README.md", PurePosixPath("data/index.html"), "The data", "data"))
    for path in sorted((root / "notebooks").glob("*.md")):  # the glossary and the casts the lessons link to
        pages.append(Page(path, PurePosixPath("notebooks", path.stem + ".html"), markdown_title(path), "reference"))
    return pages


def markdown_title(path: Path) -> str:
    match = re.search(r"^#\s+(.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    return re.sub(r"[*`]", "", match.group(1)).strip() if match else path.stem.replace("_", " ")


def markdown_page(source: Path) -> str:
    """A Markdown file as HTML. nbconvert's renderer writes an empty `<a id="x"></a>` (the glossary's
    anchors) as `<a id="x" />`, which HTML reads as an unclosed link: close it again."""
    body = markdown_html(source.read_text(encoding="utf-8"))
    return re.sub(r"<a (id=\"[^\"]*\") />", r"<a \1></a>", body)


def shell(title: str, body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{html.escape(title)}</title>"
            f"<style>{CSS}</style>{head}</head><body class='nk-shell'>{body}</body></html>")


def start_page(root: Path, pages: list[Page], repository: str | None) -> str:
    readme = (root / "README.md").read_text(encoding="utf-8") if (root / "README.md").is_file() else f"# {TITLE}\n"
    sections = re.split(r"(?m)^(?=## )", readme)
    kept = ("## Course map", "## Three ways to start", "## The data", "## Licence")
    keep = [sections[0]] + [s for s in sections[1:] if s.startswith(kept)]
    body = markdown_html("\n".join(keep))
    lessons = "".join(f"<li><a href='{p.target}'>{html.escape(p.title)}</a></li>" for p in pages if p.kind == "lesson")
    practice = "".join(f"<li><a href='{p.target}'>{html.escape(p.title)}</a></li>"
                       for p in pages if p.kind == "practice")
    reference = "".join(f"<li><a href='{p.target}'>{html.escape(p.title)}</a></li>"
                        for p in pages if p.kind == "reference")
    run = run_links(repository, "notebooks/00_start_here.ipynb")
    how = (f"<p><a href='{html.escape(run[0][1])}'>Open the course on Binder</a> to run the notebooks and answer "
           "the exercises with instant feedback.</p>" if run else
           "<p>This is the read-only edition: charts are interactive, and every exercise shows its hints and "
           "answer behind a <i>show</i> control. To run the notebooks and have your answers checked, open the "
           "course in JupyterLab: see <a href='#Three-ways-to-start'>Three ways to start</a> above.</p>")
    listing = (f"<h2 id='all-pages'>Every page</h2><h3>Lessons</h3><ul>{lessons}</ul>"
               f"<h3 id='practice'>Practice notebooks</h3><ul>{practice}</ul>"
               f"<p><a href='data/index.html'>The data dictionary</a> and the CSV tables.</p>"
               + (f"<h3 id='reference'>Glossary and casts of characters</h3><ul>{reference}</ul>" if reference else ""))
    return shell(TITLE, f"<nav class='nk-bar'><span class='nk-home'>{TITLE}</span></nav>"
                        f"<main class='nk-page'>{body}{how}{listing}</main>")


# --- links -----------------------------------------------------------------------------------------------

ANCHOR = re.compile(r"""<a\b([^>]*?)\bhref=(["'])(.*?)\2([^>]*)>(.*?)</a>""", re.DOTALL | re.IGNORECASE)


def rewrite_links(page_html: str, page: Page, root: Path, site: Path, unlinked: list[str],
                  pages: list[Page] = ()) -> str:
    """Links to notebooks go to their pages, the data README to the data dictionary; a link to a file
    that is not part of the site becomes plain text (and is listed), so no link in the site is broken."""
    markdown_pages = {p.source.resolve().relative_to(root.resolve()).as_posix(): p.target
                      for p in pages if p.source.suffix == ".md"}
    def fix(match):
        before, quote_, href, after, text = match.groups()
        if re.match(r"^(?:[a-z][a-z0-9+.-]*:|#|//)", href, re.IGNORECASE):
            return match.group(0)
        path, _, fragment = href.partition("#")
        source = (page.source.parent / path).resolve()
        try:
            rel = source.relative_to(root.resolve()).as_posix()
        except ValueError:
            rel = None
        target = None
        if rel and rel.endswith(".ipynb"):
            target = PurePosixPath(rel[:-len(".ipynb")] + ".html")
        elif rel in markdown_pages:  # the data README, the glossary, the casts
            target = markdown_pages[rel]
        elif rel and source.is_dir():  # a folder: its page, or the list of every page
            target = PurePosixPath(rel, "index.html")
            if not (site / target).is_file():
                target, fragment = PurePosixPath("index.html"), "all-pages"
        elif rel:
            target = PurePosixPath(rel)
        if target is None or not (site / target).is_file():
            unlinked.append(f"{page.source.relative_to(root).as_posix()}: {href}")
            return text
        new = relative(target, page.target) + (f"#{fragment}" if fragment else "")
        return f"<a{before}href={quote_}{html.escape(new)}{quote_}{after}>{text}</a>"

    return ANCHOR.sub(fix, page_html)


# --- the build -------------------------------------------------------------------------------------------

def exporter(plotly_js: str):
    config = Config()
    config.PlotlyHTMLPreprocessor.plotly_js_url = plotly_js
    config.StaticExercises.answers = True  # the web edition is for reading: answers behind "show" controls
    return html_exporter(config=config)


def build(out: Path, root: Path = ROOT, only: list[Path] | None = None) -> dict:
    """Build the site into `out` (emptied first). `only`: build just these notebooks (for quick tests)."""
    started = time.perf_counter()
    if out.exists():
        shutil.rmtree(out)
    (out / "_static").mkdir(parents=True)
    (out / "_static" / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
    pages = find_pages(root)
    if only is not None:
        keep = {p.resolve() for p in only}
        pages = [p for p in pages if p.kind in ("data", "reference") or p.source.resolve() in keep]
    repository = public_repository(root)
    data_dir = out / "data"
    data_dir.mkdir()
    for table in list((root / "data").glob("*.csv")) + list((root / "data").glob("*.json")):
        shutil.copy2(table, data_dir / table.name)
    for name in ("LICENSE", "LICENSE-CONTENT.md", "CITATION.cff"):  # what the start page's licence links to
        if (root / name).is_file():
            shutil.copy2(root / name, out / name)
    rendered = {}
    for page in pages:
        if page.kind in ("data", "reference"):
            body = markdown_page(page.source)
            rendered[page] = shell(f"{page.title} · {TITLE}", f"{bar(page, pages)}<main class='nk-page'>{body}</main>")
            continue
        made = exporter(relative(PurePosixPath("_static/plotly.min.js"), page.target))
        resources = {"metadata": {"path": str(page.source.parent), "name": page.title},
                     "nkcourse_head": f"<style>{CSS}</style>",
                     "nkcourse_before": bar(page, pages) + run_box(page, repository, root)}
        rendered[page], _ = made.from_filename(str(page.source), resources=resources)
    for page, text in rendered.items():
        (out / page.target).parent.mkdir(parents=True, exist_ok=True)
        (out / page.target).write_text(text, encoding="utf-8")
    (out / "index.html").write_text(start_page(root, pages, repository), encoding="utf-8")
    unlinked = []
    start = Page(root / "README.md", PurePosixPath("index.html"), TITLE, "start")
    for page in [start, *pages]:
        target = out / page.target
        target.write_text(rewrite_links(target.read_text(encoding="utf-8"), page, root, out, unlinked, pages),
                          encoding="utf-8")
    (out / ".nojekyll").write_text("")  # GitHub Pages: serve _static/ as it is
    return {"pages": len(pages) + 1, "seconds": time.perf_counter() - started, "unlinked": unlinked,
            "bytes": sum(f.stat().st_size for f in out.rglob("*") if f.is_file())}


def find_chromium() -> str | None:
    override = os.environ.get("NKCOURSE_CHROMIUM")
    if override:
        return override if Path(override).is_file() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome", "msedge"):
        if shutil.which(name):
            return shutil.which(name)
    for place in installed_browsers():
        if place.is_file():
            return str(place)
    return None


def installed_browsers() -> list[Path]:
    """Where Chrome, Chromium and Edge install themselves on Windows and macOS (not on the PATH there),
    in the order tried; Edge is Chromium-based and ships with Windows 10 and 11."""
    windows = [Path(os.environ[v]) for v in ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA") if os.environ.get(v)]
    return ([base / "Google" / "Chrome" / "Application" / "chrome.exe" for base in windows]
            + [base / "Chromium" / "Application" / "chrome.exe" for base in windows]
            + [base / "Microsoft" / "Edge" / "Application" / "msedge.exe" for base in windows]
            + [Path("/Applications") / app / "Contents" / "MacOS" / app.removesuffix(".app")
               for app in ("Google Chrome.app", "Chromium.app", "Microsoft Edge.app")])


def print_pdfs(site: Path, pages: list[Path] | None = None, browser=None) -> list[Path]:
    """Print every lesson and practice page to site/pdf/<folder>_<name>.pdf with headless Chromium
    (or with `browser`, a Playwright browser already running): charts as drawn, every hint and answer
    opened, the navigation left out."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        chromium = find_chromium()
        if chromium is None:
            raise SystemExit("No Chromium or Chrome found to print with (set NKCOURSE_CHROMIUM to one).")
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=chromium, headless=True,
                                                  args=["--no-sandbox", "--disable-background-networking"])
            try:
                return print_pdfs(site, pages, launched)
            finally:
                launched.close()
    if pages is None:
        pages = sorted((site / "notebooks").glob("*.html")) + sorted((site / "exercises").glob("*.html"))
    (site / "pdf").mkdir(exist_ok=True)
    made = []
    for html_page in pages:
        page = browser.new_page(viewport={"width": 720, "height": 1000})  # A4 less margins: charts fit
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())  # never off the machine
        page.goto(html_page.as_uri())
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        page.wait_for_timeout(500)
        target = site / "pdf" / f"{html_page.parent.name}_{html_page.stem}.pdf"
        page.pdf(path=str(target), format="A4", print_background=True,
                 margin={"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"})
        page.close()
        made.append(target)
    return made


def main(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "site")
    parser.add_argument("--pdf", action="store_true", help="also print every page to PDF (needs Chromium)")
    options = parser.parse_args(arguments)
    report = build(options.out)
    for link in report["unlinked"]:
        print(f"  kept as text (not part of the site): {link}")
    print(f"{report['pages']} pages, {report['bytes'] / 1e6:.1f} MB, in {report['seconds']:.1f} s: "
          f"open {options.out / 'index.html'}")
    if options.pdf:
        for pdf in print_pdfs(options.out):
            print(f"{pdf.stat().st_size / 1e6:5.1f} MB  {pdf}")


if __name__ == "__main__":
    main(sys.argv[1:])
