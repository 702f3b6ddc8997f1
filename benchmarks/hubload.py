"""`make hubload N=30`: a class of N learners on a real JupyterHub on this machine, then one report table.

    .venv/bin/python benchmarks/hubload.py --learners 30 [--ramp 30] [--timeout 1500]

What runs, all on 127.0.0.1: JupyterHub (PyPI, the `hub` extra) with its dummy authenticator and the
local process spawner ("simple": one process per learner, home folders under a temporary directory),
configurable-http-proxy (npm, installed by `make hubload` into .hubload/, git-ignored) and
jupyterhub-idle-culler as a hub service. Each simulated learner, started `--ramp` seconds apart in all:
1. gets a server (hub REST API), and the course through nbgitpuller's own endpoint, cloned from a bare
   copy of this repository's current commit, as an nbgitpuller link would give it on a real hub;
2. opens the start notebook and one lesson as JupyterLab does (contents API, a session, the kernel
   websocket) and runs every code cell in order;
3. answers a few exercises as a browser does: sets the widgets' values and clicks Check over the comm
   channel, so the course's own check functions run and save the attempt;
4. leaves (closes its websockets) without stopping anything: the idle culler stops the server.
Then every learner's progress file is read: each Check click must be an attempt in it.

Memory is the proportional set size (PSS, shared pages split between the processes that share them) of
the hub's process tree, sampled every 2 s, per learner (server and kernels, told apart by their working
folder) and in total. The test is bounded (--timeout), stops starting learners when the machine's free
memory falls under 1.5 GiB, and always stops the hub and every process it started, then removes its
folder. Not part of `make test`: it takes minutes and most of the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import requests
import websocket

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from hubreport import Learner, report  # noqa: E402

PROXY = ROOT / ".hubload" / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
START, LESSON = "notebooks/00_start_here.ipynb", "notebooks/01_founding.ipynb"
# (notebook, exercise, widget to set): a few answers per learner, two in each kernel, so the two kernels
# of one learner write the same progress file.
ANSWERS = [(START, "start_next_step", "radio"), (START, "start_evidence", "checkbox"),
           (LESSON, "u1_parallel", "radio"), (LESSON, "u1_abroad", "checkbox")]
MIN_FREE_KIB = 1536 * 1024
PLOTLY = "application/vnd.plotly.v1+json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hub_config(work: Path, token: str, ports: dict[str, int], culler_timeout: int) -> str:
    singleuser = Path(sys.executable).parent / "jupyterhub-singleuser"
    root_flag = ["--allow-root"] if os.geteuid() == 0 else []
    env = {"JUPYTER_CONFIG_PATH": str(ROOT / "jupyter-config"), "JUPYTERHUB_ACTIVITY_INTERVAL": "10",
           "PATH": os.environ["PATH"]}
    return f"""
