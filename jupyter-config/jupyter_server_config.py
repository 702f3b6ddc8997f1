# Course-wide Jupyter server settings: the course runs offline, so JupyterLab must not fetch news or
# check for updates, and learners should not be offered extension installs.
c = get_config()  # noqa: F821 (provided by Jupyter when it loads this file)
c.LabApp.news_url = None
c.LabApp.check_for_updates_class = "jupyterlab.NeverCheckForUpdate"
c.LabApp.extension_manager = "readonly"
# The export settings (charts kept, offline) live in jupyter_nbconvert_config.py beside this file.
load_subconfig("jupyter_nbconvert_config.py")  # noqa: F821
