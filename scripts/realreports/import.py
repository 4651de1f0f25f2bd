#!/usr/bin/env python3
"""Copies blind-annotated real reports into reportminer-eval/src/test/resources/realreports/{dev,test}/.

Each input is one JSON object (id, provenance, kind, title, published, text, and the annotated
fields, written by an annotator who never saw the analyzer's code or output). Each output file is
a one-element JSON array, the shape `eval --real-reports` reads. The half is fixed by the id
alone: annotators number their items (a01, a02 …), odd numbers go to dev and even ones to test,
so each annotator's sources are spread over both halves and adding items never moves an old one.

Usage: scripts/realreports/import.py OUT_DIR IN_DIR...
"""
import json
import pathlib
import re
import sys


# Kept apart by the project's issues for independent checks: never part of a development set.
EXCLUDED = {
    "ustclug/website", "kaiyuanshe/Wiki", "kaiyuanshe/2018-China-Open-Source-Report",
    "kaiyuanshe/2023-China-Open-Source-Report", "tuna/tuna.moe", "dxCarl/Chinese_Government_Report_Analysis",
    "ljtyduyu/Government_Report_Mining", "SimonXinw/job",
}


def half(item_id: str) -> str:
    number = int(re.match(r"[a-z]+(\d+)", item_id).group(1))
    return "dev" if number % 2 == 1 else "test"


def main() -> None:
    out = pathlib.Path(sys.argv[1])
    for d in sys.argv[2:]:
        for f in sorted(pathlib.Path(d).glob("*.json")):
            item = json.loads(f.read_text(encoding="utf-8"))
            if item["provenance"]["repo"] in EXCLUDED:
                print("skipped", item["id"], item["provenance"]["repo"], "(kept for an independent check)")
                continue
            target = out / half(item["id"]) / (item["id"] + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps([item], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(half(item["id"]), item["id"], item["provenance"]["repo"])


if __name__ == "__main__":
    main()