c = get_config()  # noqa
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {ports['public']}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {ports['hub']}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{ports['proxy_api']}"
c.ConfigurableHTTPProxy.command = [{str(PROXY)!r}]
c.ConfigurableHTTPProxy.auth_token = {secrets.token_hex(16)!r}
c.JupyterHub.db_url = "sqlite:///{work}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{work}/cookie_secret"
c.JupyterHub.pid_file = "{work}/jupyterhub.pid"
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{work}/home/{{username}}"
c.Spawner.ip = "127.0.0.1"
c.Spawner.cmd = [{str(singleuser)!r}]
c.Spawner.args = {root_flag!r}
c.Spawner.default_url = "/lab"
c.Spawner.environment = {env!r}
c.Spawner.start_timeout = 900
c.Spawner.http_timeout = 900
c.JupyterHub.concurrent_spawn_limit = 200
c.JupyterHub.last_activity_interval = 10
c.JupyterHub.cleanup_servers = True
c.JupyterHub.services = [
    {{"name": "loadtest", "api_token": {token!r}}},
    {{"name": "idle-culler", "command": [{sys.executable!r}, "-m", "jupyterhub_idle_culler",
                                        "--timeout={culler_timeout}", "--cull-every=10", "--concurrency=10"]}},
]
c.JupyterHub.load_roles = [
    {{"name": "loadtest", "services": ["loadtest"],
      "scopes": ["admin:users", "admin:servers", "access:servers", "list:users", "read:users"]}},
    {{"name": "idle-culler", "services": ["idle-culler"],
      "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]}},
]
"""


# ---- processes and memory ---------------------------------------------------------------------------

def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def descendants(pid: int) -> list[int]:
    tree, out, todo = _children(), [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += tree.get(p, [])
    return out


def pss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def mem_available_kib() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1])
    return 0


class Sampler(threading.Thread):
    """Every 2 s: PSS of each learner's processes (by working folder) and of the hub's whole tree."""

    def __init__(self, hub_pid: int, home: Path):
        super().__init__(daemon=True)
        self.hub_pid, self.home, self.stop = hub_pid, str(home) + "/", threading.Event()
        self.peak: dict[str, float] = {}
        self.total_peak = 0.0
        self.overhead_at_peak = 0.0
        self.low_memory = False

    def run(self) -> None:
        while not self.stop.wait(2):
            per: dict[str, float] = {}
            total = overhead = 0.0
            for pid in descendants(self.hub_pid):
                mib = pss_mib(pid)
                total += mib
                try:
                    cwd = os.readlink(f"/proc/{pid}/cwd") + "/"
                except OSError:
                    cwd = ""
                if cwd.startswith(self.home):
                    user = cwd[len(self.home):].split("/", 1)[0]
                    per[user] = per.get(user, 0.0) + mib
                else:
                    overhead += mib
            for user, mib in per.items():
                self.peak[user] = max(self.peak.get(user, 0.0), mib)
            if total > self.total_peak:
                self.total_peak, self.overhead_at_peak = total, overhead
            self.low_memory = mem_available_kib() < MIN_FREE_KIB


# ---- one learner ------------------------------------------------------------------------------------

class Kernel:
    """A notebook opened as JupyterLab opens it: a session, then the kernel's websocket."""

    def __init__(self, base: str, headers: dict, path: str, deadline: float):
        self.deadline = deadline
        session = requests.post(f"{base}/api/sessions", headers=headers, timeout=300, json={
            "path": path, "name": Path(path).name, "type": "notebook", "kernel": {"name": "python3"}})
        session.raise_for_status()
        self.kernel_id = session.json()["kernel"]["id"]
        url = base.replace("http://", "ws://") + f"/api/kernels/{self.kernel_id}/channels"
        self.session = uuid.uuid4().hex
        self.ws = websocket.create_connection(f"{url}?session_id={self.session}", timeout=300,
                                              header=[f"{k}: {v}" for k, v in headers.items()])
        self.comms: dict[str, dict] = {}

    def send(self, msg_type: str, content: dict, channel: str = "shell") -> str:
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": msg_id, "username": "learner", "session": self.session, "msg_type": msg_type,
                       "version": "5.3", "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
            "parent_header": {}, "metadata": {}, "content": content, "channel": channel, "buffers": []}))
        return msg_id

    def wait(self, msg_id: str, on_output=None, reply: bool = True) -> str:
        """Read messages until the kernel is idle after `msg_id` (and has replied, if it replies)."""
        status, idle = ("" if reply else "ok"), False
        while not (idle and status):
            if time.monotonic() > self.deadline:
                raise TimeoutError("the test's time ran out")
            raw = self.ws.recv()
            if isinstance(raw, bytes):  # a binary frame (widget buffers): nothing this test needs
                continue
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "comm_open" and content.get("target_name") == "jupyter.widget":
                self.comms[content["comm_id"]] = content["data"]["state"]
            elif kind == "execute_reply":
                status = content.get("status", "ok")
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
            elif kind == "error":
                raise RuntimeError(f"{content['ename']}: {content['evalue']}"[:200])
            if on_output and kind in ("display_data", "execute_result", "stream"):
                on_output(content)
        return status

    def run(self, code: str, on_output=None) -> None:
        status = self.wait(self.send("execute_request", {"code": code, "silent": False, "store_history": True,
                                                         "user_expressions": {}, "allow_stdin": False,
                                                         "stop_on_error": True}), on_output)
        if status != "ok":
            raise RuntimeError(f"a cell ended with status {status}")

    def comm(self, comm_id: str, data: dict) -> float:
        """A widget message (as the browser sends it); milliseconds until the kernel is idle again."""
        started = time.perf_counter()
        self.wait(self.send("comm_msg", {"comm_id": comm_id, "data": data}), reply=False)  # comms get no reply
        return (time.perf_counter() - started) * 1000

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:  # noqa: BLE001 (leaving: nothing to do about a socket already gone)
            pass


