#!/usr/bin/env bash
# What the processor adds to a compile: javac with the processor, against javac of the same sources plus the
# code the processor generated, with -proc:none (what the build would cost if the generated code were
# checked in). The two runs alternate, so that a slow stretch of a shared machine slows both alike; the
# medians and their ratio are printed. Wall time of one javac process each, as a build runs it.
#
#   benchmarks/compile-ratio.sh [runs]            (default 8 of each, for each case)
#   CASES="bench-5000" benchmarks/compile-ratio.sh 4
#
# Each case prints three rows: the full build (no cache: what a clean build, or one after a catalog edit,
# costs), the rebuild (the processor's cache of the build before present, nothing changed: what a compile after
# a Java edit costs), and the replay floor (ReplayFloor in the benchmarks module: a processor that only writes
# the same sources and resources through javac's Filer, read from disk: what any rebuild that has javac compile
# the generated sources costs at least), all against the same -proc:none runs. The four runs alternate.
#
# After the table, the processor's own time and its steps' (-Aerrorcatalog.timings=true) on one more full build and
# rebuild of each case; with PROFILE=DIR, that full build is recorded with JFR as DIR/<case>-full.jfr.
#
# Cases: sample-app (its five shipped catalogs, with its options: docs written, catalogs read from
# catalog/src/main/resources) and bench-5000 (the 5,000-entry catalog alone, no docs option, as the
# benchmarks module compiles it). Needs the processor and annotations jars and the benchmarks' classes: run
# `mvn -B -pl processor,benchmarks -am package -DskipTests` first (MVN_ARGS passes options to the one mvn
# call that lists the processor's dependencies, e.g. MVN_ARGS=-Dmaven.repo.local=...).
set -euo pipefail

runs=${1:-8}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

processor_jar=$(ls "$root"/processor/target/errorcatalog-processor-*.jar | grep -v -e "-tests.jar" -e "-cli.jar" | head -1)
annotations_jar=$(ls "$root"/annotations/target/errorcatalog-annotations-*.jar | grep -v -- '-tests.jar' | head -1)
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:-} -f "$root/processor/pom.xml" dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$work/processor.cp" >/dev/null
# This checkout's annotations jar before the local repository's copy, which may be of another checkout.
processor_path="$processor_jar:$annotations_jar:$(cat "$work/processor.cp")"
jackson_core=$(tr ':' '\n' <"$work/processor.cp" | grep '/jackson-core-' | head -1)
class_path="$annotations_jar:$jackson_core"
floor=(-processorpath "$root/benchmarks/target/classes" -processor dev.errorcatalog.benchmarks.compile.ReplayFloor)
[ -f "$root/benchmarks/target/classes/dev/errorcatalog/benchmarks/compile/ReplayFloor.class" ] \
    || { echo "no ReplayFloor class: build the benchmarks module first" >&2; exit 1; }

