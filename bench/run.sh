#!/usr/bin/env bash
# The one benchmark command (issue 16): every figure of the demo group and of the large
# synthetic group (demo --size large) in one run, as a table on the terminal and as JSON in
# target/bench.json. Each line is a median (p50) with p95 and p99 where several runs make sense.
#   bash bench/run.sh [RUNS]          # RUNS for the fresh-process figures, default 5
# With the installable program built (mvn -Ppackage package, target/dist/GuidanceDesk), the same
# fresh-process figures through its launcher follow as packaged.* rows.
# Needs xvfb-run and a Chinese font for the start-up figures (installed when missing, as
# bench/startup.sh does) and LibreOffice Calc for the comparison (installed too).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
. bench/window-needs.sh
# LibreOffice reads the .xlsx with Calc (Writer alone answers "source file could not be loaded").
(dpkg -s libreoffice-calc-nogui || dpkg -s libreoffice-calc) >/dev/null 2>&1 || need="$need libreoffice-calc-nogui"
install_needs
[ -f target/guidance-desk.jar ] || mvn -q -B -DskipTests package
jar=target/guidance-desk.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
today=2026-12-03
jv="java -Dguidancedesk.data=$work/data -Dorg.sqlite.tmpdir=$work"
metrics="$work/metrics"
: > "$metrics"
metric() { echo "METRIC $*" >> "$metrics"; }

# p50 p95 p99 of a list of numbers (one a line), nearest rank.
quantiles() {
  sort -n | awk '{a[NR]=$1} END {q95=int(NR*0.95+0.999); q99=int(NR*0.99+0.999); if (q95<1) q95=1; if (q99<1) q99=1;
    printf "%s %s %s", a[int((NR+1)/2)], a[q95], a[q99]}'
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "writing the demo and the large group …"
$jv -jar $jar demo --db "$work/demo.db" --today $today >/dev/null
t0=$(now_ms); $jv -jar $jar demo --size large --db "$work/large.db" --today $today >/dev/null; t1=$(now_ms)
metric "large.demo_write $((t1 - t0)) $((t1 - t0)) $((t1 - t0)) ms"

echo "warm figures in one process …"
javac -cp $jar -d "$work/bench" bench/ScaleBench.java bench/LedgerBench.java
for g in demo large; do
  $jv -cp "$jar:$work/bench" ScaleBench "$work/$g.db" $today $g | grep '^METRIC' >> "$metrics"
done

echo "the JavaFX thread while ticks are saved (the real window, headless on Monocle) …"
# Monocle is a test dependency (the TestFX tests' headless platform), in the local Maven repository once built.
mver=$(sed -n 's:.*<monocle.version>\(.*\)</monocle.version>.*:\1:p' pom.xml)
monocle="${MAVEN_REPO:-$HOME/.m2/repository}/org/testfx/openjfx-monocle/$mver/openjfx-monocle-$mver.jar"
if [ -f "$monocle" ]; then
  javac -cp "$jar:$monocle" -d "$work/stall" bench/TickStallBench.java
  for g in demo large; do
    timeout 300 $jv -cp "$jar:$monocle:$work/stall" TickStallBench "$work/$g.db" $today $g 2>/dev/null \
      | grep '^METRIC' >> "$metrics" || echo "  the $g group's stall figure failed"
  done
else
  echo "  skipped: no $monocle (mvn -B test-compile fetches it)"
fi

echo "fresh processes …"
for g in demo large; do
  ts=()
  for i in $(seq 1 "$runs"); do
    t0=$(now_ms); $jv -jar $jar report weekly --db "$work/$g.db" --today $today --out "$work/w.pdf" >/dev/null; t1=$(now_ms)
    ts+=($((t1 - t0)))
  done
  metric "$g.weekly_pdf_fresh $(printf '%s\n' "${ts[@]}" | quantiles) ms"
done

