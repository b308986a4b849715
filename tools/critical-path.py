#!/usr/bin/env python3
"""The critical path of a compiled document's concurrent run, from its YAML alone.

Usage: tools/critical-path.py SPECS_DIR [--chain]

Reads SPECS_DIR/S*.yaml (what `spec-compiler compile DOC.md --specs SPECS_DIR` writes), weighs
each scenario by the seconds of its `sleep` steps (literal durations, nested steps included;
setup functions are not counted) and prints the longest chain along `needs` and `after` edges:
the sleeps no number of jobs can overlap, against the sum of all sleeps (what a serial run
waits). With --chain, prints the chain itself, each edge with its reason.
"""
import glob
import os
import sys

import yaml


def sleeps(node):
    """Seconds of every literal `sleep:` under node."""
    total = 0.0
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "sleep":
                try:
                    total += float(value)
                except (TypeError, ValueError):
                    pass  # a templated duration: unknown, counted as 0
            else:
                total += sleeps(value)
    elif isinstance(node, list):
        for item in node:
            total += sleeps(item)
    return total


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__)
    paths = sorted(glob.glob(os.path.join(args[0], "S*.yaml")))
    if not paths:
        sys.exit(f"no S*.yaml in {args[0]}")
    scenarios = []
    for path in paths:
        with open(path) as f:
            scenarios.append(yaml.safe_load(f))
    order = {s["id"]: i for i, s in enumerate(scenarios)}
    # Edges point backwards in document order (`needs` and `after` name earlier scenarios), so
    # document order is a topological order; sort by it in case file names do not sort so.
    scenarios.sort(key=lambda s: order[s["id"]])
    weight = {s["id"]: sleeps(s.get("steps", [])) for s in scenarios}
    best = {}
    via = {}
    for s in scenarios:
        edges = [(e["scenario"], "needs " + e["reason"], e.get("detail", "")) for e in s.get("needs", [])]
        edges += [(e["scenario"], "after " + e["reason"], e.get("detail", "")) for e in s.get("after", [])]
        best[s["id"]] = weight[s["id"]]
        via[s["id"]] = None
        for other, reason, detail in edges:
            if other in best and best[other] + weight[s["id"]] > best[s["id"]]:
                best[s["id"]] = best[other] + weight[s["id"]]
                via[s["id"]] = (other, reason, detail)
    end = max(best, key=lambda k: (best[k], -order[k]))
    total = sum(weight.values())
    edges = sum(len(s.get("needs", [])) + len(s.get("after", [])) for s in scenarios)
    print(
        f"{len(scenarios)} scenarios, {edges} edges; sleeps: {total:g} s in all, "
        f"{best[end]:g} s on the critical path (ending at {end})"
    )
    if "--chain" in sys.argv:
        chain = []
        node = end
        while node is not None:
            step = via[node]
            chain.append((node, step))
            node = step[0] if step else None
        for node, step in reversed(chain):
            line = f"  {node} (sleeps {weight[node]:g} s)"
            if step:
                line += f"  <- {step[0]}: {step[1]}: {step[2]}"
            print(line)


if __name__ == "__main__":
    main()
