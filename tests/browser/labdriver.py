"""Drive the course's notebooks in a real JupyterLab under headless Chromium.

The pieces the browser tests share, kept out of conftest.py so they can be read (and reused) on their
own: where Chromium is, how the JupyterLab server is started in an isolated tmp configuration, what a
stored notebook promises (how many charts, how many widgets), and a small driver that opens a
notebook, runs it through the page's own menus and reports what the page shows.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

REPO = Path(__file__).resolve().parents[2]
PLOTLY_MIME = "application/vnd.plotly.v1+json"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
STDERR_MIME = "application/vnd.jupyter.stderr"

# Where Debian, Ubuntu and Google put the browser, in the order we try them.
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}

# Seconds. Generous on purpose: the suite must pass on a loaded 2-core CI runner.
RUN_TIMEOUT = float(os.environ.get("NKCOURSE_BROWSER_RUN_TIMEOUT", "60"))
RENDER_TIMEOUT = 20.0

# Text that the widget manager leaves in an output when a widget could not be shown.
WIDGET_FAILURE_TEXTS = ("Error displaying widget", "Loading widget...")
# How an error looks when it is printed to stderr (a traceback, or IPython's short SyntaxError form).
ERROR_TEXT = re.compile(r"Traceback|\b[A-Za-z_]*(Error|Exception)\b")


def find_chromium() -> str | None:
    """The path of a Chromium or Chrome binary, or None. NKCOURSE_CHROMIUM overrides the search."""
    override = os.environ.get("NKCOURSE_CHROMIUM")
    if override:
        return override if Path(override).is_file() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def is_local_url(url: str) -> bool:
    """True for the requests an offline course may make: to the local server, or data:/blob: URLs."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return (parts.hostname or "") in LOCAL_HOSTS


# --- what a stored notebook promises -----------------------------------------------------------------


@dataclass
class Expected:
    """Counts read from a committed .ipynb: what a fresh run in the browser should show again."""

    code_cells: int
    executed: bool  # False when the committed notebook carries no outputs at all (never executed)
    chart_cells: int  # code cells with at least one Plotly output
    charts: int  # Plotly outputs
    widget_cells: int
    widgets: int  # widget-view outputs


