#!/usr/bin/env bash
# Start-up benchmark: a fresh process's start to the first rendered window showing the
# 规定动作 matrix of the demo group, in a real window under Xvfb (software rendering), beside a
# bare JavaFX "hello" window on the same runtime and display, run for run in turn. Prints each
# run and the medians. Each run also says the processor time it used (a run far longer than its
# processor time waited for other programs) and the program's JavaFX thread's own.
#   bash bench/startup.sh [RUNS]
# JAVA (default: java) and JAVA_OPTS choose the runtime; AOT=1 (Temurin 25 and later) first makes
# an AOT cache for each of the two by a training run (-XX:AOTCacheOutput) and runs with it;
# SIZE=large measures the large group, SECTION=OVERVIEW (or any section) the screen opened on.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
. bench/window-needs.sh
install_needs
[ -f target/guidance-desk.jar ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java=${JAVA:-java}
read -r -a opts <<< "${JAVA_OPTS:-}"
jar=target/guidance-desk.jar
"$java" -Dguidancedesk.data="$work/data" -jar $jar demo --size "${SIZE:-small}" --db "$work/demo.db" >/dev/null
# By default the 规定动作 matrix (the heaviest first screen of the demo), not the overview a fresh user starts on.
printf 'section=%s\n' "${SECTION:-CHECKLIST}" > "$work/data/ui-state.properties"

# The floor: a bare JavaFX window with one label, with the same jar on its class path (a jar of
# its own: class-data sharing takes only jars).
mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.guidancedesk.ui.ProcessClock;
public class Hello {
    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new Label("指导组工作台"), 400, 300);
            stage.setScene(scene);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                // Timed as the probe times the program (from the process's start in /proc).
                System.out.println("startup-ms: " + ProcessClock.sinceStartMillis());
                System.out.println("startup-cpu-ms: " + ProcessClock.cpuMillis());
                Platform.exit();
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.show();
        });
    }
}
JAVA
javac -cp $jar -d "$work/hello" "$work/hello/Hello.java"
(cd "$work/hello" && jar cf hello.jar Hello.class)

app=(-Dguidancedesk.data="$work/data" -Dguidancedesk.startupProbe=true -jar $jar --db "$work/demo.db")
bare=(-cp "$jar:$work/hello/hello.jar" Hello)
window() { timeout 90 xvfb-run -a -s "-screen 0 1280x800x24" "$java" "${opts[@]}" "$@" 2>/dev/null || true; }
if [ "${AOT:-0}" = 1 ]; then
  window -XX:AOTCacheOutput="$work/app.aot" "${app[@]}" >/dev/null
  window -XX:AOTCacheOutput="$work/hello.aot" "${bare[@]}" >/dev/null
  app=(-XX:AOTCache="$work/app.aot" "${app[@]}")
  bare=(-XX:AOTCache="$work/hello.aot" "${bare[@]}")
fi

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
field() { sed -n "s/^$1: //p" <<< "$2"; }
times=(); cpus=(); fxs=(); hellos=(); hcpus=()
for i in $(seq 1 "$runs"); do
  out=$(window "${app[@]}")
  t=$(field startup-ms "$out"); c=$(field startup-cpu-ms "$out"); f=$(field startup-fx-cpu-ms "$out")
  out=$(window "${bare[@]}")
  h=$(field startup-ms "$out"); hc=$(field startup-cpu-ms "$out")
  echo "run $i: ${t} ms (cpu ${c} ms, JavaFX thread ${f} ms); bare JavaFX window: ${h} ms (cpu ${hc} ms)"
  times+=("$t"); cpus+=("$c"); fxs+=("$f"); hellos+=("$h"); hcpus+=("$hc")
done
m=$(printf '%s\n' "${times[@]}" | median); b=$(printf '%s\n' "${hellos[@]}" | median)
echo "median: $m ms over $runs runs (cpu $(printf '%s\n' "${cpus[@]}" | median) ms, JavaFX thread $(printf '%s\n' "${fxs[@]}" | median) ms)"
echo "bare median: $b ms (cpu $(printf '%s\n' "${hcpus[@]}" | median) ms); ratio $(awk -v m="$m" -v b="$b" 'BEGIN {printf "%.2f", m / b}')"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
