#!/usr/bin/env bash
# Start-up benchmark: a fresh process's start to the first rendered window showing the
# 规定动作 matrix of the demo group, in a real window under Xvfb (software rendering). Prints each
# run and the median, and for comparison the same machine's bare JavaFX "hello" window.
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
# Measure the 规定动作 matrix (the heaviest first screen), not the overview a fresh user starts on.
printf 'section=CHECKLIST\n' > "$work/data/ui-state.properties"
times=()
for i in $(seq 1 "$runs"); do
  t=$(timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" java -Dguidancedesk.data="$work/data" -Dguidancedesk.startupProbe=true \
      -jar target/guidance-desk.jar --db "$work/demo.db" 2>/dev/null | sed -n 's/^startup-ms: //p')
  echo "run $i: ${t} ms"
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms over " NR " runs"}'

# The floor: a bare JavaFX window with one label, from the same jar, on the same display.
mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
public class Hello {
    public static void main(String[] args) {
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new Label("指导组工作台"), 400, 300);
            stage.setScene(scene);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println("hello-ms: " + Duration.between(start, Instant.now()).toMillis());
                Platform.exit();
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.show();
        });
    }
}
JAVA
javac -cp target/guidance-desk.jar -d "$work/hello" "$work/hello/Hello.java"
for i in 1 2 3; do
  timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" java -cp "target/guidance-desk.jar:$work/hello" Hello 2>/dev/null | sed -n 's/^hello-ms: \(.*\)/bare JavaFX window: \1 ms/p'
done
