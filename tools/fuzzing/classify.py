"""What went wrong with one mutant: runs `spec-compiler compile` and `list` under `timeout` and
sorts the outcome into crash, hang, unpositioned diagnostic and silent drop."""

import collections
import os
import re
import shutil
import subprocess
import tempfile

DIAGNOSTIC = re.compile(r"^(?P<file>.+?):(?P<line>[0-9]+):(?P<column>[0-9]+): "
                        r"(?P<severity>error|warning|note): \S")
CRASH_MARKERS = ("Fatal error", "Stack dump", "Segmentation fault", "Illegal instruction")
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def reference_scenarios(text):
    """(id, line) of the scenario headings an independent, simple scanner sees: lines
    `### S<digits> Title` (up to three spaces before) outside fenced code blocks, a fence
    closing with the same character, at least as long, and nothing after it."""
    if text.startswith("\ufeff"):
        text = text[1:]
    found, fence = [], None
    for number, line in enumerate(LINE_BREAK.split(text), start=1):
        if fence is None:
            m = re.match(r"^ {0,3}(`{3,}|~{3,})(.*)$", line)
            if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
                fence = m.group(1)
                continue
            m = re.match(r"^ {0,3}###[ \t]+(S[0-9]+)[ \t]+(.*?)[ \t]*$", line)
            if m and m.group(2).rstrip("#").strip():
                found.append((m.group(1), number))
        else:
            m = re.match(r"^ {0,3}(`{3,}|~{3,})[ \t]*$", line)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
    return found


class Outcome:
    def __init__(self):
        self.crash = []  # descriptions
        self.hang = []
        self.unpositioned = []
        self.drops = []

    @property
    def kinds(self):
        return [k for k in ("crash", "hang", "unpositioned", "drops") if getattr(self, k)]


def run(binary, arguments, timeout):
    try:
        result = subprocess.run(
            ["timeout", "--kill-after=2", str(timeout), binary] + arguments,
            capture_output=True, timeout=timeout + 10)
    except subprocess.TimeoutExpired:
        return 124, b"", b""
    return result.returncode, result.stdout, result.stderr


def check(binary, text, timeout, work, swift=True):
    """Runs compile (with Swift generation when `swift`) and list on `text`; returns an
    Outcome."""
    outcome = Outcome()
    path = os.path.join(work, "mutant.md")
    with open(path, "wb") as f:
        f.write(text.encode("utf-8", errors="surrogateescape"))
    specs = tempfile.mkdtemp(prefix="specs-", dir=work)
    try:
        runs = {
            "compile": run(binary, ["compile", path, "--specs", specs + "/specs"]
                           + (["--generated", specs + "/generated"] if swift else []), timeout),
            "list": run(binary, ["list", path], timeout),
        }
    finally:
        shutil.rmtree(specs, ignore_errors=True)
    diagnostic_lines = set()
    for command, (status, _, stderr) in runs.items():
        err = stderr.decode("utf-8", errors="replace")
        if status in (124, 137):
            outcome.hang.append(f"{command}: no answer within {timeout}s")
            continue
        if status < 0 or any(marker in err for marker in CRASH_MARKERS):
            first = next((l for l in err.splitlines() if any(m in l for m in CRASH_MARKERS)), "")
            outcome.crash.append(f"{command}: status {status} {first[:200]}")
            continue
        for line in err.split("\n"):
            if not line:
                continue
            m = DIAGNOSTIC.match(line)
            if not m or m.group("file") != path:
                outcome.unpositioned.append(f"{command}: {line[:200]}")
            else:
                diagnostic_lines.add(int(m.group("line")))
    status, stdout, _ = runs["list"]
    if status == 0:
        outcome.drops = silent_drops(text, stdout.decode("utf-8", errors="replace"),
                                     diagnostic_lines)
    return outcome


def silent_drops(text, listed_output, diagnostic_lines):
    """Scenario headings the reference scanner and `list` disagree on, with no diagnostic on
    the line concerned."""
    reference = reference_scenarios(text)
    listed = collections.Counter(l.split("\t")[0] for l in listed_output.split("\n") if l)
    seen = collections.Counter(id for id, _ in reference)
    drops = []
    for id, line in reference:
        if seen[id] > listed[id] and line not in diagnostic_lines:
            drops.append(f"line {line}: {id} is a scenario heading but `list` omits it")
    lines = LINE_BREAK.split(text)
    for id in listed:
        if listed[id] > seen[id]:
            where = [n for n, l in enumerate(lines, 1) if re.search(rf"\b{id}\b", l)]
            if not diagnostic_lines.intersection(where):
                drops.append(f"{id}: `list` reports it but no scenario heading has it")
    return drops