# One timed javac run, in milliseconds.
timed() {
  local start end
  start=$(date +%s%N)
  javac "$@" >"$work/javac.log" 2>&1 || { cat "$work/javac.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

measure() {
  local name=$1
  shift
  local sources=("$@")
  local common=(--release 17 -encoding UTF-8 -nowarn -cp "$class_path")
  local with=(-processorpath "$processor_path" "${options[@]}")
  # The generated sources, once: the -proc:none runs compile them beside the hand-written ones.
  mkdir -p "$work/$name/gen" "$work/$name/once"
  javac "${common[@]}" "${with[@]}" -s "$work/$name/gen" -d "$work/$name/once" "${sources[@]}" >"$work/javac.log" 2>&1 || { cat "$work/javac.log" >&2; exit 1; }
  mapfile -t generated < <(find "$work/$name/gen" -name '*.java')
  : >"$work/$name/with.ms"
  : >"$work/$name/rebuild.ms"
  : >"$work/$name/without.ms"
  : >"$work/$name/floor.ms"
  # The rebuild's class output is always "$work/$name/rebuild/classes": its cache, in
  # "$work/$name/rebuild/errorcatalog-cache", stays from one run to the next (primed here), as target/ does.
  mkdir -p "$work/$name/rebuild/classes" "$work/$name/rebuild/s"
  javac "${common[@]}" "${with[@]}" -s "$work/$name/rebuild/s" -d "$work/$name/rebuild/classes" "${sources[@]}" >"$work/javac.log" 2>&1 || { cat "$work/javac.log" >&2; exit 1; }
  for ((i = 0; i < runs; i++)); do
    # The full build: no cache beside its class output.
    rm -rf "$work/$name/full" && mkdir -p "$work/$name/full/out" "$work/$name/full/s"
    timed "${common[@]}" "${with[@]}" -s "$work/$name/full/s" -d "$work/$name/full/out" "${sources[@]}" >>"$work/$name/with.ms"
    rm -rf "$work/$name/out" && mkdir -p "$work/$name/out"
    timed "${common[@]}" -proc:none -d "$work/$name/out" "${sources[@]}" "${generated[@]}" >>"$work/$name/without.ms"
    rm -rf "$work/$name/rebuild/classes" "$work/$name/rebuild/s" && mkdir -p "$work/$name/rebuild/classes" "$work/$name/rebuild/s"
    timed "${common[@]}" "${with[@]}" -s "$work/$name/rebuild/s" -d "$work/$name/rebuild/classes" "${sources[@]}" >>"$work/$name/rebuild.ms"
    rm -rf "$work/$name/floor" && mkdir -p "$work/$name/floor/out" "$work/$name/floor/s"
    timed "${common[@]}" "${floor[@]}" -Afloor.sources="$work/$name/gen" -Afloor.resources="$work/$name/once" \
        -s "$work/$name/floor/s" -d "$work/$name/floor/out" "${sources[@]}" >>"$work/$name/floor.ms"
  done
  [ -f "$work/$name/rebuild/errorcatalog-cache/classes.bin" ] || { echo "no cache was kept for $name" >&2; exit 1; }
  # The processor's own steps (-Aerrorcatalog.timings), once more each, untimed: a full build and a rebuild.
  local timings=(--release 17 -encoding UTF-8 -cp "$class_path" "${with[@]}" -Aerrorcatalog.timings=true)
  # PROFILE=DIR records that full build with JFR (every millisecond) as DIR/<case>-full.jfr, for ProfileSummary.
  local record=()
  [ -n "${PROFILE:-}" ] && mkdir -p "$PROFILE" \
      && record=(-J-XX:StartFlightRecording=filename="$PROFILE/$name-full.jfr",settings="$root/benchmarks/every-ms.jfc")
  rm -rf "$work/$name/full" && mkdir -p "$work/$name/full/out" "$work/$name/full/s"
  javac "${record[@]}" "${timings[@]}" -s "$work/$name/full/s" -d "$work/$name/full/out" "${sources[@]}" 2>&1 \
      | sed -n "s/^Note: errorcatalog: /- $name, full build: /p" >>"$work/timings.md"
  rm -rf "$work/$name/rebuild/classes" "$work/$name/rebuild/s" && mkdir -p "$work/$name/rebuild/classes" "$work/$name/rebuild/s"
  javac "${timings[@]}" -s "$work/$name/rebuild/s" -d "$work/$name/rebuild/classes" "${sources[@]}" 2>&1 \
      | sed -n "s/^Note: errorcatalog: /- $name, rebuild: /p" >>"$work/timings.md"
  row "$name" "${#generated[@]}" with
  row "$name (rebuild)" "${#generated[@]}" rebuild
  row "$name (replay floor)" "${#generated[@]}" floor
}

# One row: the median of the runs of $3 against the -proc:none runs of the case.
row() {
  local a b
  a=$(median <"$work/$name/$3.ms")
  b=$(median <"$work/$name/without.ms")
  printf '| %s | %d | %s | %s | %s | %.2fx |\n' "$1" "$2" "$a" "$b" \
      "$(tr '\n' ' ' <"$work/$name/$3.ms")/ $(tr '\n' ' ' <"$work/$name/without.ms")" \
      "$(awk -v a="$a" -v b="$b" 'BEGIN { print a / b }')"
}

echo "| case | generated files | with processor ms (median) | -proc:none ms (median) | all runs, with / without | ratio (target: full <= 1.2, rebuild <= 1.10) |"
echo "|---|---:|---:|---:|---|---:|"
for case in ${CASES:-sample-app bench-5000}; do
  case $case in
    sample-app)
      options=(-Aerrorcatalog.docs="$work/docs" -Aerrorcatalog.path="$root/catalog/src/main/resources")
      mapfile -t sources < <(find "$root/sample-app/src/main/java" -name '*.java')
      measure sample-app "${sources[@]}"
      ;;
    bench-5000)
      mkdir -p "$work/src/bench"
      printf '@dev.errorcatalog.ErrorCatalog("bench-5000")\npackage bench;\n' >"$work/src/bench/package-info.java"
      options=(-Aerrorcatalog.path="$root/benchmarks/src/main/resources")
      measure bench-5000 "$work/src/bench/package-info.java"
      ;;
    *) echo "unknown case $case (sample-app, bench-5000)" >&2; exit 2 ;;
  esac
done
echo
echo "The processor's own time, by step (-Aerrorcatalog.timings=true, one run each after the timed ones):"
echo
cat "$work/timings.md"
