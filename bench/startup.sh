#!/usr/bin/env bash
# Start-up benchmark: a fresh process's start to the first rendered window showing the
# 规定动作 matrix of the demo group, in a real window under Xvfb. Prints each run and the median.
#   bash bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
need=""
command -v xvfb-run >/dev/null || need="$need xvfb xauth"
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need="$need libgtk-3-0"
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need="$need fonts-wqy-microhei"
if [ -n "$need" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null; fi
[ -f target/guidance-desk.jar ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Dguidancedesk.data="$work/data" -jar target/guidance-desk.jar demo --db "$work/demo.db" >/dev/null
times=()
for i in $(seq 1 "$runs"); do
  t=$(xvfb-run -a -s "-screen 0 1280x800x24" java -Dguidancedesk.data="$work/data" -Dguidancedesk.startupProbe=true \
      -jar target/guidance-desk.jar --db "$work/demo.db" 2>/dev/null | sed -n 's/^startup-ms: //p')
  echo "run $i: ${t} ms"
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms over " NR " runs"}'
