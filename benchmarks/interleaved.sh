#!/usr/bin/env bash
# Measures an older commit's decoders against this checkout's, alternately in one session: old, new, old, new, ...
# (a shared machine's slow stretches then fall on both builds alike), and prints BeforeAfter's comparison.
#
#   benchmarks/interleaved.sh [OLD_COMMIT [ROUNDS]]      (from anywhere in the repository; default da7fce2, 2)
#
# The older build: a detached git worktree of OLD_COMMIT (OLD_DIR, default /tmp/errorcatalog-bench-<commit>), built
# offline with `mvn -pl annotations,processor,benchmarks clean package -DskipTests`, nothing installed. Its benchmarks
# are compiled by its own processor: the reactor resolves the processor on annotationProcessorPaths to the
# worktree's processor/target, and both builds take errorcatalog-catalog (the shipped YAML) from the local
# repository. The script checks that each jar holds the engine its own tree compiled. Environment:
#   SELECTION   the benchmarks both builds run (default: the shipped catalogs and the scaling pair, decoder and floor + text)
#   NEW_ONLY    benchmarks only the newer build has, run after each of its rounds (default ErrorStylesBenchmark; "" for none)
#   JMH_ARGS    JMH's options (default: 2 forks, 3 x 1 s warm-up, 4 x 500 ms iterations, -prof gc; one fork can
#               land in a slower compiled form and read as a slowdown of its build: see README, "Issue 34")
#   OUT         where the jars, the JSON of every run and the log go (default benchmarks/target/interleaved)
#   SKIP_BUILD  1: reuse the jars in OUT
set -euo pipefail

OLD_COMMIT=${1:-da7fce2}
ROUNDS=${2:-2}
ROOT=$(git rev-parse --show-toplevel)
OLD_SHA=$(git -C "$ROOT" rev-parse --short "$OLD_COMMIT^{commit}")
NEW_SHA=$(git -C "$ROOT" rev-parse --short HEAD)
OLD_DIR=${OLD_DIR:-/tmp/errorcatalog-bench-$OLD_SHA}
OUT=${OUT:-$ROOT/benchmarks/target/interleaved}
SELECTION=${SELECTION:-'(ShippedCatalogsBenchmark|CatalogSizeBenchmark)\.(generatedDecoder|tokensWithText)$'}
NEW_ONLY=${NEW_ONLY-ErrorStylesBenchmark}
JMH_ARGS=${JMH_ARGS:--f 2 -wi 3 -w 1 -i 4 -r 500ms -prof gc}
MVN=(mvn -B -o -q -pl annotations,processor,benchmarks clean package -DskipTests)
ENGINE_CLASS=dev/errorcatalog/runtime/ResponseDecoder.class

mkdir -p "$OUT"
log() { echo "$(date -u +%H:%M:%S) $*" | tee -a "$OUT/log.txt"; }

# Both jars hold the engine their own tree compiled, and the two engines differ.
check_engine() {
  local jar=$1 tree=$2
  unzip -p "$jar" "$ENGINE_CLASS" | cmp -s - "$tree/annotations/target/classes/$ENGINE_CLASS" \
    || { echo "$jar does not hold the engine of $tree" >&2; exit 1; }
}

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  if [[ ! -d "$OLD_DIR" ]]; then
    git -C "$ROOT" worktree add --detach "$OLD_DIR" "$OLD_SHA" >/dev/null
  fi
  [[ $(git -C "$OLD_DIR" rev-parse --short HEAD) == "$OLD_SHA" ]] || { echo "$OLD_DIR is not at $OLD_SHA" >&2; exit 1; }
  log "building $OLD_SHA in $OLD_DIR"
  (cd "$OLD_DIR" && "${MVN[@]}")
  cp "$OLD_DIR/benchmarks/target/benchmarks.jar" "$OUT/old.jar"
  check_engine "$OUT/old.jar" "$OLD_DIR"
  log "building $NEW_SHA in $ROOT$(git -C "$ROOT" diff --quiet HEAD -- . || echo ' (with uncommitted changes)')"
  (cd "$ROOT" && "${MVN[@]}")
  cp "$ROOT/benchmarks/target/benchmarks.jar" "$OUT/new.jar"
  check_engine "$OUT/new.jar" "$ROOT"
  if unzip -p "$OUT/old.jar" "$ENGINE_CLASS" | cmp -s - <(unzip -p "$OUT/new.jar" "$ENGINE_CLASS"); then
    echo "the two jars hold the same engine: nothing to compare" >&2
    exit 1
  fi
  echo "$OLD_SHA" >"$OUT/old.commit"
  echo "$NEW_SHA" >"$OUT/new.commit"
fi

run() {
  local jar=$1 name=$2 selection=$3
  log "$name: $(uptime | sed 's/.*load/load/')"
  # shellcheck disable=SC2086 # JMH_ARGS is a list of options
  java -jar "$OUT/$jar.jar" "$selection" $JMH_ARGS -rf json -rff "$OUT/$name.json" >"$OUT/$name.txt"
}

for ((round = 1; round <= ROUNDS; round++)); do
  run old "old-$round" "$SELECTION"
  run new "new-$round" "$SELECTION"
  if [[ -n "$NEW_ONLY" ]]; then
    run new "new-only-$round" "$NEW_ONLY"
  fi
done
log "done: $(uptime | sed 's/.*load/load/')"

olds=() news=() extras=()
for ((round = 1; round <= ROUNDS; round++)); do
  olds+=("$OUT/old-$round.json")
  news+=("$OUT/new-$round.json")
  [[ -n "$NEW_ONLY" ]] && extras+=("$OUT/new-only-$round.json")
done
echo "old $(cat "$OUT/old.commit"), new $(cat "$OUT/new.commit"), $ROUNDS rounds each, per decode:"
java -cp "$OUT/new.jar" dev.errorcatalog.benchmarks.BeforeAfter --old "${olds[@]}" --new "${news[@]}"
if [[ ${#extras[@]} -gt 0 ]]; then
  echo
  echo "the newer build only, fastest iteration of $ROUNDS rounds (ResultTable --best):"
  java -cp "$OUT/new.jar" dev.errorcatalog.benchmarks.ResultTable --best "${extras[@]}"
fi
