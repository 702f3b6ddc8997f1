"""Chart helpers: nkcourse.timeline.period_end (imprecise dates as spans) and the source-line helpers in
nkcourse.style."""

import pandas as pd

from nkcourse.timeline import period_end


def test_each_precision_spans_its_whole_period():
    rows = pd.DataFrame({"date": pd.to_datetime(["1956-08-30", "1956-08-01", "1957-01-01", "1956-02-01"]),
                         "date_precision": ["day", "month", "year", "month"]})
    assert period_end(rows).tolist() == [pd.Timestamp("1956-08-31"), pd.Timestamp("1956-09-01"),
                                         pd.Timestamp("1958-01-01"), pd.Timestamp("1956-03-01")]


def test_a_year_precision_step_is_not_drawn_before_a_dated_step_in_the_same_year():
    rows = pd.DataFrame({"date": pd.to_datetime(["1957-01-01", "1957-03-03"]),
                         "date_precision": ["year", "day"]})
    ends = period_end(rows)
    assert ends.iloc[0] > ends.iloc[1]  # the year's span reaches past the dated step


def test_missing_dates_and_unknown_precisions_give_missing_ends():
    rows = pd.DataFrame({"start_date": pd.to_datetime([None, "1960-01-01"]),
                         "start_date_precision": ["day", "decade"]})
    assert period_end(rows, "start_date").isna().tolist() == [True, True]


def test_works_on_the_course_tables():
    import nkcourse as nk
    steps = nk.load("purge_steps")
    ends = period_end(steps)
    assert (ends.dropna() > steps.loc[ends.notna(), "date"]).all()


def test_a_source_line_can_name_a_shared_short_citation_once():
    import plotly.graph_objects as go

    from nkcourse import style
    ids = ["ivanov_1956", "ivanov_1956a", "lankov_1995"]  # two works that both cite as "Ivanov 1956"
    plain = style.add_source(go.Figure(), ids).layout.annotations[0].text
    distinct = style.add_source(go.Figure(), ids, distinct=True).layout.annotations[0].text
    assert plain.count("Ivanov 1956") == 2
    assert distinct.count("Ivanov 1956") == 1 and "Lankov 1995" in distinct


def test_fit_height_keeps_the_plot_area_whatever_the_source_line():
    import plotly.graph_objects as go

    from nkcourse import style
    short = style.fit_height(style.add_source(go.Figure(), ["lankov_1995"]), 400)
    long = style.fit_height(style.add_source(go.Figure(), ["lankov_1995", "ivanov_1956", "ivanov_1956a",
                                                           "puzanov_1957a", "mikoyan_1956"]), 400)
    assert long.layout.height - long.layout.margin.b == short.layout.height - short.layout.margin.b
    assert long.layout.margin.b > short.layout.margin.b


def test_a_long_legend_goes_below_and_the_figure_grows_by_its_rows():
    import plotly.graph_objects as go

    from nkcourse import style
    fig = go.Figure([go.Scatter(x=[1], y=[1], name=f"entry {k}", legendgroup=str(k // 2)) for k in range(6)])
    fig.update_layout(height=500, margin_b=100)
    style.legend_below(fig, row_height=20)
    assert fig.layout.legend.orientation == "h" and fig.layout.legend.yref == "container"
    room = 20 * 6 + 10 * 2 + 16  # six rows, three groups (two gaps), padding
    assert (fig.layout.height, fig.layout.margin.b) == (500 + room, 100 + room)
    style.table_names(fig, series="Side", text=["What was counted", "Source"])
    assert fig.layout.meta == {"table": {"series": "Side", "text": ["What was counted", "Source"]}}
