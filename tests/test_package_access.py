"""The package finds its data from anywhere, loads typed tables, cites, and looks names up."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import nkcourse as nk
from nkcourse import maps
from nkcourse.names import normalise

ROOT = Path(__file__).resolve().parent.parent


def test_tables_are_typed():
    events = nk.load("events")
    assert pd.api.types.is_datetime64_any_dtype(events["date"])
    assert list(events["confidence"].cat.categories) == ["low", "medium", "high"]
    assert events["confidence"].cat.ordered
    assert str(nk.load("war_casualties")["low"].dtype) == "Int64"


def test_load_returns_a_copy_a_learner_can_change():
    nk.load("people").drop(columns="name")
    assert "name" in nk.load("people")


def test_an_unknown_table_names_the_real_ones():
    with pytest.raises(KeyError, match="events"):
        nk.load("evnets")


def test_cite_formats_known_ids_and_survives_unknown_ones():
    sources = nk.load("sources")
    first = sources.dropna(subset=["year"]).iloc[0]
    [citation, unknown] = nk.cite(f"{first['source_id']};not_a_work")
    assert str(first["title"]) in citation and str(first["year"]) in citation
    assert "not_a_work" in unknown


@pytest.mark.parametrize(("spelling", "person"), [
    ("Heo Jiayi", "ho_ka_i"), ("Mooting", "mu_chong"), ("Wu Ting", "mu_chong"), ("Vojeong", "mu_chong"),
    ("Park Jin-chul", "pak_kum_chol"), ("Pak Heon-yong", "pak_hon_yong"), ("pak hon-yong", "pak_hon_yong"),
    ("PAK HŎN-YŎNG", "pak_hon_yong"), ("박헌영", "pak_hon_yong"), ("kim il-sung", "kim_il_sung"),
    ("김일성", "kim_il_sung"), ("Kim Il Sung", "kim_il_sung"),
])
def test_lookup_finds_a_person_by_any_spelling(spelling, person):
    found = nk.lookup(spelling)
    assert list(found["match"].unique()) == ["exact"]
    assert person in found["id"].tolist()


def test_lookup_finds_the_kapsan_group_by_its_garbled_name():
    assert nk.lookup("Jiasan faction")["id"].tolist() == ["kapsan"]


def test_an_unknown_name_gets_suggestions_not_an_exception():
    found = nk.lookup("Kim Il Sng")
    assert (found["match"] == "suggestion").all() and "kim_il_sung" in found["id"].tolist()


@pytest.mark.parametrize("nonsense", ["", "   ", "<script>alert(1)</script>", "x" * 10_000, None, 42, float("nan")])
def test_lookup_never_raises(nonsense):
    assert isinstance(nk.lookup(nonsense), pd.DataFrame)


def test_normalise_ignores_case_hyphens_apostrophes_and_diacritics():
    assert normalise("Ch'oe Ch'ang-ik") == normalise("choe changik") == "choechangik"
    assert normalise("Hŏ Ka-i") == "hokai"
    assert normalise("김 일성") == "김일성"


def test_the_38th_parallel_splits_the_peninsula_about_as_the_two_states_do():
    """North Korea is about 55% of the peninsula's land (CIA World Factbook: 120,538 vs 99,720 km2)."""
    line = pd.DataFrame({"lon": [124.0, 129.5], "lat": [38.0, 38.0]})
    shares = maps.share_held(line)
    assert 50 < shares["north_side_pct"] < 60
    assert shares["north_side_pct"] + shares["south_side_pct"] == pytest.approx(100, abs=0.2)


def test_jeju_counts_on_the_south_side_whatever_the_line(monkeypatch):
    """Jeju (about 1,850 km2, under 1% of the peninsula's land) never fell to the North.

    A Pusan-perimeter line starts on the south coast west of Masan; closing it would leave Jeju on
    the North's side without the rule, so switching the rule off must move about 1% to the North.
    """
    across_the_strait = pd.DataFrame({"lon": [125.9, 127.2], "lat": [33.7, 33.7]})
    jeju = maps.share_held(across_the_strait)["south_side_pct"]
    assert 0.5 < jeju < 1.5
    perimeter = nk.load("front_lines").query("line_id == 'line_1950_09_15'")
    with_rule = maps.share_held(perimeter)["south_side_pct"]
    monkeypatch.setattr(maps, "JEJU_NORTH_EDGE", -90.0)
    without_rule = maps.share_held(perimeter)["south_side_pct"]
    assert with_rule - without_rule == pytest.approx(jeju, abs=0.2)


def test_the_package_finds_its_data_from_another_working_directory(tmp_path):
    code = "import nkcourse as nk; print(len(nk.load('events')))"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(nk.load("events"))


def test_a_plain_wheel_carries_the_data_and_banks(tmp_path):
    """A non-editable install (a JupyterHub image) finds data/ inside the package."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("nkcourse-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp_path / "site")
    code = "import nkcourse as nk, nkcourse.paths as p; print(p.course_root()); print(len(nk.load('people')))"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    root, count = result.stdout.split()
    assert root.endswith("nkcourse/_course") and int(count) == len(nk.load("people"))
