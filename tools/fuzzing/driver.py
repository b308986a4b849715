"""tools/fuzz: mutates the project's documents (and the corpus when present), runs
`spec-compiler compile` and `list` on every mutant under a timeout, and counts crashes, hangs,
unpositioned diagnostics and silent drops. Mutant K of seed S is always the same input."""

import argparse
import glob
import os
import random
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from classify import check  # noqa: E402
from minimize import minimize  # noqa: E402
from mutate import mutant  # noqa: E402

KINDS = ("crash", "hang", "unpositioned", "drops")


def parse_arguments():
    parser = argparse.ArgumentParser(prog="tools/fuzz", description=__doc__)
    parser.add_argument("--binary", required=True, help="the spec-compiler executable")
    parser.add_argument("--root", required=True, help="the package root")
    parser.add_argument("--count", type=int, default=1000, help="mutants to try (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--time-budget", type=float, help="stop generating after SECONDS")
    parser.add_argument("--timeout", type=float, default=10, help="seconds per command")
    parser.add_argument("--out", help="where failing inputs are kept (default: a new temp dir)")
    parser.add_argument("--corpus", help="corpus folder (default: ROOT/../shared/corpus)")
    parser.add_argument("--keep", type=int, default=10, help="inputs kept per kind (default 10)")
    parser.add_argument("--minimize-seconds", type=float, default=60,
                        help="total time for minimising kept inputs (default 60; 0: none)")
    parser.add_argument("--only", type=int, help="run only mutant number K (to reproduce)")
    parser.add_argument("--verbose", action="store_true", help="one line per failing mutant")
    return parser.parse_args()


def seeds(root, corpus):
    paths = sorted(glob.glob(os.path.join(root, "specs", "*.md")))
    paths += sorted(glob.glob(os.path.join(root, "Tests", "**", "documents", "*.md"),
                              recursive=True))
    corpus = corpus or os.path.join(root, "..", "shared", "corpus")
    if os.path.isdir(corpus):
        paths += sorted(glob.glob(os.path.join(corpus, "*.md")))
    else:
        print(f"fuzz: no corpus at {corpus}; mutating the project's documents only")
    result = []
    for path in paths:
        name = os.path.relpath(path, root)
        if name.startswith(".."):
            name = "corpus/" + os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            result.append((name, f.read()))
    return result


def main():
    sys.stdout.reconfigure(line_buffering=True)
    args = parse_arguments()
    documents = seeds(args.root, args.corpus)
    out = args.out or tempfile.mkdtemp(prefix="spec-fuzz-")
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="work-", dir=out)
    started = time.monotonic()
    counts = dict.fromkeys(KINDS, 0)
    kept = {kind: [] for kind in KINDS}
    indices = [args.only] if args.only is not None else range(args.count)
    tried = 0
    for index in indices:
        if args.time_budget and time.monotonic() - started > args.time_budget:
            break
        rng = random.Random(f"{args.seed}:{index}")
        seed_name, mutations, text = mutant(rng, documents)
        # Swift generation (the slowest stage) for one mutant in four.
        outcome = check(args.binary, text, args.timeout, work, swift=index % 4 == 0)
        tried += 1
        if args.verbose and tried % 100 == 0:
            print(f"fuzz: {tried} mutants in {time.monotonic() - started:.0f}s")
        for kind in outcome.kinds:
            counts[kind] += 1
            details = getattr(outcome, kind)
            if args.verbose:
                print(f"fuzz: mutant {index} ({seed_name}; {', '.join(mutations)}): "
                      f"{kind}: {details[0]}")
            if len(kept[kind]) < args.keep:
                name = os.path.join(out, f"{kind}-{args.seed}-{index}")
                with open(name + ".md", "wb") as f:
                    f.write(text.encode("utf-8", errors="surrogateescape"))
                with open(name + ".txt", "w", encoding="utf-8") as f:
                    f.write(f"tools/fuzz --seed {args.seed} --only {index}\n")
                    f.write(f"seed document: {seed_name}\nmutations: {', '.join(mutations)}\n")
                    f.write("\n".join(details) + "\n")
                kept[kind].append((name, text))
    remove_directory(work)
    minimize_kept(args, kept, out)
    print(f"fuzz: {tried} mutants, {counts['crash']} crashes, {counts['hang']} hangs, "
          f"{counts['unpositioned']} unpositioned diagnostics, {counts['drops']} silent drops")
    if any(kept.values()):
        print(f"fuzz: failing inputs kept in {out}")
    else:
        print(f"fuzz: nothing failed ({out} is empty)")
    return 1 if counts["crash"] or counts["hang"] else 0


def minimize_kept(args, kept, out):
    """Writes NAME.min.md next to each kept input, crashes and hangs first, within
    --minimize-seconds in total."""
    deadline = time.monotonic() + args.minimize_seconds
    work = tempfile.mkdtemp(prefix="minimize-", dir=out)
    for kind in KINDS:
        for name, text in kept[kind]:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break

            def still_fails(candidate, kind=kind):
                return bool(getattr(check(args.binary, candidate, args.timeout, work), kind))

            smaller = minimize(text, still_fails, remaining)
            with open(name + ".min.md", "wb") as f:
                f.write(smaller.encode("utf-8", errors="surrogateescape"))
    remove_directory(work)


def remove_directory(path):
    """Removes a work directory this tool created (it holds only the current mutant)."""
    for leftover in glob.glob(os.path.join(path, "*")):
        os.remove(leftover)
    os.rmdir(path)


if __name__ == "__main__":
    sys.exit(main())
