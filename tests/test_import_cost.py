"""`import nkcourse` loads only what a lesson's first cell needs (benchmarks/bench.py measures the gain).

Each check runs in a fresh interpreter: the test session itself has long since imported everything.
"""

import json
import os
import subprocess
import sys

HEAVY = ["jsonschema", "rfc3987_syntax", "nbformat", "plotly.io._renderers", "ipywidgets", "nkcourse.quiz",
         "nkcourse.maps"]


def fresh(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_import_leaves_the_heavy_modules_unloaded():
    loaded = fresh(f"import sys, json, nkcourse; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))")
    assert loaded == []


def test_every_exercise_name_still_works_and_is_the_engines():
    names = ["show", "show_bank", "check", "progress", "export_progress", "instructor_mode"]
    same = fresh(f"import json, nkcourse as nk, nkcourse.quiz as q; "
                 f"print(json.dumps({{n: getattr(nk, n) is getattr(q, n) for n in {names!r}}}))")
    assert same == dict.fromkeys(names, True)


def test_maps_and_the_from_import_form_load_on_first_use():
    got = fresh("import json, nkcourse as nk; from nkcourse import show; m = nk.maps; "
                "print(json.dumps([m.__name__, show.__module__, sorted(set(nk.__all__) - set(dir(nk)))]))")
    assert got == ["nkcourse.maps", "nkcourse.quiz.view", []]


def test_an_unknown_name_is_an_attribute_error():
    got = fresh("import json, nkcourse as nk\ntry:\n    nk.no_such_thing\nexcept AttributeError as e:\n"
                "    print(json.dumps(str(e)))")
    assert "no_such_thing" in got


def test_the_offline_renderer_is_the_default_whichever_comes_first():
    later = fresh("import json, nkcourse, plotly.io as pio; print(json.dumps(pio.renderers.default))")
    before = fresh("import json, plotly.io as pio; pio.renderers.default = 'browser'; import nkcourse; "
                   "print(json.dumps(pio.renderers.default))")
    assert later == before == "plotly_mimetype"


def test_a_bank_still_validates_once_jsonschema_loads_lazily(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: T\nunit: 1\nexercises:\n- {id: x, kind: single, prompt: P, hints: [h], explanation: E,"
                   " sources: [], options: [{text: a, correct: true}, {text: b}], colour: red}\n", encoding="utf-8")
    got = fresh(f"import json\nfrom nkcourse.quiz.bank import load_bank, BankError\ntry:\n    load_bank({str(bad)!r})\n"
                "except BankError as e:\n    print(json.dumps(str(e)))")
    assert "colour" in got


SHOW_TWICE = """
import json, sys
from IPython.core.interactiveshell import InteractiveShell
shell = InteractiveShell.instance()
sent = []
shell.display_pub.publish = lambda data, metadata=None, **kw: sent.append(data)
shell.run_cell("import nkcourse, plotly.express as px\\n"
               "fig = px.bar(x=[1945, 1950], y=[2, 3], color=['a', 'b'], title='T')\\nfig")
loaded = [m for m in HEAVY if m in sys.modules]
import plotly.io as pio
pio.renderers.default  # loads Plotly's renderer registry: from now on Plotly's own path shows the chart
shell.run_cell("fig")
print()
print(json.dumps({"loaded": loaded, "same": sent[0] == sent[1], "count": len(sent), "keys": list(sent[0])}))
"""


def test_a_chart_in_a_notebook_is_plotlys_own_bundle_without_its_renderer_registry():
    got = fresh(f"HEAVY = {HEAVY!r}\n" + SHOW_TWICE)
    assert got == {"loaded": [], "same": True, "count": 2, "keys": ["application/vnd.plotly.v1+json"]}


CHILD = """
import json, os, subprocess, sys
import nkcourse, plotly.express as px, plotly.io as pio
fig = px.bar(x=[1945, 1950], y=[2, 3])
pio.renderers.default  # the renderer registry loaded, as at a lesson's first `fig.show()`
child = subprocess.run([sys.executable, "-c", "import os; print(os.environ.get('PLOTLY_RENDERER'))"],
                       capture_output=True, text=True, check=True).stdout.strip()
print(json.dumps([os.environ.get("PLOTLY_RENDERER"), child, pio.renderers.default]))
"""


def test_a_learners_own_script_does_not_inherit_the_courses_renderer():
    """`!python script.py` in a course notebook: the course's renderer stays in the kernel."""
    env = {k: v for k, v in os.environ.items() if k not in ("PLOTLY_RENDERER", "NKCOURSE_PLOTLY_RENDERER")}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, timeout=120,
                          env=env)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [None, "None", "plotly_mimetype"]


def test_another_renderer_named_for_a_build_still_wins():
    env = {k: v for k, v in os.environ.items() if k != "PLOTLY_RENDERER"} | {"NKCOURSE_PLOTLY_RENDERER": "notebook"}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, timeout=120,
                          env=env)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [None, "None", "notebook"]
