#!/usr/bin/env bash
# How the commands scale with the size of the log: councils 100, 300, 1000.
# Usage: benches/log_growth.sh [SIZES...]   (results go in BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
bin="$PWD/target/release/council"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" GIT_CONFIG_NOSYSTEM=1 TZ=UTC NO_COLOR=1 COUNCIL_NOW=2026-11-23T19:41:00-05:00

answers() { # $1: council number
    local day=$(( $1 % 28 + 1 )) month=$(( $1 / 28 % 12 + 1 )) year=$(( 2000 + $1 / 336 ))
    printf 'issue = "Problem number %d"\nstarted = "%04d-%02d-%02dT19:00:00-05:00"\n' "$1" "$year" "$month" "$day"
    for p in Ana Bo Chen Dara Eli Fern; do printf '[[attendees]]\nname = "%s"\n' "$p"; done
    printf '[[attendees]]\nname = "Helper"\nopt_out = true\n'
    printf '[draw]\nsources = ["%d 17"]\nsupport = "Helper"\n' "$1"
    printf '[decision]\nproposal = "p"\noutcome = "adopted"\nstatement = "s"\n'
    printf '[[tasks]]\nwhat = "Task of council %d"\nwho = ["Bo"]\njar = { target = 10, currency = "EUR" }\n' "$1"
    printf '[sovereignty]\ngained = "Gain %d"\nwithout_permission = true\n' "$1"
}

# Milliseconds one command takes, the best of three.
best_ms() {
    local best=""
    for _ in 1 2 3; do
        local start end ms
        start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N)
        ms=$(( (end - start) / 1000000 ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    echo "$best"
}

log="$work/log"
"$bin" -q init "$log"
have=0
printf '| councils | run --dry-run | run (commit + README) | log --json | tasks --json | ledger --json | verify |\n'
printf '| --- | --- | --- | --- | --- | --- | --- |\n'
for size in "${@:-100 300 1000}"; do
    for size_one in $size; do
        while [ "$have" -lt "$size_one" ]; do
            answers "$have" > "$work/a.toml"
            "$bin" --log "$log" -q run "$work/a.toml" > /dev/null
            have=$(( have + 1 ))
        done
        answers "$have" > "$work/next.toml"
        dry=$(best_ms "$bin" --log "$log" run --dry-run "$work/next.toml")
        cp -r "$log" "$work/copy"
        start=$(date +%s%N); "$bin" --log "$work/copy" -q run "$work/next.toml" > /dev/null; end=$(date +%s%N)
        commit=$(( (end - start) / 1000000 ))
        rm -rf "$work/copy"
        printf '| %d | %d ms | %d ms | %d ms | %d ms | %d ms | %d ms |\n' "$size_one" "$dry" "$commit" \
            "$(best_ms "$bin" --log "$log" log --json)" \
            "$(best_ms "$bin" --log "$log" tasks --json)" \
            "$(best_ms "$bin" --log "$log" ledger --json)" \
            "$(best_ms "$bin" --log "$log" verify)"
    done
done
