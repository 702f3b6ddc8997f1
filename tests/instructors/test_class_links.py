"""Links for a class come from one setting, open a notebook that exists, and are never invented."""

import importlib.util
import tomllib
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("class_links", ROOT / "tools" / "class_links.py")
class_links = importlib.util.module_from_spec(spec)
spec.loader.exec_module(class_links)

REPO = "https://git.example.org/teachers/nk-course.git"
HUB = "https://hub.example.org/"


def test_every_lesson_gets_a_hub_link_that_pulls_the_repository_and_opens_an_existing_notebook(capsys):
    assert class_links.main(["--repository", REPO, "--hub", HUB]) == 0
    printed = capsys.readouterr().out
    links = [line.split(": ", 1)[1] for line in printed.splitlines() if "JupyterHub:" in line]
    lessons = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert len(links) == len(class_links.units()) >= len(lessons)
    for link in links:
        parts = urlsplit(link)
        assert f"{parts.scheme}://{parts.netloc}/" == HUB and parts.path == "/hub/user-redirect/git-pull"
        query = parse_qs(parts.query)
        assert query["repo"] == [REPO] and query["branch"] == ["main"]
        assert query["urlpath"][0].startswith("lab/tree/") and query["urlpath"][0].endswith("?autodecode")
        folder, _, notebook = query["urlpath"][0].removeprefix("lab/tree/").removesuffix("?autodecode").partition("/")
        assert folder == "nk-course"
        assert (ROOT / notebook).is_file()


def test_binder_links_name_the_repository_and_the_notebook(capsys):
    class_links.main(["--repository", REPO, "--branch", "spring-term"])
    links = [line.split(": ", 1)[1].strip() for line in capsys.readouterr().out.splitlines() if "Binder:" in line]
    first = urlsplit(links[0])
    assert unquote(first.path) == f"/v2/git/{REPO}/spring-term"
    assert (ROOT / parse_qs(first.query)["labpath"][0]).is_file()


def test_without_an_address_it_says_where_to_set_one(capsys, monkeypatch):
    monkeypatch.setattr(class_links, "settings", lambda: {"repository": "", "hub": ""})
    assert class_links.main([]) == 1
    assert "instructors/class_settings.toml" in capsys.readouterr().out


def test_the_repository_address_is_one_setting_and_not_invented():
    saved = tomllib.loads(class_links.SETTINGS.read_text(encoding="utf-8"))
    assert set(saved) == {"repository", "branch", "hub"}
    assert saved["repository"] == "" or saved["repository"].startswith("https://")
    guide = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "instructors").rglob("*.md"))
    assert "git-pull?repo=" not in guide  # links are generated, never written out by hand
