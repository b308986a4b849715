#!/usr/bin/env python3
"""Ports schema entries written in the old Swift schema texts onto the JSON schema files.

    python3 tools/port-schema-entries.py REV [BASE]

Until this session the schemas were Swift string literals (`Sources/SpecYAML/Schema/*SchemaText.swift`);
they are now `Sources/SpecYAML/Schema/*.schema.json`, with shared pieces moved under `$defs`. For a
branch REV that still edits the Swift texts, this reads each text at BASE (default: the merge base
of REV and HEAD) and at REV, computes what REV added, removed or changed (object keys by name,
`enum`/`required` items by value, `oneOf`/`anyOf` alternatives by their `required` keys or their
description), and applies it to the JSON files of the working tree, following `$ref`s where a
fragment moved into `$defs`. Then it lays the files out (tools/format-schemas.py). What it cannot
place is printed as `conflict: …` (exit 1) for a hand edit. Check the result with `git diff`.
"""

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "Sources" / "SpecYAML" / "Schema"
TEXTS = {
    "DocumentSchemaText.swift": "document.schema.json",
    "ScenarioSchemaText.swift": "scenario.schema.json",
    "SourceMapSchemaText.swift": "lines.schema.json",
    "StepsSchemaText.swift": "steps.schema.json",
}


def git(*arguments):
    result = subprocess.run(["git", "-C", str(ROOT), *arguments], capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


def swift_schema(rev, name):
    text = git("show", f"{rev}:Sources/SpecYAML/Schema/{name}")
    if text is None:
        return None
    match = re.search(r'#"""\n(.*?)\n\s*"""#', text, re.S)
    return json.loads(match.group(1)) if match else None


def identity(alternative):
    if isinstance(alternative, dict):
        if "required" in alternative:
            return ("required", tuple(alternative["required"]))
        if "description" in alternative:
            return ("description", alternative["description"][:60])
    return ("value", json.dumps(alternative, sort_keys=True))


def diff(old, new, path, operations):
    """Appends (kind, path, value, anchor) operations turning `old` into `new`."""
    if isinstance(old, dict) and isinstance(new, dict):
        previous = None
        for key, value in new.items():
            if key not in old:
                operations.append(("add-key", path, (key, value), previous))
            else:
                diff(old[key], value, path + [("key", key)], operations)
            previous = key
        for key in old:
            if key not in new:
                operations.append(("remove-key", path, key, None))
    elif isinstance(old, list) and isinstance(new, list):
        old_ids = [identity(item) for item in old]
        new_ids = [identity(item) for item in new]
        previous = None
        for item, item_id in zip(new, new_ids):
            if item_id in old_ids:
                diff(old[old_ids.index(item_id)], item, path + [("item", item_id)], operations)
            else:
                operations.append(("add-item", path, item, previous))
            previous = item_id
        for item, item_id in zip(old, old_ids):
            if item_id not in new_ids:
                operations.append(("remove-item", path, item_id, None))
    elif old != new:
        operations.append(("replace", path, new, None))


class Files:
    def __init__(self):
        self.trees = {
            name: json.loads((SCHEMAS / name).read_text(encoding="utf-8")) for name in TEXTS.values()
        }

    def follow(self, file, node):
        """The node a `$ref` object names (in this file or a sibling), else the node itself."""
        while isinstance(node, dict) and set(node) <= {"$ref", "description"} and "$ref" in node:
            target, _, pointer = node["$ref"].partition("#")
            file = target or file
            node = self.trees[file]
            for token in pointer.split("/")[1:]:
                node = node[int(token)] if isinstance(node, list) else node[token]
        return file, node

    def locate(self, file, path):
        node = self.trees[file]
        for kind, step in path:
            file, node = self.follow(file, node)
            if kind == "key":
                if not isinstance(node, dict) or step not in node:
                    return None
                node = node[step]
            else:
                ids = [identity(item) for item in node] if isinstance(node, list) else []
                if step not in ids:
                    return None
                node = node[ids.index(step)]
        return self.follow(file, node)[1]


SHARED = ["nonNegativeInteger", "positiveInteger", "nonNegativeNumber", "name"]


def share(files, file, value):
    """`value` with every fragment equal to one of the small shared `$defs` of steps.schema.json
    replaced by a `$ref` to it."""
    definitions = files.trees["steps.schema.json"]["$defs"]
    prefix = "" if file == "steps.schema.json" else "steps.schema.json"
    for name in SHARED:
        if value == definitions[name]:
            return {"$ref": f"{prefix}#/$defs/{name}"}
    if isinstance(value, dict):
        return {key: share(files, file, item) for key, item in value.items()}
    if isinstance(value, list):
        return [share(files, file, item) for item in value]
    return value


def apply(files, file, operation):
    kind, path, value, anchor = operation
    value = share(files, file, value) if kind in ("add-item", "replace") else value
    if kind == "add-key":
        value = (value[0], share(files, file, value[1]))
    if kind == "replace":
        parent = files.locate(file, path[:-1])
        kind_, step = path[-1]
        if parent is None:
            return False
        if kind_ == "key":
            parent[step] = value
        else:
            ids = [identity(item) for item in parent]
            parent[ids.index(step)] = value
        return True
    node = files.locate(file, path)
    if node is None:
        return False
    if kind == "add-key":
        key, item = value
        items = list(node.items())
        keys = [k for k, _ in items]
        index = keys.index(anchor) + 1 if anchor in keys else len(items)
        items.insert(index, (key, item))
        node.clear()
        node.update(items)
    elif kind == "remove-key":
        node.pop(value, None)
    elif kind == "add-item":
        ids = [identity(item) for item in node]
        node.insert(ids.index(anchor) + 1 if anchor in ids else len(node), value)
    elif kind == "remove-item":
        ids = [identity(item) for item in node]
        if value in ids:
            del node[ids.index(value)]
    return True


def describe(path):
    return "/".join(str(step if kind == "key" else step[1]) for kind, step in path) or "(root)"


def main(arguments):
    if not 1 <= len(arguments) <= 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    rev = arguments[0]
    base = arguments[1] if len(arguments) == 2 else (git("merge-base", rev, "HEAD") or "").strip()
    files = Files()
    conflicts = 0
    for text, name in TEXTS.items():
        old, new = swift_schema(base, text), swift_schema(rev, text)
        if old is None or new is None:
            continue
        operations = []
        diff(old, new, [], operations)
        for operation in operations:
            placed = apply(files, name, operation)
            where = f"{name}: {operation[0]} at {describe(operation[1])}"
            print(where if placed else f"conflict: {where}")
            conflicts += not placed
    spec = importlib.util.spec_from_file_location("format", ROOT / "tools" / "format-schemas.py")
    layout = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(layout)
    for name, tree in files.trees.items():
        (SCHEMAS / name).write_text(layout.layout(tree, 0, 0) + "\n", encoding="utf-8")
    return 1 if conflicts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
