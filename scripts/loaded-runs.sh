#!/bin/bash
# The suite on a busy machine (issue 13): N runs (default 3) of `CI=true bash .ci/run`,
# one after another, on a fresh clone of this checkout's HEAD, while two spin loops keep
# both cores busy. Prints one line per run: exit code, seconds, and the suite's summary.
set -u
runs=${1:-3}
clone=$(mktemp -d)
git clone -q "$(git rev-parse --show-toplevel)" "$clone"
spinners=()
for _ in 1 2; do (while :; do :; done) & spinners+=($!); done
trap 'kill "${spinners[@]}" 2>/dev/null' EXIT
cd "$clone" || exit 1
echo "$(git log --oneline -1 | cut -c1-72), $runs runs, both cores busy"
for run in $(seq "$runs"); do
  start=$(date +%s)
  CI=true bash .ci/run > "$clone/run-$run.log" 2>&1
  rc=$?
  echo "run $run: exit $rc, $(($(date +%s) - start)) s, $(tail -1 "$clone/run-$run.log"); log: $clone/run-$run.log"
done
