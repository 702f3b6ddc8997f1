# Course-wide Jupyter server settings: the course runs offline, so JupyterLab must not fetch news or
# check for updates, and learners should not be offered extension installs.
c = get_config()  # noqa: F821 (provided by Jupyter when it loads this file)
c.LabApp.news_url = None
c.LabApp.check_for_updates_class = "jupyterlab.NeverCheckForUpdate"
c.LabApp.extension_manager = "readonly"

# The course's small front-end piece (nkcourse/labextension): keys typed inside an exercise stay there,
# Check shows a busy state, and a widget whose kernel is gone says to run its cell. It ships inside the
# nkcourse package; find it without importing the package (the server's environment may lack pandas).
try:
    import importlib.util
    import pathlib

    _spec = importlib.util.find_spec("nkcourse")
    if _spec is not None and _spec.origin:
        _ext = pathlib.Path(_spec.origin).parent / "labextension"
        if (_ext / "nkcourse-exercises" / "package.json").is_file():
            c.LabApp.extra_labextensions_path = [str(_ext)]
except Exception:  # noqa: BLE001 (a broken install must not stop the server; the start notebook explains)
    pass

# The export settings (charts kept, offline) live in jupyter_nbconvert_config.py beside this file.
load_subconfig("jupyter_nbconvert_config.py")  # noqa: F821
