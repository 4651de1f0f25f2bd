#!/usr/bin/env python3
"""Unlabelled text for `train-ner --clusters K --cluster-text FILE` (docs/MODELS.md, char clusters).

Writes the text of the People's Daily January 1998 corpus (../shared/corpora/pd98_199801.txt, GBK,
one paragraph per line as `id  word/pos word/pos ... [word/pos word/pos]nt`) as plain UTF-8 text,
one paragraph per line, tags and brackets removed. A paragraph is left out when it shares 12
consecutive chars (NFKC, spaces removed) with the start of any development sentence of MSRA,
Resume or CLUENER as DevSplit carves them (sentence i held out when i % 20 == 19): 33 of 19,484.
The output is derived from research data: keep it outside the repository.

usage: scripts/ner/pd98-cluster-text.py ../shared/corpora /tmp/pd98.txt
"""
import json
import re
import sys
import unicodedata


def blank_line_sentences(path, sep):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                sents.append("".join(cur))
                cur = []
            continue
        cur.append(line.split(sep)[0])
    if cur:
        sents.append("".join(cur))
    return sents


def cluener(path):
    text, dec, i, out = open(path, encoding="utf-8").read(), json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = dec.raw_decode(text, i)
        out.append(obj["text"])


def main(corpora, out_path):
    norm = lambda s: unicodedata.normalize("NFKC", s).replace(" ", "")
    keys = set()
    for sents in (blank_line_sentences(f"{corpora}/msra_train_bio", "\t"),
                  blank_line_sentences(f"{corpora}/resume_train.char.bmes", " "),
                  cluener(f"{corpora}/cluener_train.json")):
        for i, s in enumerate(sents):
            d = norm(s)
            if i % 20 == 19 and len(d) >= 8:
                keys.add(d[:12])
    kept = dropped = 0
    with open(f"{corpora}/pd98_199801.txt", encoding="gbk", errors="replace") as f, \
            open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            tokens = line.split()
            if not tokens:
                continue
            para = "".join(re.sub(r"\][a-z]+$", "", t.lstrip("[")).rsplit("/", 1)[0] for t in tokens[1:])
            q = norm(para)
            if any(q[i:i + 12] in keys for i in range(len(q) - 11)):
                dropped += 1
                continue
            out.write(para + "\n")
            kept += 1
    print(f"{kept} paragraphs written, {dropped} left out", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
