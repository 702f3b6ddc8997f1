# HTML exports of the course keep their charts, offline: `jupyter nbconvert --to html` and JupyterLab's
# "Save and Export Notebook As → HTML" (the same exporter; jupyter_server_config.py loads this file)
# use the course's `nkcourse` template, which draws Plotly charts with plotly.js from the installed
# plotly package and loads nothing from a CDN. See nkcourse/export.py.
import importlib.util
from pathlib import Path

c = get_config()  # noqa: F821 (provided by Jupyter when it loads this file)
_spec = importlib.util.find_spec("nkcourse")  # finds the package without importing it
# the template's preprocessors import nkcourse, which needs pandas and plotly in this environment
_usable = all(importlib.util.find_spec(name) for name in ("pandas", "plotly", "yaml"))
if _usable and _spec and _spec.origin and (Path(_spec.origin).parent / "templates" / "nkcourse").is_dir():
    c.TemplateExporter.extra_template_basedirs = [str(Path(_spec.origin).parent / "templates")]
    c.HTMLExporter.template_name = "nkcourse"
    c.SlidesExporter.template_name = "reveal"  # slides keep their own template
