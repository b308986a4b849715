"""Shrinks a failing input while it keeps failing the same way (line, then character
delta debugging), within a deadline."""

import time


def _ddmin(items, still_fails, deadline):
    chunk = max(1, len(items) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        start = 0
        while start < len(items) and time.monotonic() < deadline:
            candidate = items[:start] + items[start + chunk:]
            if candidate and still_fails(candidate):
                items = candidate
            else:
                start += chunk
        if chunk == 1:
            break
        chunk //= 2
    return items


def minimize(text, still_fails, seconds):
    """The smallest variant of `text` found in `seconds` for which `still_fails(text)`: very
    long lines are shrunk first (they make every try slow), then lines are removed, then the
    characters of long lines."""
    deadline = time.monotonic() + seconds
    lines = text.split("\n")

    def shrink_lines(longer_than):
        for index in sorted(range(len(lines)), key=lambda i: -len(lines[i])):
            if len(lines[index]) <= longer_than or time.monotonic() >= deadline:
                break

            def line_fails(chars, index=index):
                candidate = lines[:index] + ["".join(chars)] + lines[index + 1:]
                return still_fails("\n".join(candidate))

            lines[index] = "".join(_ddmin(list(lines[index]), line_fails, deadline))

    shrink_lines(10000)
    lines[:] = _ddmin(lines, lambda ls: still_fails("\n".join(ls)), deadline)
    shrink_lines(80)
    return "\n".join(lines)
