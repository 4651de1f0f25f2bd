#!/usr/bin/env python3
"""Copies the blind annotators' real pages into reportminer-eval/src/test/resources/realpages/.

Usage: scripts/realpages-sync.py [SOURCE_DIR ...]   (default: /work/blind/pages-a, -b, -c)

Only complete pairs are copied: <id>.html (exact bytes) and <id>.json (gold) both present and the
JSON parsing. The page's SHA-256 is checked against the provenance the annotator recorded. Gold
fixes (plain mistakes proved from the page bytes) live in realpages/FIXES.json and are applied
after copying, so a re-sync keeps them; each is listed in README.md. SOURCES.md is rewritten:
repository, commit and path of every page.
"""
import hashlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEST = os.path.join(HERE, "..", "src", "test", "resources", "realpages")


def licences(sources):
    """Licence per page id, from the annotators' SOURCES.md tables (a 'licence' column)."""
    out = {}
    for src in sources:
        path = os.path.join(src, "SOURCES.md")
        if not os.path.exists(path):
            continue
        header = None
        for line in open(path, encoding="utf-8"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if "id" in cells and "licence" in cells:
                header = cells
            elif header and len(cells) == len(header) and not set(line.strip()) <= set("|-: "):
                out[cells[header.index("id")]] = cells[header.index("licence")]
    return out


def main(sources):
    lic = licences(sources)
    fixes_path = os.path.join(DEST, "FIXES.json")
    fixes = json.load(open(fixes_path, encoding="utf-8")) if os.path.exists(fixes_path) else {}
    copied, skipped = [], []
    for src in sources:
        for name in sorted(os.listdir(src)):
            if not name.endswith(".json"):
                continue
            jpath = os.path.join(src, name)
            try:
                gold = json.load(open(jpath, encoding="utf-8"))
            except (OSError, ValueError) as e:
                skipped.append(f"{jpath}: {e}")
                continue
            page = os.path.join(src, gold.get("file", ""))
            if not gold.get("file") or not os.path.isfile(page):
                skipped.append(f"{jpath}: page file missing")
                continue
            data = open(page, "rb").read()
            sha = hashlib.sha256(data).hexdigest()
            want = gold.get("provenance", {}).get("sha256")
            if want and want != sha:
                skipped.append(f"{jpath}: sha256 {sha} differs from provenance {want}")
                continue
            for field, fix in fixes.get(gold["id"], {}).items():
                gold[field] = fix["value"]
            shutil.copyfile(page, os.path.join(DEST, gold["file"]))
            with open(os.path.join(DEST, name), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
            copied.append(gold)
    copied.sort(key=lambda g: g["id"])
    sites = {g.get("site") for g in copied}
    with open(os.path.join(DEST, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# Sources of the real pages\n\n")
        f.write("Written by scripts/realpages-sync.py. Every page is kept byte for byte as found in the public\n"
                "repository below (`git show COMMIT:PATH`); its SHA-256 is checked against the annotator's record.\n\n")
        f.write(f"{len(copied)} pages from {len(sites)} sites.\n\n")
        f.write("| id | site | kind | article | repository | commit | path | sha256 | licence (annotator's note) |\n"
                "|---|---|---|---|---|---|---|---|---|\n")
        for g in copied:
            p = g.get("provenance", {})
            f.write(f"| {g['id']} | {g.get('site','')} | {g.get('kind','')} | {'yes' if g.get('has_article', True) else 'no'} | "
                    f"{p.get('repo','')} | {p.get('commit','')} | {p.get('path','')} | {p.get('sha256','')[:12]} | {lic.get(g['id'], '')} |\n")
    print(f"copied {len(copied)} pages from {len(sites)} sites; skipped {len(skipped)}")
    for s in skipped:
        print("  skipped " + s)


if __name__ == "__main__":
    main(sys.argv[1:] or ["/work/blind/pages-a", "/work/blind/pages-b", "/work/blind/pages-c"])
