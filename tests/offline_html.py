"""What an offline page must not do: load a script, a style sheet, a font or a frame from off the machine."""

import re
from html.parser import HTMLParser

REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)


class _Resources(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.remote: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        wanted = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src", "video": "src",
                  "embed": "src", "link": "href", "object": "data"}
        attribute = wanted.get(tag)
        if attribute and attrs.get(attribute) and REMOTE.match(attrs[attribute]):
            if tag != "link" or (attrs.get("rel") or "").lower() in ("stylesheet", "preload", "modulepreload", "icon"):
                self.remote.append(f"<{tag} {attribute}={attrs[attribute]}>")
        self._in_style = tag == "style"
        if attrs.get("style"):
            self._css(attrs["style"])

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self._css(data)

    def _css(self, css: str):
        for match in re.finditer(r"""(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?//[^'")\s]+)""", css, re.IGNORECASE):
            self.remote.append(f"css {match.group(1)}")


def remote_resources(page: str) -> list[str]:
    """Every script, style sheet, font, image or frame that `page` would load from off the machine."""
    parser = _Resources()
    parser.feed(page)
    # an ES module or dynamic import of a remote address inside an inline script
    parser.remote += [f"import {m}" for m in re.findall(r"""(?<!@)\bimport\s*\(?\s*['"]((?:https?:)?//[^'"]+)""", page)]
    return parser.remote
