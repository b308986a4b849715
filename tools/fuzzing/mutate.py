"""Mutations of spec documents for tools/fuzz. Deterministic given a random.Random.

A mutant starts from a slice of a seed document (its preamble and a few scenarios, so that
inputs stay small and fast) and gets one to four mutations: line edits, heading damage, random
bytes and unicode, truncation, broken fences/quotes/here-documents, and huge repetitions.
"""

import re

HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]")
SCENARIO = re.compile(r"^### (S[0-9]+) ")
FENCE = re.compile(r"^ {0,3}(```|~~~)")

UNICODE = [
    "\u00a0", "\u200b", "\u200e", "\u202e", "\u0301", "\ufeff", "\u2028", "\t", "\r", "\x00",
    "\x1b", "é", "ß", "İ", "Ｓ", "０", "٣", "𝟙", "😀", "\ufffd", "\\", "'", '"', "`", "$", "#",
]

HEAVY = [
    # (fragment, separator) repeated N times inside a code line
    (" | jq .", ""), (" && true", ""), (" || false", ""), ("; :", ""), (" -H 'X: y'", ""),
    ("$(", ")"), ("(", ")"), ("{ ", "; }"), ("[[ -n x ]] && ", ""), ("${A:-", "}"),
    ("if true; then ", "; fi"), ("for i in 1; do ", "; done"), ('"$(echo ', ')"'),
    ("`echo ", "`"), ("! ", ""), ("$((1+", "))"), ("'", "'"), ("\\\n", ""),
]


def slice_seed(rng, lines):
    """The preamble (up to the first scenario) and 1-6 consecutive scenarios."""
    starts = [i for i, line in enumerate(lines) if SCENARIO.match(line)]
    if not starts:
        return list(lines)
    preamble = lines[: starts[0]]
    first = rng.randrange(len(starts))
    last = min(len(starts), first + rng.randint(1, 6))
    end = starts[last] if last < len(starts) else len(lines)
    return preamble + lines[starts[first]:end]


def pick(rng, lines, predicate=None):
    indices = [i for i, line in enumerate(lines) if predicate is None or predicate(line)]
    return rng.choice(indices) if indices else None


def in_code(lines):
    """Indices of lines inside fenced blocks."""
    result, fence = [], None
    for i, line in enumerate(lines):
        m = FENCE.match(line)
        if m and fence is None:
            fence = m.group(1)
        elif m and line.strip().startswith(fence) and line.strip().strip(fence[0]) == "":
            fence = None
        elif fence is not None:
            result.append(i)
    return result


def delete_lines(rng, lines):
    if lines:
        i = rng.randrange(len(lines))
        del lines[i:i + rng.randint(1, 5)]


def duplicate_lines(rng, lines):
    if lines:
        i = rng.randrange(len(lines))
        chunk = lines[i:i + rng.randint(1, 12)]
        j = rng.randrange(len(lines) + 1)
        lines[j:j] = chunk


def swap_lines(rng, lines):
    if len(lines) > 1:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]


def damage_heading(rng, lines):
    i = pick(rng, lines, lambda l: HEADING.match(l) or SCENARIO.match(l))
    if i is None:
        return
    line = lines[i]
    hashes = len(line) - len(line.lstrip(" ").lstrip("#")) - (len(line) - len(line.lstrip(" ")))
    text = line.lstrip(" ").lstrip("#").lstrip()
    choice = rng.randrange(12)
    if choice == 0:
        lines[i] = "#" * rng.randint(1, 8) + " " + text
    elif choice == 1:
        lines[i] = "#" * max(hashes, 1) + text  # no space
    elif choice == 2:
        lines[i] = rng.choice(["- ", "* ", "1. ", "> ", ">> ", "  ", "    ", "\t"]) + line
    elif choice == 3:
        lines[i] = line.replace("S", "s", 1)
    elif choice == 4:
        lines[i] = re.sub(r"S([0-9])", r"S \1", line, count=1)
    elif choice == 5:
        digits = rng.choice(["０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९"])
        lines[i] = re.sub(r"[0-9]", lambda m: digits[int(m.group())], line)
    elif choice == 6:
        lines[i:i + 1] = [text, rng.choice(["---", "===", "- - -"])]  # setext
    elif choice == 7:
        lines[i] = re.sub(r"(S[0-9]+)", lambda m: m.group(1) + rng.choice(["a", ":", ".", ""]),
                          line, count=1)
    elif choice == 8:
        lines[i] = line.rstrip() + " " + "#" * rng.randint(1, 3)
    elif choice == 9:
        lines[i] = re.sub(r"(S[0-9]+)", r"**\1**", line, count=1)
    elif choice == 10:
        lines[i] = "### S" + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 4)))
        lines[i] += rng.choice(["", " ", " Title"])
    else:
        lines[i] = " " * rng.randint(1, 3) + line  # still a heading (CommonMark allows 3)