def answer(kernel: Kernel, exercise: str, widget: str) -> float:
    """Show one exercise, pick an answer in its widgets, click Check; the click's round trip in ms."""
    before = set(kernel.comms)
    kernel.run(f'nk.show("{exercise}")')
    new = {cid: state for cid, state in kernel.comms.items() if cid not in before}
    model = {"radio": "RadioButtonsModel", "checkbox": "CheckboxModel"}[widget]
    choice = next(cid for cid, s in new.items() if s.get("_model_name") == model)
    button = next(cid for cid, s in new.items() if s.get("_model_name") == "ButtonModel"
                  and s.get("description") == "Check")
    state = {"index": 0} if widget == "radio" else {"value": True}
    kernel.comm(choice, {"method": "update", "state": state, "buffer_paths": []})
    return kernel.comm(button, {"method": "custom", "content": {"event": "click"}})


def learner_run(me: Learner, hub: str, token: str, repo: str, branch: str, deadline: float, home: Path) -> None:
    headers = {"Authorization": f"token {token}"}
    api = f"{hub}/hub/api/users/{me.name}"
    kernels: list[Kernel] = []
    try:
        requests.post(api, headers=headers, timeout=60).raise_for_status()
        started = time.monotonic()
        requests.post(f"{api}/server", headers=headers, timeout=900).raise_for_status()
        while not requests.get(api, headers=headers, timeout=60).json().get("servers", {}).get("", {}).get("ready"):
            if time.monotonic() > deadline:
                raise TimeoutError("the server did not start in time")
            time.sleep(0.5)
        me.spawn_s = time.monotonic() - started
        base = f"{hub}/user/{me.name}"
        pulled = time.monotonic()
        with requests.get(f"{base}/git-pull/api", headers=headers, stream=True, timeout=600,
                          params={"repo": repo, "branch": branch, "targetpath": "course"}) as events:
            events.raise_for_status()
            phase = ""
            for line in events.iter_lines(decode_unicode=True):
                if line and line.startswith("data:"):
                    phase = json.loads(line[5:]).get("phase", phase)
                    if phase in ("finished", "error"):
                        break
            if phase != "finished":
                raise RuntimeError(f"nbgitpuller ended in phase {phase or 'none'}")
        me.pull_s = time.monotonic() - pulled
        ran = time.monotonic()
        for path in (START, LESSON):
            notebook = requests.get(f"{base}/api/contents/course/{quote(path)}", headers=headers,
                                    params={"content": 1}, timeout=300)
            notebook.raise_for_status()
            opened = time.monotonic()
            kernel = Kernel(base, headers, f"course/{path}", deadline)
            kernels.append(kernel)

            def chart(content, opened=opened, path=path):
                if path == START and me.first_chart_s is None and PLOTLY in content.get("data", {}):
                    me.first_chart_s = time.monotonic() - opened

            for cell in notebook.json()["content"]["cells"]:
                if cell["cell_type"] == "code":
                    kernel.run(cell["source"], chart)
        me.notebooks_s = time.monotonic() - ran
        by_path = {START: kernels[0], LESSON: kernels[1]}
        for path, exercise, widget in ANSWERS:
            me.click_ms.append(answer(by_path[path], exercise, widget))
            me.clicks += 1
        for kernel in kernels:
            kernel.run("pass")  # every save has finished before the learner leaves
        progress = home / me.name / ".local" / "share" / "nkcourse" / "progress.json"
        attempts = json.loads(progress.read_text(encoding="utf-8"))["attempts"]
        ids = {exercise for _, exercise, _ in ANSWERS}
        me.recorded = sum(1 for a in attempts if isinstance(a, dict) and a.get("exercise") in ids)
    except Exception as error:  # noqa: BLE001 (one learner's failure is a figure of the report)
        me.error = f"{type(error).__name__}: {error}"[:300]
    finally:
        for kernel in kernels:
            kernel.close()  # the learner leaves; the server stays until the idle culler stops it


