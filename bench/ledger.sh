#!/usr/bin/env bash
# Ledger benchmark: export and import of 10,000 rows as .xlsx and .csv (import = read the
# file, check every row, save in one transaction), each a fresh workspace; and filtering
# 20,000 items the way the table does; and one field saved in the detail pane with 20,000 items,
# to the row updated. Targets: ≤ 1.5 s each way, ≤ 50 ms per filter, ≤ 20 ms per save.
#   bash bench/ledger.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/guidance-desk.jar ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -cp target/guidance-desk.jar -d "$work/bench" bench/LedgerBench.java
java -Dguidancedesk.data="$work/data" -Dorg.sqlite.tmpdir="$work" -cp "target/guidance-desk.jar:$work/bench" \
  LedgerBench "$work" "$runs"
