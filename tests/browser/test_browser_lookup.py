"""The name lookup box of the start notebook, used as a learner uses it: type a name, press Enter or click Look
up, pick a kind from the list. What the box must show for each name is what `nkcourse.lookup` answers in this
process (the first entity's name, its kind and its sources), so the test follows the data; the box must show
it, in the page, after typing alone.

Screenshots of the box at 900 and 1280 px wide are written to test-artifacts/screenshots/ to be looked at.
"""

from __future__ import annotations

import pytest
from labdriver import KERNEL_STATUS, REPO, RUN_TIMEOUT, notebook_copy

import nkcourse as nk

try:
    from playwright.sync_api import expect
except ImportError:  # the browser fixture skips (or, with CI=true, fails) with the reason
    expect = None

pytestmark = pytest.mark.timeout(int(RUN_TIMEOUT) + 120)

START = REPO / "notebooks" / "00_start_here.ipynb"
WAIT = 20_000  # ms for the kernel's answer to reach the page


@pytest.fixture(scope="module")
def start(browser, lab_server):
    """The start notebook, run once in one page, under a name of its own."""
    with notebook_copy(browser, lab_server, START, lab_server.root / "notebooks" / "_browser_lookup.ipynb",
                       "the start notebook") as lab:
        yield lab


def parts(lab):
    page = lab.page
    box = page.locator(".nk-lookup-input input")
    expect(box).to_have_count(1)
    box.scroll_into_view_if_needed()
    widget = page.locator(".widget-vbox").filter(has=page.locator(".nk-lookup-input"))
    return box, widget.locator("select").first, widget.get_by_role("button", name="Look up"), \
        page.locator(".nk-lookup-result")


def ask(lab, box, text: str, enter: bool = True, button=None):
    box.fill(text)
    lab.page.wait_for_timeout(200)
    if enter:
        box.press("Enter")
    else:
        lab.page.wait_for_function(f"() => {KERNEL_STATUS} === 'idle'", timeout=WAIT)
        button.click()


def expected_first(name: str, kind: str | None = None) -> tuple[str, str]:
    found = nk.lookup(name, kind)
    assert len(found), f"{name!r} finds nothing in this process; choose another example"
    return str(found.iloc[0]["name"]), str(found.iloc[0]["kind"])


def chosen(select) -> str:
    return select.evaluate("s => s.selectedIndex < 0 ? '' : s.options[s.selectedIndex].text")


def test_typing_a_spelling_and_pressing_enter_shows_who_with_kind_and_sources(start, screenshots_dir):
    box, kinds, button, result = parts(start)
    assert chosen(kinds) == "anything"  # the list shows what it looks for before anything is typed
    name, kind = expected_first("Pak Heon-yong")
    ask(start, box, "Pak Heon-yong")
    expect(result).to_contain_text(name, timeout=WAIT)
    expect(result).to_contain_text(f"({kind})")
    expect(result).to_contain_text("Sources:")
    for width in (900, 1280):
        start.page.set_viewport_size({"width": width, "height": 900})
        start.page.wait_for_timeout(300)
        box.scroll_into_view_if_needed()
        widget = start.page.locator(".widget-vbox").filter(has=start.page.locator(".nk-lookup-input"))
        widget.screenshot(path=str(screenshots_dir / f"lookup_box_{width}px.png"))
        inside = widget.bounding_box()
        shown = button.bounding_box()  # the row wraps rather than cutting the button off
        assert shown["x"] + shown["width"] <= inside["x"] + inside["width"] + 1, (width, shown, inside)


def test_the_button_answers_a_name_in_another_script(start):
    box, _kinds, button, result = parts(start)
    name, _kind = expected_first("Ким Ир Сен")
    ask(start, box, "Ким Ир Сен", enter=False, button=button)
    expect(result).to_contain_text(name, timeout=WAIT)


def test_the_kind_list_narrows_the_answer(start):
    box, kinds, _button, result = parts(start)
    ask(start, box, "Kapsan")
    expect(result).to_contain_text("(place)", timeout=WAIT)  # a place and a group share the name
    group, kind = expected_first("Kapsan", "group")
    kinds.select_option(label="groups")
    expect(result).to_contain_text(group, timeout=WAIT)
    expect(result).to_contain_text(f"({kind})")
    expect(result).not_to_contain_text("(place)")
    kinds.select_option(label="anything")
    assert chosen(kinds) == "anything"


def test_a_name_not_in_the_course_says_so_and_nonsense_is_no_traceback(start):
    box, _kinds, _button, result = parts(start)
    ask(start, box, "Kim Jong-il")
    expect(result).to_contain_text("not in the course", timeout=WAIT)
    ask(start, box, "}{ ;; 1950 ###")  # nonsense: the same plain answer, for what was typed
    expect(result).to_contain_text("}{ ;; 1950 ###", timeout=WAIT)
    expect(result).to_contain_text("not in the course")
    ask(start, box, "")
    expect(result).to_contain_text("Type a name", timeout=WAIT)
