#!/usr/bin/env bash
# Weekly-sheet benchmark: the demo group's sheet rendered (1) warm, in one process, data read
# included, and (2) as a fresh `report weekly` command-line process, start to finished PDF.
#   bash bench/weekly.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/guidance-desk.jar ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jv="java -Dguidancedesk.data=$work/data"
$jv -jar target/guidance-desk.jar demo --db "$work/demo.db" --today 2026-11-24 >/dev/null

javac -cp target/guidance-desk.jar -d "$work/bench" bench/WeeklyBench.java
$jv -cp "target/guidance-desk.jar:$work/bench" WeeklyBench "$work/demo.db" 2026-11-24

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  $jv -jar target/guidance-desk.jar report weekly --db "$work/demo.db" --today 2026-11-24 --out "$work/week.pdf" >/dev/null
  end=$(date +%s%N)
  t=$(( (end - start) / 1000000 ))
  echo "fresh process run $i: $t ms"
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "fresh process median: " a[int((NR+1)/2)] " ms over " NR " runs"}'
