#!/usr/bin/env python3
"""Writes the JSON Schemas of the IR (Sources/SpecYAML/Schema/*.schema.json) in their one layout.

    python3 tools/format-schemas.py            # rewrite every schema file in place
    python3 tools/format-schemas.py --check    # exit 1, naming the files, when one is not

The layout: two-space indentation, keys in the order written, non-ASCII characters as they are,
an array of strings, numbers or booleans on one line when it fits in 100 columns, a final
newline. Each file must be valid JSON (a paste error is reported with its line and column).
The package reads these files as they are (`SpecSchema`) and copies them beside every compiled
specs directory (`specs/<doc>/schema/`), so the layout is what pull requests show.
"""

import json
import sys
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent.parent / "Sources" / "SpecYAML" / "Schema"
WIDTH = 100


def scalar(value):
    return not isinstance(value, (dict, list))


def layout(value, indent, column):
    """`value` as JSON text, written at `column` of a line indented by `indent`."""
    inner = indent + 2
    if isinstance(value, dict):
        if not value:
            return "{}"
        members = []
        for key, item in value.items():
            start = " " * inner + json.dumps(key, ensure_ascii=False) + ": "
            members.append(start + layout(item, inner, len(start)))
        return "{\n" + ",\n".join(members) + "\n" + " " * indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(scalar(item) for item in value):
            line = "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in value) + "]"
            if column + len(line) + len(",") <= WIDTH:
                return line
        items = [" " * inner + layout(item, inner, inner) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"
    return json.dumps(value, ensure_ascii=False)


def formatted(text, name):
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise SystemExit(f"{name}:{error.lineno}:{error.colno}: error: {error.msg}")
    return layout(value, 0, 0) + "\n"


def main(arguments):
    check = arguments == ["--check"]
    if arguments and not check:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    stale = []
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        text = path.read_text(encoding="utf-8")
        wanted = formatted(text, path)
        if text != wanted:
            stale.append(path)
            if not check:
                path.write_text(wanted, encoding="utf-8")
    for path in stale:
        print(f"{path}: {'not in the schema layout' if check else 'reformatted'}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
