# Sourced by the benchmarks that open a real window: collects in $need what a fresh machine lacks
# for it (Xvfb, GTK, a Chinese font); a script may add its own, then calls install_needs.
need=""
command -v xvfb-run >/dev/null || need="$need xvfb xauth"
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need="$need libgtk-3-0"
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need="$need fonts-wqy-microhei"

install_needs() {
  if [ -n "$need" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
  fi
}
