"""A lesson's link to a glossary entry works in JupyterLab: it opens the glossary rendered (not as Markdown
source in the text editor) and brings the entry's explicit anchor into view.

The glossary (notebooks/glossary.md, made by tools/build_glossary.py) gives every entry an
`<a id="...">`; the lessons link a term's first mention to it (`glossary.md#ussr`). JupyterLab opens
`.md` files in its Markdown Preview because jupyter-config/ says so (defaultViewers); tests/test_site.py
checks the same links in the web edition. JupyterLab 4 keeps an element's id as `data-jupyter-id` (so
that a document cannot clobber the page's own ids) and finds a link's fragment there.
"""

from __future__ import annotations

import pytest
from labdriver import RUN_TIMEOUT

pytestmark = pytest.mark.timeout(int(RUN_TIMEOUT) + 120)

IN_VIEW = """() => {
  const entry = document.querySelector('.jp-MarkdownViewer:not(.lm-mod-hidden) [data-jupyter-id="ussr"]');
  if (!entry) return false;
  const box = entry.getBoundingClientRect();
  return box.top >= 0 && box.top < window.innerHeight;
}"""


def test_a_glossary_link_opens_the_rendered_glossary_at_its_entry(lab):
    lab.open("notebooks/01_founding.ipynb", lab.workspace)
    link = lab.page.locator(".jp-RenderedMarkdown a", has_text="Soviet Civil Administration").first
    link.scroll_into_view_if_needed()
    link.click()
    viewer = lab.page.locator(".jp-MarkdownViewer:not(.lm-mod-hidden)")
    viewer.wait_for(state="visible", timeout=30_000)
    viewer.locator('[data-jupyter-id="ussr"]').wait_for(state="attached", timeout=30_000)
    assert "Glossary: groups, institutions and names" in viewer.inner_text()
    assert lab.page.locator(".jp-FileEditor:not(.lm-mod-hidden)").count() == 0  # not the source in an editor
    lab.page.wait_for_function(IN_VIEW, timeout=15_000)
