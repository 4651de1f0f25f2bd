#!/usr/bin/env python3
"""Builds corpus/ pages and reportminer-eval/src/test/resources/gold/ from the hand-written report sources.

    python3 scripts/corpus/build_corpus.py          # HTML, TXT, ZIP pages + all gold files,
                                                    # plus specs for MakeBinaries.java
    scripts/corpus/regenerate.sh                    # the above, then DOCX, PDF and WARC

The report texts and their annotations are typed by hand in scripts/corpus/reports/; this script
only lays them into site templates, encodes them (iconv) and writes the same hand-made text and
annotations out as gold JSON. It never runs project code.
"""

import json
import pathlib
import re
import subprocess
import sys
import zipfile
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import reportsrc  # noqa: E402
import sites  # noqa: E402
from docs import DOCS  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "src" / "test" / "resources" / "gold"
STAGE = ROOT / "target" / "corpus-build"

WARNINGS = []


def warn(msg):
    WARNINGS.append(msg)


# ------------------------------------------------------------------ encodings
def encode(text, enc, where):
    if enc in ("utf-8", "utf8"):
        return text.encode("utf-8")
    iconv_name = {"gbk": "GBK", "gb2312": "GB2312", "gb18030": "GB18030"}[enc]
    res = subprocess.run(["iconv", "-f", "UTF-8", "-t", iconv_name], input=text.encode("utf-8"),
                         capture_output=True)
    if res.returncode != 0:
        raise SystemExit(f"{where}: iconv to {iconv_name} failed: {res.stderr.decode()}")
    back = res.stdout.decode("gb18030")
    if back != text:
        for i, (a, b) in enumerate(zip(back, text)):
            if a != b:
                raise SystemExit(f"{where}: {iconv_name} round trip changes {b!r} to {a!r} at {i}")
        raise SystemExit(f"{where}: {iconv_name} round trip changes the length")
    return res.stdout


# ------------------------------------------------------------------ rendering
def reports_of(d):
    out = []
    for item in d["reports"]:
        rid, title = (item, None) if isinstance(item, str) else item
        r = reportsrc.load(rid)
        out.append((r, title or r.title))
    return out


def render_html(d):
    reports = reports_of(d)
    d.setdefault("title", reports[0][1])
    page, body = sites.SITES[d["site"]]
    return page(d, body(d, reports))


def render_seedtxt(d):
    reports = reports_of(d)
    lines = [" > ".join([d["root"]] + d["crumbs"]), "栏目", "", d["title"], "",
             f"发布时间:{d['published']}", "", d["generic_title"], ""]
    for k, (r, title) in enumerate(reports, 1):
        marker = d.get("marker_titles", {}).get(k, title)
        lines += [f"第{k}篇 {marker}", ""]
        if k in d.get("repeat_title", ()):
            lines += [title, ""]
        for p in r.paragraphs:
            lines += [p, ""]
    lines += [f"《{d['title']}.doc》", "将本文的Word文档下载,方便收藏和打印", "推荐度:", "点击下载文档", "",
              "相关专题", "", "相关范文", "", "分类查询入口", "", "一键复制", ""]
    return "\n".join(lines)


def render_plaintxt(d):
    (r, title), = reports_of(d)
    indent = d.get("indent", "")
    sep = "\n\n" if d.get("blank_lines") else "\n"
    nl = d.get("newline", "\n")
    text = title + sep + sep.join(indent + p for p in r.paragraphs) + "\n"
    return text.replace("\n", nl)


# ------------------------------------------------------------------ gold
def as_number(s):
    v = Decimal(s)
    return int(v) if v == v.to_integral_value() else float(v)


def ordered_entities(r):
    """Entity names sorted by first standalone occurrence (leftmost-longest over all names)."""
    a = r.ann
    names = a["org"] + a["per"] + a["place"]
    first = {}
    for pos, name in reportsrc.find_spans(r.text, names + a["nonent"]):
        if name in names:
            first.setdefault(name, pos)
    for kind in ("org", "per", "place"):
        for n in a[kind]:
            if n not in first:
                warn(f"{r.id}: {kind} {n!r} has no standalone occurrence in the text")
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        warn(f"{r.id}: names annotated twice: {dup}")
    return {k: sorted(a[k], key=lambda n: first.get(n, 10 ** 9)) for k in ("org", "per", "place")}