def expected_from_ipynb(path: Path) -> Expected:
    notebook = json.loads(Path(path).read_text(encoding="utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]

    def count(cell, mime):
        return sum(1 for o in cell.get("outputs", []) if mime in o.get("data", {}))

    return Expected(
        code_cells=len(code),
        executed=any(c.get("execution_count") is not None for c in code),
        chart_cells=sum(1 for c in code if count(c, PLOTLY_MIME)),
        charts=sum(count(c, PLOTLY_MIME) for c in code),
        widget_cells=sum(1 for c in code if count(c, WIDGET_MIME)),
        widgets=sum(count(c, WIDGET_MIME) for c in code),
    )


def course_notebooks() -> list[Path]:
    """Every notebook of the course, relative to the repository: lessons first, then exercises."""
    found = []
    for folder in ("notebooks", "exercises"):
        found += sorted(p.relative_to(REPO) for p in (REPO / folder).glob("*.ipynb"))
    return found


# --- the JupyterLab server ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LabServer:
    """A JupyterLab server on 127.0.0.1 with every Jupyter folder inside one tmp directory."""

    home: Path  # tmp folder for config, data, runtime, settings, workspaces, progress, the log
    root: Path  # the folder it serves: a copy of the course's notebooks
    token: str = "nkcourse-browser-test"
    port: int = 0
    process: subprocess.Popen | None = None
    env: dict = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def progress_dir(self) -> Path:
        return self.home / "progress"

    @property
    def log_path(self) -> Path:
        return self.home / "jupyterlab.log"

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def start(self, timeout: float = 90.0) -> LabServer:
        folders = {}
        for name in ("config", "data", "runtime", "settings", "workspaces", "progress", "ipython"):
            folders[name] = self.home / name
            folders[name].mkdir(parents=True, exist_ok=True)
        venv_bin = str(Path(sys.executable).parent)
        env = dict(os.environ)
        env.update(
            JUPYTER_CONFIG_DIR=str(folders["config"]),
            JUPYTER_DATA_DIR=str(folders["data"]),
            JUPYTER_RUNTIME_DIR=str(folders["runtime"]),
            JUPYTERLAB_SETTINGS_DIR=str(folders["settings"]),
            JUPYTERLAB_WORKSPACES_DIR=str(folders["workspaces"]),
            JUPYTER_CONFIG_PATH=str(REPO / "jupyter-config"),  # news and update checks off
            IPYTHONDIR=str(folders["ipython"]),
            NKCOURSE_ROOT=str(REPO),
            NKCOURSE_PROGRESS_DIR=str(folders["progress"]),
            PATH=venv_bin + os.pathsep + os.environ.get("PATH", ""),
            PYTHONUNBUFFERED="1",
        )
        env.pop("JUPYTER_PATH", None)
        self.env = env
        last_error = ""
        for _attempt in range(3):  # a free port can be taken between asking and binding
            self.port = free_port()
            command = [
                sys.executable, "-m", "jupyterlab",
                "--no-browser",
                "--ServerApp.ip=127.0.0.1",
                f"--ServerApp.port={self.port}",
                "--ServerApp.port_retries=0",
                f"--IdentityProvider.token={self.token}",
                f"--ServerApp.root_dir={self.root}",
                # lets the tests read the notebook model (error outputs, execution counts) from the page
                "--LabApp.expose_app_in_browser=True",
                # a safety net should the test process die without stopping it: idle kernels are culled
                # after five minutes, and a server without kernels exits after an hour (not five minutes: the
                # exercise tests run last, after the other tests, which start no kernel here and took more than
                # five minutes on a slow machine, and the server had gone when they came)
                "--MappingKernelManager.cull_idle_timeout=300",
                "--MappingKernelManager.cull_interval=60",
                "--ServerApp.shutdown_no_activity_timeout=3600",
            ]
            if hasattr(os, "geteuid") and os.geteuid() == 0:
                command.append("--allow-root")
            log = open(self.log_path, "ab")  # noqa: SIM115 (kept open for the server's lifetime)
            self.process = subprocess.Popen(
                command, cwd=self.root, env=env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )
            log.close()
            if self._wait_ready(timeout):
                return self
            last_error = self.log_tail()
            self.stop()
        raise RuntimeError(f"JupyterLab did not start. The end of its log:\n{last_error}")

    def _wait_ready(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        url = f"{self.base_url}/api/status?token={self.token}"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.25)
        return False

    def stop(self) -> None:
        """Stop the server (it shuts its kernels down), then anything left in its process group."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        try:  # kernels the server started are in its session; end stragglers of that group only
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def lab_url(self, relpath: str, workspace: str) -> str:
        """The URL that opens one notebook in a fresh, empty JupyterLab workspace."""
        return f"{self.base_url}/lab/workspaces/{quote(workspace)}/tree/{quote(relpath)}?token={self.token}"

    def fresh_progress(self) -> None:
        """Start a module from an empty progress store: end the kernels earlier modules left, then remove
        their progress files, so answers given in one module (the same exercise ids) cannot change what
        the next one sees (a solution already open, a reflection "saved again")."""
        self.shutdown_sessions(wait=True)
        for path in self.progress_files():
            path.unlink()

    def shutdown_sessions(self, wait: bool = False) -> None:
        """End the kernels the tests started, so they do not pile up over the session. In the background
        by default (a kernel takes a second or two to stop); stop() ends any that are left."""
        worker = threading.Thread(target=self._shutdown_sessions, daemon=True)
        worker.start()
        if wait:
            worker.join(timeout=30)

    def _shutdown_sessions(self) -> None:
        headers = {"Authorization": f"token {self.token}"}
        try:
            request = urllib.request.Request(f"{self.base_url}/api/sessions", headers=headers)
            with urllib.request.urlopen(request, timeout=10) as response:
                sessions = json.load(response)
            for session in sessions:
                request = urllib.request.Request(
                    f"{self.base_url}/api/sessions/{session['id']}", headers=headers, method="DELETE")
                urllib.request.urlopen(request, timeout=10).close()
        except OSError:
            pass

    def progress_files(self) -> list[Path]:
        return sorted(p for p in self.progress_dir.rglob("*") if p.is_file())


# --- one notebook in the page ------------------------------------------------------------------------

KERNEL_STATUS = """(() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return k ? k.status : null;
})()"""

# The state of the open notebook, read from the page: the DOM as the learner sees it, and the
# notebook model behind it (for the output type "error", which the DOM does not mark).
_STATE_JS = """
(mime) => {
  const failures = mime.failures;
  const failed = o => failures.some(t => o.textContent.includes(t));
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const widget = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const notebook = widget && widget.content && widget.content.widgets ? widget.content : null;
  const kernel = widget && widget.sessionContext && widget.sessionContext.session
      && widget.sessionContext.session.kernel;
  const cells = [];
  const errors = [];
  if (panel) {
    panel.querySelectorAll('.jp-Cell').forEach((node, i) => {
      if (!node.classList.contains('jp-CodeCell')) return;
      const model = notebook && notebook.widgets[i] ? notebook.widgets[i].model : null;
      const source = model ? model.sharedModel.getSource() : '';
      // The model's outputs say what each output is; the page's outputs, in the same order, show it.
      const stored = model ? model.outputs.toJSON() : [];
      const shown = [...node.querySelectorAll('.jp-OutputArea-child')]
          .map(child => child.querySelector('.jp-OutputArea-output')).filter(o => o);
      const cell = {index: i + 1, source, prompt: '', stderr: [], plotly: 0, plotlyDrawn: 0,
                    widgets: 0, widgetsDrawn: 0, widgetErrors: 0, widgetFailures: [], clippedLabels: []};
      const prompt = node.querySelector('.jp-InputArea-prompt');
      cell.prompt = prompt ? prompt.textContent.trim() : '';
      cell.stderr = shown.filter(o => o.getAttribute('data-mime-type') === mime.stderr)
                         .map(o => o.textContent);
      stored.forEach((out, j) => {
        const data = out.data || {};
        const view = shown[j];
        if (out.output_type === 'error') {
          errors.push({cell: i + 1, ename: out.ename, evalue: out.evalue, source: source.slice(0, 300)});
        }
        if (mime.plotly in data) {
          cell.plotly += 1;
          if (view && view.querySelector('.js-plotly-plot .main-svg, .main-svg')) cell.plotlyDrawn += 1;
        }
        if (mime.widget in data) {
          cell.widgets += 1;
          if (view && failed(view)) {
            cell.widgetFailures.push(view.textContent.slice(0, 200));
            if (view.textContent.includes('Error displaying widget')) cell.widgetErrors += 1;
          } else if (view && view.querySelector('.jupyter-widgets, [class*="widget-"]')) {
            cell.widgetsDrawn += 1;
            // a label that does not fit its row is cut off (ellipsis) or runs into the next control
            view.querySelectorAll('label.widget-label').forEach(label => {
              if (label.offsetParent && (label.scrollHeight > label.clientHeight + 4
                                         || label.scrollWidth > label.clientWidth + 4)) {
                cell.clippedLabels.push(label.textContent.slice(0, 80));
              }
            });
          }
        }
      });
      cells.push(cell);
    });
  }
  let modelCells = 0, executed = 0;
  if (notebook) {
    notebook.widgets.forEach(w => {
      const cell = w.model.toJSON();
      if (cell.cell_type !== 'code' || !String(cell.source).trim()) return;
      modelCells += 1;
      if (cell.execution_count !== null && cell.execution_count !== undefined) executed += 1;
    });
  }
  return {kernel: kernel ? kernel.status : null, cells, errors, modelCells, executed};
}
"""
_MIME = {"stderr": STDERR_MIME, "widget": WIDGET_MIME, "plotly": PLOTLY_MIME, "failures": list(WIDGET_FAILURE_TEXTS)}


@dataclass
class RunReport:
    """What the page shows after a notebook ran: the facts the tests assert on."""

    kernel: str | None
    code_cells: int
    executed: int
    errors: list  # error outputs in the notebook model (output_type "error")
    error_texts: list  # stderr outputs in the page that read like an error
    stderr: list  # every stderr output, for the failure message
    charts: int
    charts_drawn: int
    widgets: int
    widgets_drawn: int
    widget_failures: list
    clipped_labels: list  # widget labels too long for their row: cut off, or overlapping the next row
    unexecuted: list  # (cell number, first line) of code cells without an execution count

    def problems(self, expected: Expected | None = None) -> list[str]:
        """Everything wrong with this run, in words; empty when the notebook ran cleanly."""
        found = []
        for error in self.errors:
            found.append(f"cell {error['cell']} raised {error['ename']}: {error['evalue']}"
                         f"\n      source: {error['source'][:200]!r}")
        for text in self.error_texts:
            found.append(f"an error is shown in the page: {text[:600]!r}")
        if self.unexecuted:
            found.append(f"{len(self.unexecuted)} of {self.code_cells} code cells have no execution count: "
                         + "; ".join(f"cell {n} {line!r}" for n, line in self.unexecuted[:5]))
        if self.charts_drawn < self.charts:
            found.append(f"{self.charts - self.charts_drawn} of {self.charts} Plotly charts did not draw "
                         "(.js-plotly-plot without .main-svg)")
        if self.widget_failures:
            found.append(f"widgets failed to display: {self.widget_failures}")
        if self.clipped_labels:
            found.append(f"{len(self.clipped_labels)} widget labels do not fit their row (cut off, or "
                         f"overlapping the next control): " + "; ".join(self.clipped_labels[:6]))
        if self.widgets_drawn < self.widgets:
            found.append(f"{self.widgets - self.widgets_drawn} of {self.widgets} widget outputs show no widget")
        if expected is not None and expected.executed:
            if self.charts != expected.charts:
                found.append(f"the page shows {self.charts} Plotly charts, the committed notebook "
                             f"has {expected.charts} (in {expected.chart_cells} cells)")
            if self.widgets != expected.widgets:
                found.append(f"the page shows {self.widgets} widget outputs, the committed notebook "
                             f"has {expected.widgets} (in {expected.widget_cells} cells)")
        return found


_SCROLLER = "document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer')"
_CONTENT_HEIGHT_JS = f"""() => {{
  const outer = {_SCROLLER};
  if (!outer) return {{content: 0, visible: 0}};
  const inner = outer.querySelector('.jp-WindowedPanel-viewport') || outer.firstElementChild;
  return {{content: inner.getBoundingClientRect().height, visible: outer.clientHeight}};
}}"""
_SCROLL_TOP_JS = f"() => {{ const outer = {_SCROLLER}; if (outer) outer.scrollTop = 0; }}"


class NotebookPage:
    """One JupyterLab page with one notebook open, driven through its menus, mouse and keyboard."""

    def __init__(self, page, server: LabServer):
        self.page = page
        self.server = server
        self.workspace = f"t{uuid.uuid4().hex[:10]}"
        self.external: list[str] = []  # requests beyond the local server (filled by open_lab_page)
        self.console_errors: list[str] = []  # console.error messages, for failure messages
        self.page_errors: list[str] = []  # uncaught JavaScript exceptions in the page

    # -- opening and waiting --

    def open(self, relpath: str, workspace: str, timeout: float = RUN_TIMEOUT) -> NotebookPage:
        self.page.goto(self.server.lab_url(relpath, workspace), wait_until="domcontentloaded",
                       timeout=timeout * 1000)
        self.page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=timeout * 1000)
        self.accept_kernel_dialog()
        self.wait_kernel_idle(timeout)
        return self

    def accept_kernel_dialog(self) -> None:
        """A notebook without kernel metadata asks which kernel to start: choose the default."""
        dialog = self.page.locator(".jp-Dialog", has_text="Select Kernel")
        try:
            dialog.wait_for(state="visible", timeout=1500)
        except Exception:  # noqa: BLE001 (no dialog: the usual case)
            return
        dialog.get_by_role("button", name="Select").click()

    def wait_kernel_idle(self, timeout: float = RUN_TIMEOUT) -> None:
        self.page.wait_for_function(f"() => {KERNEL_STATUS} === 'idle'", timeout=timeout * 1000)

    def state(self) -> dict:
        return self.page.evaluate(_STATE_JS, _MIME)

    # -- the learner's actions --

    def menu(self, top: str, item: str) -> None:
        """Click a top menu (File, Edit, Run, ...) and one of its items, as a learner would."""
        self.page.locator(".lm-MenuBar").get_by_role("menuitem", name=top, exact=True).click()
        self.page.locator(".lm-Menu").get_by_role("menuitem", name=item).first.click()

    def run_all(self, timeout: float = RUN_TIMEOUT) -> None:
        """Clear the stored outputs (so everything shown comes from this run), then Run → Run All Cells,
        and wait until the kernel is idle and no cell is still queued or running."""
        self.clear_outputs()
        self.menu("Run", "Run All Cells")
        self.wait_until_settled(timeout)

    def clear_outputs(self, attempts: int = 3) -> None:
        """Edit → Clear Outputs of All Cells, and wait until no cell shows an execution count and none is running.

        On a loaded machine the counts were once still there 10 s after the menu was used (CI, 2026-12-06): so each
        click is given 20 s, and clicked again only if, after the first 10, the kernel is idle, nothing is running
        and the counts are still shown (the click was lost); up to `attempts` clicks. Raises TimeoutError, with
        the prompts left, if the counts never go."""
        for _ in range(attempts):
            self.menu("Edit", "Clear Outputs of All Cells")
            clicked = time.monotonic()
            while time.monotonic() < clicked + 20:
                state = self.state()
                prompts = [c["prompt"] for c in state["cells"]]
                running = any("*" in p for p in prompts)
                if not running and not any(re.search(r"\[\d+\]", p) for p in prompts):
                    return
                if time.monotonic() > clicked + 10 and state["kernel"] == "idle" and not running:
                    break
                time.sleep(0.3)
        state = self.state()
        raise TimeoutError(f"Clear Outputs of All Cells left execution counts after {attempts} clicks: kernel "
                           f"{state['kernel']!r}, prompts {[c['prompt'] for c in state['cells']]}")

    def wait_until_settled(self, timeout: float = RUN_TIMEOUT) -> dict:
        """Wait until every code cell has a count, or (after an error stopped the run) nothing is still
        queued; the kernel idle in both cases, and the same for two polls in a row."""
        deadline = time.monotonic() + timeout
        calm = 0
        state = {}
        while time.monotonic() < deadline:
            state = self.state()
            prompts = [c["prompt"] for c in state["cells"]]
            running = any("*" in p for p in prompts)
            started = any(re.search(r"\[\d+\]", p) for p in prompts) or not prompts
            settled = state["kernel"] == "idle" and not running and started
            calm = calm + 1 if settled else 0
            counted = all(re.search(r"\[\d+\]", p) for p in prompts)
            # every cell counted: done after two calm polls; some not (an error may have stopped the run, or a
            # slow machine is between two cells): only after three seconds of calm
            if calm >= (2 if counted else 8):
                return state
            time.sleep(0.4)
        raise TimeoutError(
            f"the notebook did not finish within {timeout:.0f} s: kernel {state.get('kernel')!r}, "
            f"prompts {[c['prompt'] for c in state.get('cells', [])]}"
        )

    def wait_rendered(self, timeout: float = RENDER_TIMEOUT) -> dict:
        """Charts and widgets draw after the kernel is done: wait for them (up to `timeout`)."""
        deadline = time.monotonic() + timeout
        while True:
            state = self.state()
            cells = state["cells"]
            pending = any(c["plotlyDrawn"] < c["plotly"] for c in cells) or any(
                c["widgetsDrawn"] + c["widgetErrors"] < c["widgets"] for c in cells)
            if not pending or time.monotonic() > deadline:
                return state
            time.sleep(0.4)

    def report(self, render_timeout: float = RENDER_TIMEOUT) -> RunReport:
        state = self.wait_rendered(render_timeout)
        cells = state["cells"]
        stderr = [text for c in cells for text in c["stderr"]]
        unexecuted = [
            (c["index"], (c["source"].strip().splitlines() or [""])[0][:80])
            for c in cells if not re.search(r"\[\d+\]", c["prompt"])
        ]
        return RunReport(
            kernel=state["kernel"],
            code_cells=state["modelCells"],
            executed=state["executed"],
            errors=state["errors"],
            error_texts=[t for t in stderr if ERROR_TEXT.search(t)],
            stderr=stderr,
            charts=sum(c["plotly"] for c in cells),
            charts_drawn=sum(c["plotlyDrawn"] for c in cells),
            widgets=sum(c["widgets"] for c in cells),
            widgets_drawn=sum(c["widgetsDrawn"] for c in cells),
            widget_failures=[t for c in cells for t in c["widgetFailures"]],
            clipped_labels=[f"cell {c['index']}: {t!r}" for c in cells for t in c["clippedLabels"]],
            unexecuted=[u for u in unexecuted if u[1]],
        )

    # -- evidence --

    def screenshot(self, path: Path, max_height: int = 16_000) -> Path:
        """A picture of the whole notebook. JupyterLab scrolls inside the notebook panel, so a "full
        page" screenshot would show one window's worth: grow the viewport to the notebook's height."""
        path.parent.mkdir(parents=True, exist_ok=True)
        page = self.page
        size = page.viewport_size or {"width": 1280, "height": 900}
        content = page.evaluate(_CONTENT_HEIGHT_JS)
        height = min(max_height, size["height"] + max(0, content["content"] - content["visible"]) + 40)
        page.set_viewport_size({"width": size["width"], "height": int(height)})
        page.evaluate(_SCROLL_TOP_JS)
        page.wait_for_timeout(800)  # charts re-layout on resize
        page.screenshot(path=str(path), full_page=True)
        page.set_viewport_size(size)
        return path


def open_lab_page(browser, server: LabServer) -> tuple[object, NotebookPage]:
    """A fresh browser context and page on the lab server, as (context, NotebookPage).

    Every request the page makes is checked: anything not to 127.0.0.1/localhost (or a data:/blob: URL)
    is blocked and recorded in `.external`, websockets included. Console errors are kept in
    `.console_errors` for failure messages. Each page gets its own, empty JupyterLab workspace.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    external: list[str] = []

    def guard(route):
        url = route.request.url
        if is_local_url(url):
            route.continue_()
        else:
            external.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    notebook = NotebookPage(page, server)
    notebook.external = external
    page.on("websocket", lambda ws: None if is_local_url(ws.url) else external.append(ws.url))
    page.on("pageerror", lambda error: notebook.page_errors.append(str(error)))
    page.on("console", lambda msg: notebook.console_errors.append(msg.text) if msg.type == "error" else None)
    return context, notebook


@contextmanager
def notebook_copy(browser, server: LabServer, source: Path, target: Path, what: str):
    """`run_notebook_copy` for a module's fixture: yields the NotebookPage, then closes its page and ends the
    server's kernel sessions, whatever the tests did."""
    context, lab = run_notebook_copy(browser, server, source, target, what)
    try:
        yield lab
    finally:
        context.close()
        server.shutdown_sessions()


def run_notebook_copy(browser, server: LabServer, source: Path, target: Path, what: str):
    """Copy `source` to `target` (inside the server's root, under a name of its own so the per-notebook
    tests of the same notebook are not disturbed), open it in a fresh page, Run All and check that it ran
    cleanly. Returns (context, NotebookPage); the caller closes the context and ends the sessions."""
    shutil.copyfile(source, target)
    context, lab = open_lab_page(browser, server)
    lab.open(target.relative_to(server.root).as_posix(), lab.workspace)
    lab.run_all()
    problems = lab.report().problems()
    assert problems == [], f"{what} does not run cleanly: {problems}"
    return context, lab
