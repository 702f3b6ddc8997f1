"""The chart source line: citations separated by "; ", one full stop at the end, also after "n.d."."""

import plotly.graph_objects as go

import nkcourse as nk


def _line(sources, note=""):
    fig = go.Figure()
    nk.style.add_source(fig, sources, note=note)
    return fig.layout.annotations[0].text


def test_undated_works_keep_their_separator_and_end_with_one_full_stop():
    years = nk.load("sources").set_index("source_id")["year"]
    undated = [sid for sid, year in years.items() if year is None or str(year) == "<NA>"][:2]
    assert len(undated) == 2
    text = _line(undated + ["lankov_2002"]).replace("<br>", " ")
    assert "n.d.." not in text
    assert text.count(";") == 2, text
    assert _line([undated[0]]).endswith("n.d."), _line([undated[0]])


def test_a_long_note_is_wrapped_between_words():
    text = _line(["lankov_2002"], note="word " * 60)
    assert all(len(line) <= 140 for line in text.split("<br>"))
    assert "wor<br>" not in text


def test_no_short_citation_leaves_a_parenthesis_open():
    import nkcourse as nk

    ids = nk.load("sources")["source_id"].tolist()
    cites = {i: nk.short_cite(i) for i in ids}
    unbalanced = {i: c for i, c in cites.items() if c.count("(") != c.count(")")}
    assert not unbalanced, unbalanced
