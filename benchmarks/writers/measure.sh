#!/usr/bin/env bash
# The writers' loop, measured on this machine (README "The writers' command line", Speed; issue 35's targets:
# `check` of the shipped catalogs at most 1 s median after the first run, `watch` at most 0.5 s from a save to
# the rewritten page, both through the launcher of the cli-dist zip).
#
#   benchmarks/writers/measure.sh [RUNS]     (from the repository root, after a build of the processor)
#
# Prints the machine's load (uptime) before and after; then, for `check`, the median and the fastest wall time
# of RUNS fresh runs (default 7), and their median CPU time, of: `java -jar` with the default JIT; with
# -XX:TieredStopAtLevel=1 (C1 only: less compiling for a short run); with both plus an application class-data
# sharing archive (AppCDS, made once with -XX:ArchiveClassesAtExit); the `errorcatalog` launcher of the cli-dist
# zip, unzipped fresh, after its first run (which makes its archive). Then, for `watch` started by `java -jar`
# and by the launcher, the time from each of RUNS saves of a catalog to its page on disk carrying the edit, as a
# writer sees it (polled every 5 ms).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=processor/target/errorcatalog-cli.jar
ZIP=$(ls processor/target/errorcatalog-processor-*-cli-dist.zip 2>/dev/null | head -n 1 || true)
CATALOGS=catalog/src/main/resources/errorcatalog
RUNS=${1:-7}
[ -f "$JAR" ] && [ -n "$ZIP" ] || {
  echo "no $JAR or cli-dist zip: build the processor first (mvn -B -o -pl annotations,processor package -DskipTests)" >&2
  exit 2
}
WORK=$(mktemp -d)
WATCH_PID=
trap 'if [ -n "$WATCH_PID" ]; then kill "$WATCH_PID" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# median and minimum of the numbers on stdin
stats() { sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms, fastest %d ms (%d runs)\n", a[int((NR + 1) / 2)], a[1], NR }'; }

# RUNS fresh runs of the command given, on the shipped catalogs: wall time as stats prints it, then the median
# CPU time (user + system, all threads), which depends less on what else runs on the machine.
time_check() {
  local TIMEFORMAT='%R %U %S'
  for _ in $(seq "$RUNS"); do
    { time "$@" check "$CATALOGS" > /dev/null 2> "$WORK/check.err"; } 2>&1
  done | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' > "$WORK/times"
  printf '%s, CPU median %d ms\n' "$(cut -d' ' -f1 "$WORK/times" | stats)" \
    "$(cut -d' ' -f2 "$WORK/times" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
}

# `watch` started by the command given, on a copy of the catalogs, the pages in WORK/site-NAME; each save changes
# one message of pingback.yaml.
time_watch() {
  local name=$1; shift
  rm -rf "$WORK/catalogs" "$WORK/site-$name"
  cp -r "$CATALOGS" "$WORK/catalogs"
  "$@" watch "$WORK/catalogs" "$WORK/site-$name" > "$WORK/watch-$name.log" 2>&1 &
  WATCH_PID=$!
  for _ in $(seq 400); do grep -q '^watching' "$WORK/watch-$name.log" 2>/dev/null && break; sleep 0.05; done
  local yaml="$WORK/catalogs/pingback.yaml" page="$WORK/site-$name/pingback.md"
  for i in $(seq "$RUNS"); do
    sleep 0.3
    local marker="Body is necessary, save $i." start
    start=$(now_ms)
    sed -i "s/^    message: Body is necessary.*/    message: $marker/; s/\"message\": \"Body is necessary[^\"]*\"/\"message\": \"$marker\"/" "$yaml"
    until grep -qF "$marker" "$page" 2>/dev/null; do
      sleep 0.005
      if [ $(( $(now_ms) - start )) -gt 10000 ]; then echo "no page after 10 s; watch printed:" >&2; cat "$WORK/watch-$name.log" >&2; exit 1; fi
    done
    echo $(( $(now_ms) - start ))
  done | stats
  kill "$WATCH_PID" 2>/dev/null || true
  wait "$WATCH_PID" 2>/dev/null || true
  WATCH_PID=
  echo "    watch's own report of the last save: $(tail -1 "$WORK/watch-$name.log")"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
echo "uptime before: $(uptime)"
echo "check $CATALOGS ($(ls "$CATALOGS" | wc -l) files, $(cat "$CATALOGS"/*.yaml | wc -l) lines)"
java -jar "$JAR" check "$CATALOGS" > /dev/null # warm the file cache
printf '  java -jar, default JIT:                 '; time_check java -jar "$JAR"
printf '  java -jar, -XX:TieredStopAtLevel=1:     '; time_check java -XX:TieredStopAtLevel=1 -jar "$JAR"
java -XX:ArchiveClassesAtExit="$WORK/cli.jsa" -XX:TieredStopAtLevel=1 -jar "$JAR" check "$CATALOGS" > /dev/null 2>&1
printf '  java -jar, TieredStopAtLevel=1 + AppCDS: '
time_check java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$WORK/cli.jsa" -Xshare:auto -jar "$JAR"

# The launcher as a writer gets it: the zip unzipped, its first run making the archive.
mkdir "$WORK/dist"
unzip -q "$ZIP" -d "$WORK/dist"
LAUNCHER=$(ls -d "$WORK"/dist/errorcatalog-*/errorcatalog)
start=$(now_ms)
"$LAUNCHER" check "$CATALOGS" > /dev/null
echo "  errorcatalog launcher, first run (makes the archive): $(( $(now_ms) - start )) ms"
printf '  errorcatalog launcher, after it:        '; time_check "$LAUNCHER"

echo "watch: save $WORK/catalogs/pingback.yaml -> its page"
printf '  java -jar, default JIT:                 '; time_watch jar java -jar "$JAR"
printf '  errorcatalog launcher:                  '; time_watch launcher "$LAUNCHER"
echo "uptime after: $(uptime)"
