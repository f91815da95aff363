#!/usr/bin/env bash
# Start-up benchmark: a fresh process's start to the first rendered window showing the
# 规定动作 matrix of the demo group, in a real window under Xvfb (software rendering). Prints each
# run and the median, and for comparison the same machine's bare JavaFX "hello" window. Each run
# also says the processor time it used: a run far longer than its processor time waited for others.
#   bash bench/startup.sh [RUNS]
# JAVA (default: java) and JAVA_OPTS (e.g. -XX:AOTCache=app.aot on Temurin 25) choose the runtime.
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
# Measure the 规定动作 matrix (the heaviest first screen), not the overview a fresh user starts on.
printf 'section=CHECKLIST\n' > "$work/data/ui-state.properties"
java=${JAVA:-java}
read -r -a opts <<< "${JAVA_OPTS:-}"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
times=(); cpus=()
for i in $(seq 1 "$runs"); do
  out=$(timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" "$java" "${opts[@]}" -Dguidancedesk.data="$work/data" \
      -Dguidancedesk.startupProbe=true -jar target/guidance-desk.jar --db "$work/demo.db" 2>/dev/null)
  t=$(sed -n 's/^startup-ms: //p' <<< "$out"); c=$(sed -n 's/^startup-cpu-ms: //p' <<< "$out")
  echo "run $i: ${t} ms (cpu ${c} ms)"
  times+=("$t"); cpus+=("$c")
done
echo "median: $(printf '%s\n' "${times[@]}" | median) ms over $runs runs (cpu $(printf '%s\n' "${cpus[@]}" | median) ms)"

# The floor: a bare JavaFX window with one label, from the same jar, on the same display.
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
                System.out.println("hello-ms: " + ProcessClock.sinceStartMillis());
                System.out.println("hello-cpu-ms: " + ProcessClock.cpuMillis());
                Platform.exit();
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.show();
        });
    }
}
JAVA
javac -cp target/guidance-desk.jar -d "$work/hello" "$work/hello/Hello.java"
hellos=(); hcpus=()
for i in 1 2 3; do
  out=$(timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" "$java" "${opts[@]}" -cp "target/guidance-desk.jar:$work/hello" Hello 2>/dev/null)
  t=$(sed -n 's/^hello-ms: //p' <<< "$out"); c=$(sed -n 's/^hello-cpu-ms: //p' <<< "$out")
  echo "bare JavaFX window: ${t} ms (cpu ${c} ms)"
  hellos+=("$t"); hcpus+=("$c")
done
echo "bare median: $(printf '%s\n' "${hellos[@]}" | median) ms (cpu $(printf '%s\n' "${hcpus[@]}" | median) ms)"
