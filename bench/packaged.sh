#!/usr/bin/env bash
# The installable program against the plain jar, as fresh processes interleaved round by round:
# the start-up to the first frame with data (the probe, under Xvfb) of the demo and the large
# group, the same without the AOT cache (-XX:AOTMode=off), the bare JavaFX window of
# bench/startup.sh on the packaged runtime and on the default java, and `report weekly` of both
# groups. Each row: the median wall time and the median processor time (user + system, every
# thread, from time(1)), which a busy machine disturbs less.
#   bash bench/packaged.sh [RUNS] [LAUNCHER]    # default 5, target/dist/GuidanceDesk/bin/GuidanceDesk
# (/opt/guidancedesk/bin/GuidanceDesk for the installed .deb.) Needs the app image (mvn -Ppackage
# package), xvfb-run and /usr/bin/time.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
launcher=${2:-target/dist/GuidanceDesk/bin/GuidanceDesk}
runtime=$(dirname "$launcher")/../lib/runtime/bin/java
jar=target/guidance-desk.jar
[ -x "$launcher" ] || { echo "no $launcher: mvn -B -Ppackage -DskipTests package first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
today=2026-12-03
java -Dguidancedesk.data="$work/data" -jar $jar demo --db "$work/demo.db" --today $today >/dev/null
java -Dguidancedesk.data="$work/data" -jar $jar demo --size large --db "$work/large.db" --today $today >/dev/null
# bench/startup.sh's bare window, taken from it rather than copied.
mkdir -p "$work/hello"
sed -n '/^cat > .*Hello.java/,/^JAVA$/p' bench/startup.sh | sed '1d;$d' > "$work/hello/Hello.java"
javac -cp $jar -d "$work/hello" "$work/hello/Hello.java"
out=/dev/null
# probe NAME COMMAND…: the probe's (or the bare window's) milliseconds and the processor time.
probe() {
  local name=$1; shift
  local t; t=$(timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/time -o "$work/t" -f "%U %S" "$@" 2>/dev/null \
      | sed -n 's/^startup-ms: //p;s/^hello-ms: //p')
  echo "$name $t $(awk '{print ($1 + $2) * 1000}' "$work/t")" >> "$out"
}
# fresh NAME COMMAND…: wall and processor time of a command.
fresh() {
  local name=$1; shift
  local s; s=$(date +%s%N); /usr/bin/time -o "$work/t" -f "%U %S" "$@" >/dev/null 2>&1; local e; e=$(date +%s%N)
  echo "$name $(( (e - s) / 1000000 )) $(awk '{print ($1 + $2) * 1000}' "$work/t")" >> "$out"
}
data="-Dguidancedesk.data=$work/data"
probeopts="$data -Dguidancedesk.startupProbe=true"
weekly() { echo report weekly --db "$work/$1.db" --today $today --out "$work/w.pdf"; }
# The first open of a day makes the backups: once, before anything is timed.
JAVA_TOOL_OPTIONS="$probeopts" probe warm "$launcher" --db "$work/demo.db"
JAVA_TOOL_OPTIONS="$probeopts" probe warm "$launcher" --db "$work/large.db"
out="$work/results"
for i in $(seq 1 "$runs"); do
  for g in demo large; do
    JAVA_TOOL_OPTIONS="$probeopts" probe "packaged.startup.$g" "$launcher" --db "$work/$g.db"
    probe "jar.startup.$g" java $probeopts -jar $jar --db "$work/$g.db"
  done
  JAVA_TOOL_OPTIONS="-XX:AOTMode=off $probeopts" probe packaged_nocache.startup.demo "$launcher" --db "$work/demo.db"
  probe packaged.bare_window "$runtime" -cp "$jar:$work/hello" Hello
  probe java.bare_window java -cp "$jar:$work/hello" Hello
  for g in demo large; do
    JAVA_TOOL_OPTIONS="$data" fresh "packaged.weekly.$g" "$launcher" $(weekly $g)
    fresh "jar.weekly.$g" java $data -jar $jar $(weekly $g)
  done
  JAVA_TOOL_OPTIONS="-XX:AOTMode=off $data" fresh packaged_nocache.weekly.demo "$launcher" $(weekly demo)
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "$(uptime)"
printf '%-30s %10s %12s\n' "median of $runs" "wall ms" "processor ms"
for k in $(awk '{print $1}' "$out" | sort -u); do
  printf '%-30s %10s %12s\n' "$k" "$(awk -v k="$k" '$1 == k {print $2}' "$out" | median)" \
      "$(awk -v k="$k" '$1 == k {print $3}' "$out" | median)"
done
