#!/usr/bin/env bash
# Runs the JQ module (through the jq-leak-probe executable) under valgrind and fails on
# definite leaks or memory errors. Usage: tools/jq-leak-check.sh [iterations]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null; then
  echo "jq-leak-check: valgrind is not installed" >&2
  exit 2
fi

swift build --product jq-leak-probe
probe="$(swift build --show-bin-path)/jq-leak-probe"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

status=0
valgrind --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
  --error-exitcode=99 --log-file="$log" "$probe" "${1:-300}" || status=$?

grep -E "ERROR SUMMARY|definitely lost|indirectly lost|possibly lost|still reachable|in use at exit|total heap usage" "$log" || true
if [ "$status" -ne 0 ]; then
  cat "$log" >&2
  echo "jq-leak-check: FAILED (valgrind exit status $status)" >&2
  exit 1
fi
echo "jq-leak-check: no definite leaks, no memory errors"
