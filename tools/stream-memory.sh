#!/usr/bin/env bash
# Prints the peak memory (RSS) of `spec-compiler run` on one-scenario documents that pipe a
# curl body through streaming filters, for a 1 KiB and a large body, with the scenario's
# verdict and the run's exit status; and the peak of a scenario that only runs `echo hi` (the
# runner's own baseline). The body comes from a local `python3 -m http.server`.
# Usage: tools/stream-memory.sh [BINARY] [BYTES]
#   BINARY defaults to $SPEC_COMPILER, else .build/release/spec-compiler when built, else
#   .build/debug/spec-compiler; BYTES defaults to 50000000.
set -euo pipefail
cd "$(dirname "$0")/.."

binary="${1:-${SPEC_COMPILER:-}}"
if [[ -z "$binary" ]]; then
  binary=.build/release/spec-compiler
  [[ -x "$binary" ]] || binary=.build/debug/spec-compiler
fi
bytes="${2:-50000000}"
[[ -x "$binary" ]] || { echo "no binary at $binary" >&2; exit 2; }
work="$(mktemp -d)"
server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# Lines of 100 bytes.
python3 - "$work" "$bytes" <<'PY'
import sys
directory, size = sys.argv[1], int(sys.argv[2])
line = b"a" * 99 + b"\n"
for name, count in (("big.txt", size), ("small.txt", 1024)):
    with open(f"{directory}/{name}", "wb") as f:
        f.write((line * (count // 100 + 1))[:count])
PY
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  curl -s -o /dev/null "http://127.0.0.1:$port/small.txt" && break
  sleep 0.1
done

# Runs one scenario whose block is $1, prints its peak RSS and verdict labelled $2.
measure() {
  local block="$1" label="$2"
  cat >"$work/doc.md" <<DOC
# Streaming probe

### S01 Probe

Measures the runner.

\`\`\`bash
$block
\`\`\`
DOC
  local status=0
  /usr/bin/time -f "%M" -o "$work/peak" "$binary" run "$work/doc.md" >"$work/out" 2>&1 ||
    status=$?
  local verdict
  verdict=$(grep -o '^S01 [A-Z0-9]*' "$work/out" || true)
  printf '%-60s peak %4d MB, run exit %d, %s\n' "$label" \
    $(($(tail -n1 "$work/peak") / 1024)) "$status" "$verdict"
}

echo "binary: $binary"
measure 'echo hi' 'echo hi (baseline)'
for name in small.txt big.txt; do
  size=$(stat -c %s "$work/$name")
  url="http://127.0.0.1:$port/$name"
  measure "curl -sS \"$url\" | head -n1 | wc -c" "$size bytes | head -n1"
  measure "curl -sS \"$url\" | tr a b | cut -c1-50 | grep b | head -n1 | wc -c" \
    "$size bytes | tr | cut | grep | head -n1"
  measure "curl -sS \"$url\" | tr a b | cut -c1-50 | grep -c b" \
    "$size bytes | tr | cut | grep -c (reads it all)"
done
