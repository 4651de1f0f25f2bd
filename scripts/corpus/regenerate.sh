#!/usr/bin/env bash
# Rebuilds corpus/ and reportminer-eval/src/test/resources/gold/ from scripts/corpus/reports + docs.py.
# Needs python3, iconv, a JDK, Maven (offline cache is enough) and a CJK TrueType font
# (Debian: apt-get install -y fonts-wqy-zenhei) for the PDFs.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 scripts/corpus/build_corpus.py
if [ -f scripts/corpus/MakeBinaries.java ]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/corpus-build/cp.txt >/dev/null
  java -cp "$(cat target/corpus-build/cp.txt)" scripts/corpus/MakeBinaries.java target/corpus-build/binaries.json
fi
