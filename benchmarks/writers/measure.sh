#!/usr/bin/env bash
# The writers' loop, measured on this machine (README "For writers"; issue 18's targets: `check` of the shipped
# catalogs at most 1.5 s wall in a fresh JVM, `watch` at most 1 s from a save to the rewritten page).
#
#   benchmarks/writers/measure.sh [RUNS]     (from the repository root, after a build of the processor)
#
# Prints, for `check`, the median and the fastest wall time of RUNS fresh JVMs (default 7) with the default JIT,
# with -XX:TieredStopAtLevel=1 (C1 only: less compiling for a short run), and with both plus an application
# class-data sharing archive (AppCDS, made once with -XX:ArchiveClassesAtExit); then, for `watch`, the time from
# each of RUNS saves of a catalog to its page on disk carrying the edit, as a writer sees it (polled every 5 ms).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=processor/target/errorcatalog-cli.jar
CATALOGS=catalog/src/main/resources/errorcatalog
RUNS=${1:-7}
[ -f "$JAR" ] || { echo "no $JAR: build the processor first (mvn -B install -DskipTests -Ptour)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'kill "${WATCH_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# median and minimum of the numbers on stdin
stats() { sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms, fastest %d ms (%d runs)\n", a[int((NR + 1) / 2)], a[1], NR }'; }

time_check() {
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(now_ms)
    java "$@" -jar "$JAR" check "$CATALOGS" > /dev/null
    end=$(now_ms)
    echo $(( end - start ))
  done | stats
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "check $CATALOGS ($(ls "$CATALOGS" | wc -l) files, $(cat "$CATALOGS"/*.yaml | wc -l) lines)"
java -jar "$JAR" check "$CATALOGS" > /dev/null # warm the file cache
printf '  default JIT:                      '; time_check
printf '  -XX:TieredStopAtLevel=1:          '; time_check -XX:TieredStopAtLevel=1
java -XX:ArchiveClassesAtExit="$WORK/cli.jsa" -XX:TieredStopAtLevel=1 -jar "$JAR" check "$CATALOGS" > /dev/null 2>&1
printf '  TieredStopAtLevel=1 + AppCDS:     '; time_check -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$WORK/cli.jsa" -Xshare:auto

# watch: a copy of the catalogs, the pages in WORK/site; each save changes one message of pingback.yaml.
cp -r "$CATALOGS" "$WORK/catalogs"
java -jar "$JAR" watch "$WORK/catalogs" "$WORK/site" > "$WORK/watch.log" 2>&1 &
WATCH_PID=$!
for _ in $(seq 200); do grep -q '^watching' "$WORK/watch.log" 2>/dev/null && break; sleep 0.05; done
YAML="$WORK/catalogs/pingback.yaml"
PAGE="$WORK/site/pingback.md"
echo "watch: save $YAML -> $PAGE"
for i in $(seq "$RUNS"); do
  sleep 0.3
  marker="Body is necessary, save $i."
  start=$(now_ms)
  sed -i "s/^    message: Body is necessary.*/    message: $marker/; s/\"message\": \"Body is necessary[^\"]*\"/\"message\": \"$marker\"/" "$YAML"
  until grep -qF "$marker" "$PAGE" 2>/dev/null; do
    sleep 0.005
    if [ $(( $(now_ms) - start )) -gt 10000 ]; then echo "no page after 10 s; watch printed:" >&2; cat "$WORK/watch.log" >&2; exit 1; fi
  done
  echo $(( $(now_ms) - start ))
done | { printf '  save -> page:                     '; stats; }
echo "watch's own report of the last save: $(tail -1 "$WORK/watch.log")"