def insert_noise(rng, lines):
    i = pick(rng, lines)
    if i is None:
        return
    line = lines[i]
    at = rng.randint(0, len(line))
    if rng.random() < 0.15:
        # Raw bytes, invalid UTF-8 included (written back with surrogateescape).
        raw = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        noise = raw.decode("utf-8", errors="surrogateescape")
    else:
        noise = "".join(rng.choice(UNICODE) for _ in range(rng.randint(1, 6)))
    lines[i] = line[:at] + noise + line[at:]


def truncate(rng, lines):
    text = "\n".join(lines)
    cut = rng.randint(0, len(text))
    lines[:] = text[:cut].split("\n")


def break_syntax(rng, lines):
    code = in_code(lines)
    choice = rng.randrange(8)
    if choice == 0:  # remove or alter a fence
        i = pick(rng, lines, FENCE.match)
        if i is not None:
            lines[i] = rng.choice(["", "``", "````", "~~~", "   ```", "    ```", "```bash"])
        return
    if not code:
        return
    i = rng.choice(code)
    line = lines[i]
    if choice == 1 and any(q in line for q in "'\""):
        q = [k for k, ch in enumerate(line) if ch in "'\""]
        k = rng.choice(q)
        lines[i] = line[:k] + line[k + 1:]
    elif choice == 2:
        lines[i] = line + rng.choice([" <<EOF", " <<'EOF'", " <<-X", " $(", " `", " {", " ((", " [["])
    elif choice == 3:
        j = pick(rng, lines, lambda l: l.strip() in ("EOF", "JSON", "BODY", "}", "fi", "done"))
        if j is not None:
            del lines[j]
    elif choice == 4:
        lines[i] = rng.choice(["if", "then", "fi", "do", "done", "case x in", "esac", ")", ";;"])
    elif choice == 5:
        lines[i] = line + rng.choice([" \\", " |", " &&", " ||", " >", " 2>&"])
    elif choice == 6:
        lines[i] = line.replace("$", "${", 1)
    else:
        lines[i] = rng.choice(["```", "~~~", "### S99 Inside code", "#### S98 Inside code"])


def repeat_huge(rng, lines):
    code = in_code(lines)
    count = rng.choice([100, 1000, 5000, 20000, 100000])
    choice = rng.randrange(5)
    if choice == 0 and code:  # long pipeline, list or nesting on one code line
        fragment, closer = rng.choice(HEAVY)
        i = rng.choice(code)
        lines[i] = "echo x" + fragment * count + closer * count if closer else (
            "echo x" + fragment * count)
    elif choice == 1:  # long id or title
        i = pick(rng, lines, SCENARIO.match)
        if i is not None:
            lines[i] = rng.choice([
                "### S" + "1" * count + " Long id",
                "### S01 " + "T" * count,
                "#" * count + " S02 x",
                ">" * min(count, 5000) + " ### S02 x",
                "- " * min(count, 5000) + "### S02 x",
            ])
    elif choice == 2 and code:  # many lines in a block
        i = rng.choice(code)
        # At most ~256 KB: a document of that size must compile well within the timeout.
        lines[i:i + 1] = [lines[i]] * max(1, min(count, 20000, 262144 // (len(lines[i]) + 1)))
    elif choice == 3:  # many scenarios
        n = min(count, 300)  # compile writes a file per scenario: keep it realistic
        block = ["### S{:04d} Many".format(k) for k in range(1, n + 1)]
        lines += [part for heading in block for part in (heading, "", "```bash", "true", "```", "")]
    else:  # deep markdown containers
        depth = min(count, 5000)
        lines.insert(rng.randint(0, len(lines)), "> " * depth + "- " * rng.randint(0, 3) + "x")


def line_endings(rng, lines):
    choice = rng.randrange(3)
    if choice == 0:
        lines[:] = [line + "\r" for line in lines]
    elif choice == 1 and lines:
        i = rng.randrange(len(lines))
        lines[i] = lines[i] + "\r" + (lines[i + 1] if i + 1 < len(lines) else "")
    elif lines:
        lines[0] = "\ufeff" + lines[0]


def splice(rng, lines, other):
    if other:
        i = rng.randrange(len(other))
        chunk = other[i:i + rng.randint(1, 30)]
        j = rng.randint(0, len(lines))
        lines[j:j] = chunk


MUTATIONS = [
    (delete_lines, 3), (duplicate_lines, 3), (swap_lines, 2), (damage_heading, 6),
    (insert_noise, 3), (truncate, 1), (break_syntax, 4), (repeat_huge, 2), (line_endings, 1),
]


def mutant(rng, seeds):
    """(name of seed, mutation names, text) of one mutant."""
    name, text = rng.choice(seeds)
    lines = slice_seed(rng, text.split("\n"))
    applied = []
    functions = [f for f, weight in MUTATIONS for _ in range(weight)]
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.08:
            other_name, other = rng.choice(seeds)
            splice(rng, lines, other.split("\n"))
            applied.append("splice")
            continue
        function = rng.choice(functions)
        function(rng, lines)
        applied.append(function.__name__)
    return name, applied, "\n".join(lines)