# ---- the whole class --------------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", "-n", type=int, default=30)
    parser.add_argument("--ramp", type=float, default=30.0, help="seconds over which the learners arrive")
    parser.add_argument("--timeout", type=float, default=1500.0, help="the whole test, in seconds")
    parser.add_argument("--culler-timeout", type=int, default=60, help="idle seconds before a server is culled")
    parser.add_argument("--out", type=Path, default=HERE / "hubload-results.md")
    args = parser.parse_args(argv)
    if not PROXY.exists():
        print(f"configurable-http-proxy is missing ({PROXY}): run `make hubload`, which installs it.")
        return 2
    began = time.monotonic()
    deadline = began + args.timeout
    work = Path(tempfile.mkdtemp(prefix="nkcourse-hubload-"))
    home = work / "home"
    home.mkdir()
    branch = subprocess.run(["git", "rev-parse", "--abbrev-ref", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.strip()
    subprocess.run(["git", "clone", "--quiet", "--bare", "--branch", branch, str(ROOT), str(work / "course.git")],
                   check=True)
    token = secrets.token_hex(24)
    ports = {k: free_port() for k in ("public", "hub", "proxy_api")}
    (work / "jupyterhub_config.py").write_text(hub_config(work, token, ports, args.culler_timeout))
    log = open(work / "hub.log", "w")  # noqa: SIM115 (closed in finally)
    hub = subprocess.Popen([str(Path(sys.executable).parent / "jupyterhub"), "-f", str(work / "jupyterhub_config.py")],
                           cwd=work, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{ports['public']}"
    learners = [Learner(f"learner{i:02d}") for i in range(1, args.learners + 1)]
    sampler = Sampler(hub.pid, home)
    culled_after = None
    try:
        while True:
            try:
                if requests.get(f"{base}/hub/api/", timeout=5).ok:
                    break
            except requests.ConnectionError:
                pass
            if hub.poll() is not None or time.monotonic() > began + 120:
                raise RuntimeError("the hub did not start: see its log")
            time.sleep(0.5)
        sampler.start()
        threads = []
        for i, me in enumerate(learners):
            if sampler.low_memory:
                me.error = "not started: the machine's free memory fell under 1.5 GiB"
                continue
            thread = threading.Thread(target=learner_run, daemon=True,
                                      args=(me, base, token, f"file://{work / 'course.git'}", branch, deadline, home))
            thread.start()
            threads.append(thread)
            print(f"  {me.name} arrives", file=sys.stderr)
            if i < len(learners) - 1:
                time.sleep(args.ramp / max(len(learners) - 1, 1))
        for thread in threads:
            thread.join(max(deadline - time.monotonic(), 0))
        left = time.monotonic()
        print(f"  every learner has left after {left - began:.0f} s; waiting for the idle culler", file=sys.stderr)
        headers = {"Authorization": f"token {token}"}
        while time.monotonic() < min(deadline, left + args.culler_timeout + 120):
            users = requests.get(f"{base}/hub/api/users", headers=headers, timeout=60).json()
            running = {u["name"] for u in users if u.get("servers")}
            for me in learners:
                me.culled = me.spawn_s is not None and me.name not in running
            if not running:
                culled_after = time.monotonic() - left
                break
            time.sleep(5)
    except Exception as error:  # noqa: BLE001
        print(f"the test stopped early: {type(error).__name__}: {error}", file=sys.stderr)
    finally:
        sampler.stop.set()
        pids = descendants(hub.pid)
        hub.send_signal(signal.SIGTERM)
        try:
            hub.wait(60)
        except subprocess.TimeoutExpired:
            pass
        for pid in pids:  # whatever the hub did not stop (its own processes only, by id)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        log.close()
        keep = os.environ.get("HUBLOAD_KEEP_LOG")
        if keep:
            shutil.copy(work / "hub.log", keep)
        shutil.rmtree(work, ignore_errors=True)
    for me in learners:
        me.peak_mib = sampler.peak.get(me.name, 0.0)
    title = (f"make hubload N={args.learners}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
             f"{os.cpu_count()} cores, learners arriving over {args.ramp:.0f} s, idle culler at "
             f"{args.culler_timeout} s; JupyterHub (dummy authenticator, local process spawner), "
             "configurable-http-proxy, all on 127.0.0.1")
    text = report(learners, title, total_peak_mib=sampler.total_peak, overhead_mib=sampler.overhead_at_peak,
                  wall_s=time.monotonic() - began, culled_after_s=culled_after)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    failed = [me for me in learners if not me.served]
    for me in failed[:10]:
        print(f"  {me.name}: {me.error or 'incomplete'}", file=sys.stderr)
    return 0 if not failed and sum(me.lost for me in learners) == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