echo "start-up to the first frame with data (real window under Xvfb) …"
for g in demo large; do
  ts=()
  for i in $(seq 1 "$runs"); do
    t=$(timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" $jv -Dguidancedesk.startupProbe=true -jar $jar \
        --db "$work/$g.db" 2>/dev/null | sed -n 's/^startup-ms: //p')
    [ -n "$t" ] && ts+=("$t")
  done
  [ ${#ts[@]} -gt 0 ] && metric "$g.startup $(printf '%s\n' "${ts[@]}" | quantiles) ms"
done
# The bare JavaFX window and the 规定动作 matrix, measured the same way by bench/startup.sh.
bash bench/startup.sh "$runs" 2>/dev/null | tee "$work/startup.txt" | sed 's/^/  /' >/dev/null || true

# The installable program, when built: its launcher (its own runtime and AOT cache), the options
# given as a user's JAVA_TOOL_OPTIONS would be, interleaved group by group like the rows above.
pkg=target/dist/GuidanceDesk/bin/GuidanceDesk
if [ -x "$pkg" ]; then
  echo "the packaged program (target/dist) …"
  popts="-Dguidancedesk.data=$work/data -Dorg.sqlite.tmpdir=$work"
  for g in demo large; do
    ws=(); ts=()
    for i in $(seq 1 "$runs"); do
      t0=$(now_ms); JAVA_TOOL_OPTIONS="$popts" $pkg report weekly --db "$work/$g.db" --today $today --out "$work/w.pdf" >/dev/null 2>&1; t1=$(now_ms)
      ws+=($((t1 - t0)))
      t=$(JAVA_TOOL_OPTIONS="$popts -Dguidancedesk.startupProbe=true" timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
          $pkg --db "$work/$g.db" 2>/dev/null | sed -n 's/^startup-ms: //p')
      [ -n "$t" ] && ts+=("$t")
    done
    metric "packaged.$g.weekly_pdf_fresh $(printf '%s\n' "${ws[@]}" | quantiles) ms"
    [ ${#ts[@]} -gt 0 ] && metric "packaged.$g.startup $(printf '%s\n' "${ts[@]}" | quantiles) ms"
  done
  # The bare window on the packaged runtime, where bench/startup.sh takes JAVA.
  if grep -q 'JAVA:-' bench/startup.sh; then
    JAVA=target/dist/GuidanceDesk/lib/runtime/bin/java bash bench/startup.sh "$runs" 2>/dev/null > "$work/startup-packaged.txt" || true
  fi
fi

echo "the ledger: 10,000-row import and export, filters over 20,000 items …"
$jv -cp "$jar:$work/bench" LedgerBench "$work" "$runs" > "$work/ledger.txt"
grep -E '^(export|import) 10,000\+ rows' "$work/ledger.txt" | while read -r line; do
  kind=$(echo "$line" | awk '{print $1}'); ext=$(echo "$line" | grep -o '\.\(xlsx\|csv\)' | head -1 | tr -d .)
  med=$(echo "$line" | sed -n 's/.*median *\([0-9.]*\) ms.*/\1/p'); max=$(echo "$line" | sed -n 's/.*max \([0-9.]*\),.*/\1/p')
  metric "ledger.${kind}_10000_${ext} $med $max $max ms"
  cpu=$(echo "$line" | sed -n 's/.*thread cpu \([0-9.]*\) ms.*/\1/p')
  if [ -n "$cpu" ]; then metric "ledger.${kind}_10000_${ext}_cpu $cpu $cpu $cpu ms"; fi
done
grep -E '^filter ' "$work/ledger.txt" | head -2 | nl -w1 -s' ' | while read -r n line; do
  med=$(echo "$line" | sed -n 's/.*median *\([0-9.]*\) ms.*/\1/p'); max=$(echo "$line" | sed -n 's/.*max \([0-9.]*\),.*/\1/p')
  metric "ledger.filter_$n $med $max $max ms"
done

echo "a 10,000-row ledger to PDF: LibreOffice against report ledger …"
$jv -jar $jar export rectifications --db "$work/large.db" --ledger 整改 --out "$work/ledger.xlsx" >/dev/null
if command -v soffice >/dev/null; then
  t0=$(now_ms); timeout 300 soffice --headless --convert-to pdf --outdir "$work/lo" "$work/ledger.xlsx" >/dev/null 2>&1 || true; t1=$(now_ms)
  # Without Calc, or with a LibreOffice already running for this user, it returns at once without a PDF: no figure then.
  if [ -s "$work/lo/ledger.pdf" ]; then
    metric "compare.libreoffice_ledger_pdf $((t1 - t0)) $((t1 - t0)) $((t1 - t0)) ms"
  else
    echo "  LibreOffice wrote no PDF (no Calc, or another soffice running?): no comparison"
  fi
fi
t0=$(now_ms); $jv -jar $jar report ledger --db "$work/large.db" --ledger 整改 --out "$work/ledger.pdf" >/dev/null; t1=$(now_ms)
metric "compare.guidancedesk_ledger_pdf $((t1 - t0)) $((t1 - t0)) $((t1 - t0)) ms"

# The table and the JSON.
echo
printf '%-36s %10s %10s %10s  %s\n' figure p50 p95 p99 unit
awk '{printf "%-36s %10s %10s %10s  %s\n", $2, $3, $4, $5, $6}' "$metrics"
if grep -q '^median' "$work/startup.txt" 2>/dev/null; then echo; echo "bench/startup.sh (规定动作 matrix, and the bare window):"; grep -E 'median' "$work/startup.txt"; fi
if grep -q 'median' "$work/startup-packaged.txt" 2>/dev/null; then echo; echo "bench/startup.sh on the packaged runtime (the jar, no AOT cache; and the bare window):"; grep -E 'median' "$work/startup-packaged.txt"; fi
mkdir -p target
{
  echo "{"
  echo "  \"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\", \"runs\": $runs, \"cores\": $(nproc), \"load\": \"$(cut -d" " -f1-3 /proc/loadavg)\","
  echo "  \"figures\": {"
  awk 'BEGIN {first=1} {if (!first) printf ",\n"; first=0;
       printf "    \"%s\": {\"p50\": %s, \"p95\": %s, \"p99\": %s, \"unit\": \"%s\"}", $2, $3, $4, $5, $6} END {printf "\n"}' "$metrics"
  echo "  }"
  echo "}"
} > target/bench.json
lo=$(awk '$2=="compare.libreoffice_ledger_pdf" {print $3}' "$metrics"); gd=$(awk '$2=="compare.guidancedesk_ledger_pdf" {print $3}' "$metrics")
[ -n "$lo" ] && [ -n "$gd" ] && echo && echo "LibreOffice / GuidanceDesk for the same ledger as PDF: $(awk -v a="$lo" -v b="$gd" 'BEGIN {printf "%.1f", a / b}')×"
echo "written target/bench.json"
