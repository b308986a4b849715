#!/usr/bin/env python3
"""Writes a synthetic release matrix of N scenarios to stdout, for compiler scaling benchmarks.

The scenarios mix what real matrices do: per-run resource names created with PUT/POST and used
later, collection reads, artifact files written by one scenario and read by another, captures
through jq, and sleeps. Every 50 scenarios share one resource name, so `needs` edges stay
proportional to the scenario count. Usage: tools/synthetic-matrix.py N > doc.md
"""
import sys


def main() -> None:
    count = int(sys.argv[1])
    out = ["# Synthetic release matrix", "", "## Common environment", "", "```bash",
           'export QA_SUFFIX="${QA_SUFFIX:-$(date +%s)-$$}"',
           'export QA_RUN_DIR="${QA_RUN_DIR:-/tmp/synthetic-$QA_SUFFIX}"',
           'mkdir -p "$QA_RUN_DIR"', "export BASE_URL=http://localhost:18080", "```", ""]
    for n in range(1, count + 1):
        if n % 100 == 1:
            out += [f"## {n // 100 + 1}. Section {n // 100 + 1}", ""]
        group = (n - 1) // 50
        name = f"QA_ALIAS_{group}"
        sid = f"S{n:02d}"
        out += [f"### {sid} Scenario {n}", "", f"Exercises step shape {n % 5}.", "", "```bash"]
        shape = n % 5
        if shape == 1:
            out += [f'export {name}="qa-alias-{group}-$QA_SUFFIX"',
                    f'curl -sS -X PUT "$BASE_URL/admin/api/v1/aliases/${name}" \\',
                    "  -H 'Content-Type: application/json' \\",
                    f'  -d "{{\\"name\\":\\"${name}\\",\\"target_model\\":\\"gpt-4o-mini\\"}}" | jq .']
        elif shape == 2:
            out += [f'curl -sS "$BASE_URL/admin/api/v1/aliases/${name}" | jq -r .name',
                    f'ID=$(curl -sS "$BASE_URL/v1/models" | jq -r \'.data[0].id\')',
                    f'printf \'%s\\n\' "$ID" > "$QA_RUN_DIR/model-{group}.txt"']
        elif shape == 3:
            out += [f'MODEL=$(cat "$QA_RUN_DIR/model-{group}.txt")',
                    'curl -sS "$BASE_URL/v1/chat/completions" -H \'Content-Type: application/json\' \\',
                    '  -d "{\\"model\\":\\"$MODEL\\",\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"hi\\"}]}" \\',
                    "  | jq -e '.choices | length > 0'"]
        elif shape == 4:
            out += ['curl -sS -F purpose=batch -F "file=@$QA_RUN_DIR/model-0.txt" "$BASE_URL/v1/files" | jq .id',
                    'curl -sS "$BASE_URL/v1/files?limit=5" | jq \'.data | length\'']
        else:
            out += ['sleep 1', 'curl -sS -i "$BASE_URL/health" | grep -q "200"']
        out += ["```", ""]
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
