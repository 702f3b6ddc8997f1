"""The chart style helpers: the source line and the room it takes."""

import plotly.graph_objects as go

from nkcourse import style


def _figure(height=400):
    return go.Figure(go.Scatter(x=[1, 2], y=[1, 2]), layout=dict(height=height))


def test_a_source_line_keeps_the_height_unless_asked_to_grow():
    ids = ["lankov_2002", "suh_1988", "cumings_1981", "millett_2005", "stueck_2002"]
    kept = style.add_source(_figure(), ids, width=40)
    grown = style.add_source(_figure(), ids, width=40, grow=True)
    assert kept.layout.height == 400
    added = grown.layout.margin.b - style.TEMPLATE.layout.margin.b
    assert added > 0  # five citations wrapped at 40 characters need more than the template's margin
    assert grown.layout.height == 400 + added


def test_growing_never_shrinks_a_chart():
    short = style.add_source(_figure(), ["lankov_2002"], below=10, grow=True)
    assert short.layout.height == 400