def date_number_occurrences(r):
    a = r.ann
    dates = dict(a["date"])
    nums = {t: (v, u, ap) for t, v, u, ap in a["num"]}
    if len(dates) != len(a["date"]) or len(nums) != len(a["num"]):
        warn(f"{r.id}: a date or number text is annotated twice")
    both = set(dates) & set(nums)
    if both:
        warn(f"{r.id}: both date and number: {both}")
    spans = reportsrc.find_spans(r.text, list(dates) + list(nums) + a["skip"])
    found = {t for _, t in spans}
    for t in list(dates) + list(nums) + a["skip"]:
        if t not in found:
            warn(f"{r.id}: {t!r} not found in the text")
    covered = [False] * len(r.text)
    out_d, out_n = [], []
    for pos, t in spans:
        for i in range(pos, pos + len(t)):
            covered[i] = True
        if t in dates:
            out_d.append({"text": t, "value": dates[t]})
        elif t in nums:
            v, u, ap = nums[t]
            out_n.append({"text": t, "value": as_number(v), "unit": u, "approx": ap})
    offset = 0
    for p in r.paragraphs:  # numbering markers of headings ("1. ", "（2）") are not quantities
        m = re.match(r"[（(]?[0-9]+[)）.、]", p)
        if m and any(p.startswith(h) for h, _ in r.sections):
            for i in range(offset, offset + m.end()):
                covered[i] = True
        offset += len(p) + 1
    for m in re.finditer(r"[0-9０-９]+", r.text):
        if not all(covered[m.start():m.end()]):
            ctx = r.text[max(0, m.start() - 8):m.end() + 8]
            warn(f"{r.id}: digits {m.group()!r} not annotated: …{ctx}…")
    return out_d, out_n


def gold_object(r, title, d, part, parts, extra_source=None):
    source = {"part": part, "parts": parts}
    if extra_source:
        source = {**extra_source, **source}
    o = {
        "title": title,
        "published": d.get("published"),
        "category": d.get("crumbs", []),
        "source": source,
        "text": r.text,
        "sections": [{"heading": h, "level": lv} for h, lv in r.sections],
    }
    for h, _ in r.sections:
        if h not in r.text:
            warn(f"{r.id}: heading {h!r} not in text")
    if r.ann is not None:
        ents = ordered_entities(r)
        dates, nums = date_number_occurrences(r)
        o["organizations"] = ents["org"]
        o["persons"] = ents["per"]
        o["places"] = ents["place"]
        o["dates"] = dates
        o["numbers"] = nums
        o["themes"] = r.ann["theme"]
        for t in r.ann["theme"]:
            if t not in r.text:
                warn(f"{r.id}: theme {t!r} not in text")
    return o


def gold_for(d, extra_source=None):
    reps = reports_of(d)
    return [gold_object(r, title, d, k, len(reps), extra_source) for k, (r, title) in enumerate(reps, 1)]


