#!/bin/bash
# Runs the commands and routes of OutputsGoldenTest with another build of reportminer (a jar built
# from an older commit) and compares its output with the golden files, byte for byte:
#   scripts/outputs-vs-jar.sh /path/to/old/reportminer.jar
# Run from the project folder; needs curl. Prints "same", "DIFF" (with the first lines) or "MISSING".
J="java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar ${1:?usage: scripts/outputs-vs-jar.sh JAR}"
G=$PWD/reportminer-eval/src/test/resources/golden/outputs
T=$(mktemp -d); IDX=$T/index; O=$T/out; mkdir -p $O

mask() { sed -e "s|$IDX|\$INDEX|g" -e 's/finished in [0-9.]* s/finished in _ s/' -e 's/index size\( *\)[0-9.]* MB/index size\1_ MB/' -e 's/"indexBytes":[0-9]*/"indexBytes":_/'; }
run() { name=$1; shift; $J "$@" >$T/o 2>$T/e; code=$?; { echo "exit $code"; echo "--- stdout"; cat $T/o; echo "--- stderr"; cat $T/e; } | mask > $O/$name.txt; }
run ingest ingest corpus --index $IDX --progress none
ID=$($J dups --index $IDX --format json | head -1 | python3 -c 'import sys,re; print(re.search(r"\"id\":\"([0-9a-f]{16})\"", sys.stdin.read()).group(1))')
echo "id $ID"
run stats stats --index $IDX
run stats-json stats --json --index $IDX
run search search "植树节 OR 义诊" --limit 3 --index $IDX
run search-json search 安全 --format json --limit 3 --index $IDX
run search-csv search 总结 --format csv --sort date --limit 5 --index $IDX
run search-filters search 活动 --year 2023 --limit 3 --index $IDX
run search-like search --like $ID --limit 3 --index $IDX
run search-bad-query search AND --index $IDX
run dups dups --index $IDX
run dups-json dups --format json --index $IDX
run copycheck copycheck $ID --index $IDX
run copycheck-json copycheck $ID --format json --index $IDX
run copycheck-html copycheck $ID --format html --index $IDX
run copycheck-file copycheck corpus/txt/report-utf8-dangri-short.txt --index $IDX
run copycheck-unknown copycheck ffffffffffffffff --index $IDX
run extract-json extract --json corpus/txt/fanwen-a-saved-page-yuedu-3pian.txt
run analyze-json analyze --json corpus/txt/fanwen-a-saved-page-yuedu-3pian.txt
run analyze analyze corpus/txt/report-utf8-dangri-short.txt
$J serve --index $IDX --port 18765 >/dev/null 2>&1 & P=$!
for i in $(seq 60); do curl -s localhost:18765/api/nope >/dev/null && break; sleep 1; done
route() { name=$1; url=$2; curl -s -D $T/h -o $T/b "http://127.0.0.1:18765$url"; st=$(head -1 $T/h | awk '{print $2}'); ct=$(grep -i '^content-type:' $T/h | sed 's/^[^:]*: //' | tr -d '\r'); { echo "status $st"; echo "content-type $ct"; echo; cat $T/b; } > $O/$name.txt; }
route route-api-search "/api/search?q=%E6%80%BB%E7%BB%93&limit=3"
route route-api-search-filters "/api/search?q=%E6%B4%BB%E5%8A%A8&year=2023&sort=date&limit=3"
route route-api-facets "/api/facets?q=%E5%AE%89%E5%85%A8"
route route-api-export.csv "/api/export.csv?q=%E6%80%BB%E7%BB%93&limit=5"
route route-api-report-ID "/api/report/$ID"
route route-api-similar-ID "/api/similar/$ID?limit=3"
route route-api-copycheck-ID "/api/copycheck/$ID"
route route-copycheck-ID "/copycheck/$ID"
route route-api-report-ffffffffffffffff "/api/report/ffffffffffffffff"
route route-api-search-bad-query "/api/search?q=AND"
route route-api-nope "/api/nope"
kill $P
for f in $G/*.txt; do n=$(basename $f); if [ ! -f $O/$n ]; then echo "MISSING $n"; elif cmp -s $f $O/$n; then echo "same $n"; else echo "DIFF $n"; diff $f $O/$n | head -5; fi; done
