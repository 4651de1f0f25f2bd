"""Reads the hand-written report sources in scripts/corpus/reports/*.txt.

A source file holds one report as its author wrote it:

    title: 2023年安全生产月活动总结
    ---
    body paragraph, one per line (blank lines are ignored)
    #1 一、heading line of level 1
    #2 （一）run-in heading|。rest of the paragraph after the heading
    ---
    org: 区应急管理局 | 区教育局
    per: 王建国
    place: 云溪县
    date: 2023年6月 = 2023-06
    num: 1000余份 = 1000 份 ~
    theme: 人人讲安全、个个会应急
    skip: 12345      (digit strings that are neither dates nor quantities)
    nonent: 柳湾路   (names of facilities etc. that contain an annotated name but are no mention
                      of it; they only keep the order of first mention right)

"#n " marks a section heading of level n; "|" ends a run-in heading inside its paragraph and is
removed from the text. The annotation block is optional. Everything here is typed by hand; the
build script only copies it into pages and gold files.
"""

import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
REPORTS = HERE / "reports"

DIGITS = "0123456789０１２３４５６７８９"
CN_NUM = "零〇一二三四五六七八九十百千万两"


class Report:
    def __init__(self, rid, title, paragraphs, sections, ann):
        self.id = rid
        self.title = title
        self.paragraphs = paragraphs  # clean paragraph strings, as they appear on the page
        self.sections = sections  # [(heading, level)]
        self.ann = ann  # dict or None

    @property
    def text(self):
        return "\n".join(self.paragraphs)


def load(rid):
    path = REPORTS / (rid + ".txt")
    raw = path.read_text(encoding="utf-8")
    parts = re.split(r"^---\s*$", raw, flags=re.M)
    if len(parts) < 2:
        raise SystemExit(f"{path}: needs a header and a body")
    header, body = parts[0], parts[1]
    annot = parts[2] if len(parts) > 2 else None
    title = None
    for line in header.splitlines():
        if line.startswith("title:"):
            title = line[len("title:"):].strip()
    if not title:
        raise SystemExit(f"{path}: no title")
    paragraphs, sections = [], []
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        m = re.match(r"^#(\d) (.*)$", line)
        if m:
            level, line = int(m.group(1)), m.group(2).strip()
            if "|" in line:
                heading = line.split("|", 1)[0].strip()
                line = line.replace("|", "", 1)
            else:
                heading = line
            sections.append((heading, level))
        if "|" in line:
            raise SystemExit(f"{path}: stray | in {line}")
        paragraphs.append(line)
    ann = parse_annotations(path, annot) if annot is not None and annot.strip() else None
    return Report(rid, title, paragraphs, sections, ann)


def parse_annotations(path, block):
    ann = {"org": [], "per": [], "place": [], "date": [], "num": [], "theme": [], "skip": [],
           "nonent": []}
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if key not in ann:
            raise SystemExit(f"{path}: unknown annotation key {key}")
        if key in ("org", "per", "place", "theme", "skip", "nonent"):
            ann[key].extend(v.strip() for v in val.split("|") if v.strip())
        elif key == "date":
            text, _, value = val.rpartition("=")
            ann["date"].append((text.strip(), value.strip()))
        elif key == "num":
            text, _, rest = val.rpartition("=")
            fields = rest.split()
            approx = len(fields) > 2 and fields[2] == "~"
            unit = fields[1] if len(fields) > 1 and fields[1] != "-" else None
            ann["num"].append((text.strip(), fields[0], unit, approx))
    return ann


def _is_numchar(c):
    return c in DIGITS or c in CN_NUM or c == "."


def find_spans(text, patterns):
    """Leftmost-longest occurrences of the given strings, never starting or ending inside a longer
    run of digits/numerals (so "30人" is not found inside "130人")."""
    pats = sorted(set(patterns), key=len, reverse=True)
    out, i = [], 0
    while i < len(text):
        hit = None
        for p in pats:
            if text.startswith(p, i):
                before = text[i - 1] if i > 0 else ""
                after = text[i + len(p)] if i + len(p) < len(text) else ""
                if _is_numchar(p[0]) and before and _is_numchar(before) and before != "." and p[0] != ".":
                    continue
                if p[0] in DIGITS and before == ".":
                    continue
                if p[-1] in DIGITS and after and (after in DIGITS or after == "."):
                    continue
                hit = p
                break
        if hit:
            out.append((i, hit))
            i += len(hit)
        else:
            i += 1
    return out
