"""The hub load test's report (benchmarks/hubload.py): from what each simulated learner saw to one table.

No I/O and no hub here, so it is unit-tested (tests/test_hubload_report.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from table import Row, median, render


@dataclass
class Learner:
    name: str
    spawn_s: float | None = None          # POST .../server until the server answered as ready
    pull_s: float | None = None           # nbgitpuller's clone of the course into the learner's home
    first_chart_s: float | None = None    # opening the start notebook until its first Plotly chart arrived
    notebooks_s: float | None = None      # every cell of both notebooks, over the kernel websocket
    clicks: int = 0                       # Check clicks sent over the widgets' comm channel
    click_ms: list[float] = field(default_factory=list)  # each click's round trip
    recorded: int | None = None           # attempts found afterwards in the learner's progress file
    peak_mib: float = 0.0                 # the learner's processes (server and kernels), PSS, at their peak
    culled: bool = False                  # the idle culler stopped the server after the learner left
    error: str = ""

    @property
    def served(self) -> bool:
        return not self.error and self.first_chart_s is not None and self.recorded is not None

    @property
    def lost(self) -> int:
        return max(self.clicks - (self.recorded or 0), 0) if self.recorded is not None else self.clicks


def _spread(values: list[float], unit: str, digits: int = 1) -> str:
    if not values:
        return "none measured"
    return f"{median(values):.{digits}f} {unit} (max {max(values):.{digits}f})"


def rows(learners: list[Learner], total_peak_mib: float, overhead_mib: float, wall_s: float,
         culled_after_s: float | None) -> list[Row]:
    n = len(learners)
    served = [x for x in learners if x.served]
    failures = [x for x in learners if not x.served]
    lost = sum(x.lost for x in learners)
    clicks = sum(x.clicks for x in learners)
    culled = sum(x.culled for x in learners)
    memory = [x.peak_mib for x in learners if x.peak_mib]
    out = [
        Row("learners served", f"{n} simulated learners", f"{len(served)} of {n}", aim=f"{n} of {n}",
            met=len(served) == n),
        Row("spawn time", "POST server -> ready", _spread([x.spawn_s for x in learners if x.spawn_s is not None], "s")),
        Row("course delivery", "nbgitpuller clone", _spread([x.pull_s for x in learners if x.pull_s is not None], "s")),
        Row("time to first chart", "open start notebook -> first chart",
            _spread([x.first_chart_s for x in learners if x.first_chart_s is not None], "s")),
        Row("both notebooks, every cell", "start + lesson over the websocket",
            _spread([x.notebooks_s for x in learners if x.notebooks_s is not None], "s")),
        Row("Check click round trip", "comm message -> kernel idle",
            _spread([ms for x in learners for ms in x.click_ms], "ms", 0)),
        Row("peak memory per learner", "server + kernels (PSS)", _spread(memory, "MiB", 0)),
        Row("peak memory, total", "hub, proxy, culler and every learner (PSS)",
            f"{total_peak_mib:.0f} MiB", f"of which hub, proxy, culler {overhead_mib:.0f} MiB"),
        Row("failures", "learners not served", str(len(failures)), "; ".join(
            f"{x.name}: {x.error or 'incomplete'}"[:120] for x in failures[:3]), aim="0", met=not failures),
        Row("attempts lost", "Check clicks minus attempts in the progress files", f"{lost} of {clicks}",
            aim="0", met=lost == 0 and clicks > 0),
        Row("idle culler", "servers stopped after the learners left",
            f"{culled} of {n}" + (f" within {culled_after_s:.0f} s" if culled_after_s is not None else ""),
            aim=f"{n} of {n}", met=culled == n),
        Row("wall time", "whole test", f"{wall_s:.0f} s"),
    ]
    return out


def report(learners: list[Learner], title: str, **figures) -> str:
    return render(rows(learners, **figures), title)
