#!/usr/bin/env bash
# Prints the peak memory of `spec-compiler run` on a one-scenario document that pipes a large
# curl body through `head -n1`, next to the peak for a 1 KiB body, and the scenario's exit
# status (curl's 23, as under bash). The body comes from a local `python3 -m http.server`.
# Usage: tools/stream-memory.sh [BYTES] (default 50000000); SPEC_COMPILER=PATH picks the binary.
set -euo pipefail
cd "$(dirname "$0")/.."

bytes="${1:-50000000}"
binary="${SPEC_COMPILER:-.build/debug/spec-compiler}"
[[ -x "$binary" ]] || swift build --product spec-compiler
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

for name in small.txt big.txt; do
  cat >"$work/doc.md" <<DOC
# Streaming probe

### S01 One line of a body

Reads the first line only.

\`\`\`bash
curl -sS "http://127.0.0.1:$port/$name" | head -n1 | wc -c
\`\`\`
DOC
  status=0
  /usr/bin/time -f "%M" -o "$work/peak" "$binary" run "$work/doc.md" >"$work/out" 2>&1 || status=$?
  size=$(stat -c %s "$work/$name")
  verdict=$(grep -o '^S01 [A-Z0-9]*' "$work/out" || true)
  echo "body ${size} bytes: peak $(($(tail -n1 "$work/peak") / 1024)) MB, run exit ${status}, ${verdict}"
done