def write_gold(rel, objects):
    path = GOLD / (rel + ".json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(objects, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ documents
def page_bytes(d):
    kind = d["kind"]
    if kind == "html":
        text = render_html(d)
    elif kind == "seedtxt":
        text = render_seedtxt(d)
    elif kind == "txt":
        text = render_plaintxt(d)
    else:
        raise SystemExit(f"no renderer for {kind}")
    return encode(text, d.get("enc", "utf-8"), d.get("path") or d.get("entry") or d.get("url"))


def binary_spec(d):
    """What MakeBinaries.java needs to lay out a DOCX or PDF: paragraphs with a style each."""
    paras = []
    if d.get("doc_title"):
        paras.append({"style": "Title", "text": d["doc_title"]})
    multi = len(d["reports"]) > 1
    for r, title in reports_of(d):
        paras.append({"style": "Heading1" if multi else "Title", "text": title})
        for p in r.paragraphs:
            top = (p, 1) in r.sections
            paras.append({"style": ("Heading2" if multi else "Heading1") if top else "Normal", "text": p})
    spec = {"path": d["path"], "kind": d["kind"], "paragraphs": paras}
    for k in ("header", "footer", "author", "fake_ext"):
        if k in d:
            spec[k] = d[k]
    return spec


def describe_format(d):
    kind = d["kind"]
    if kind in ("html", "seedtxt", "txt"):
        enc = d.get("enc", "utf-8").upper()
        what = {"html": "HTML", "seedtxt": "text (saved page)", "txt": "text"}[kind]
        if d.get("html_as_txt"):
            what = "HTML saved as .txt"
        if kind == "html" or d.get("html_as_txt"):
            meta = d.get("meta")
            if meta is None:
                decl = "no charset declared"
            elif meta.lower().replace("-", "") == d.get("enc", "utf-8").replace("-", ""):
                decl = f"declared {meta}"
            else:
                decl = f"declared {meta} (wrong)"
            return f"{what}, {enc}, {decl}"
        return f"{what}, {enc}"
    return {"zip": "ZIP of HTML pages", "warc": "WARC (gzip), HTTP responses", "docx": "DOCX",
            "pdf": "PDF"}[kind] + (" named " + d["path"].rsplit(".", 1)[1] if d.get("fake_ext") else "")


def report_count(d):
    if "members" in d:
        return sum(len(m["reports"]) for m in d["members"])
    return len(d["reports"])


def write_readme():
    here = pathlib.Path(__file__).resolve().parent
    rows = ["| file | format / encoding | reports | what it tests |", "|---|---|---|---|"]
    for d in DOCS:
        rows.append(f"| `{d['path']}` | {describe_format(d)} | {report_count(d)} | {d['note']} |")
    total = sum(report_count(d) for d in DOCS)
    rows.append(f"| **{len(DOCS)} files** | | **{total}** | |")
    text = (here / "readme_head.md").read_text(encoding="utf-8") + "\n".join(rows) + "\n" + (
        here / "readme_tail.md").read_text(encoding="utf-8")
    (CORPUS / "README.md").write_text(text, encoding="utf-8")


def main():
    binaries, warc = [], []
    STAGE.mkdir(parents=True, exist_ok=True)
    for d in DOCS:
        kind, rel = d["kind"], d["path"]
        out = CORPUS / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        if kind in ("html", "seedtxt", "txt"):
            out.write_bytes(page_bytes(d))
            write_gold(rel, gold_for(d))
        elif kind == "zip":
            gold = []
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                for m in d["members"]:
                    m.setdefault("path", rel + "!/" + m["entry"])
                    info = zipfile.ZipInfo(m["entry"], date_time=(2023, 8, 1, 12, 0, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(info, page_bytes(m))
                    gold += gold_for(m, {"entry": m["entry"]})
            write_gold(rel, gold)
        elif kind == "warc":
            gold, records = [], []
            for i, m in enumerate(d["members"]):
                m.setdefault("path", m["url"])
                body = STAGE / f"warc-{i}.html"
                body.write_bytes(page_bytes(m))
                records.append({"url": m["url"], "contentType": m["contentType"], "date": m["fetched"],
                                "file": str(body)})
                gold += gold_for(m, {"url": m["url"]})
            warc.append({"path": rel, "records": records})
            write_gold(rel, gold)
        elif kind in ("docx", "pdf"):
            binaries.append(binary_spec(d))
            write_gold(rel, gold_for(d))
        else:
            raise SystemExit(f"unknown kind {kind}")
    (STAGE / "binaries.json").write_text(
        json.dumps({"documents": binaries, "warcs": warc}, ensure_ascii=False, indent=1), encoding="utf-8")
    write_readme()
    for w in WARNINGS:
        print("warning:", w)
    print(f"{len(DOCS)} documents; {len(WARNINGS)} warnings")


if __name__ == "__main__":
    main()
