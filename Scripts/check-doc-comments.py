#!/usr/bin/env python3
"""Lists public API without a `///` doc comment.

Scans Sources/ and Formats/*/Sources for declarations marked `public` or `open` (func, init,
subscript, var, let, struct, enum, class, actor, protocol, typealias, extension members
included) and for the `case`s of public enums, and reports each one whose preceding line
(after skipping attributes such as `@inlinable` or `@discardableResult`) is not a `///` line
or the end of a `/** ... */` block.

Usage: Scripts/check-doc-comments.py [ROOT]   (default: the package root)
Prints `file:line: name` per missing comment and a summary; exits 1 when any is missing.
"""
import pathlib
import re
import sys

MODIFIERS = r"(?:(?:(?:public|open|package|fileprivate|private|internal)(?:\(set\))?|static|class|final|override|mutating|nonmutating|nonisolated" \
            r"|convenience|required|indirect|lazy|weak|unowned|dynamic|isolated|consuming|borrowing|distributed|@\w+(?:\([^)]*\))?)\s+)*"
KEYWORDS = r"(func|init[?!]?|subscript|var|let|struct|enum|class|actor|protocol|typealias|case)"
DECL = re.compile(r"^\s*(?P<mods>" + MODIFIERS + r")" + KEYWORDS + r"\b\s*(?P<name>[^\s(:<={]*)")
TYPE_OPEN = re.compile(r"^\s*(?P<mods>" + MODIFIERS + r")(enum|struct|class|actor|protocol"
                       r"|extension)\b")
ATTRIBUTE = re.compile(r"^\s*@\w+(\(.*\))?\s*$")


def is_public(modifiers):
    return re.search(r"\b(public|open)\b", modifiers) is not None


def documented(lines, index):
    """Whether the declaration at `index` has a doc comment above its attributes."""
    cursor = index - 1
    while cursor >= 0 and ATTRIBUTE.match(lines[cursor]):
        cursor -= 1
    if cursor < 0:
        return False
    above = lines[cursor].strip()
    return above.startswith("///") or above.endswith("*/") and "/**" in "".join(
        lines[max(0, cursor - 40):cursor + 1])


def scan(path):
    """Yields (line number, name) for undocumented public declarations in one file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    # A stack of (brace depth at open, is a public enum, members are public: a public protocol
    # or `public extension`)
    # tells whether a `case` belongs to a public enum and whether a protocol member is public.
    scopes = []
    depth = 0
    pending = None
    in_block_comment = False
    in_string = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if in_block_comment:
            if "*/" in stripped:
                in_block_comment = False
            continue
        if stripped.startswith("/*") and "*/" not in stripped:
            in_block_comment = True
            continue
        if stripped.count('"""') % 2 == 1:
            in_string = not in_string
            continue
        if in_string or stripped.startswith("//"):
            continue
        match = DECL.match(line)
        if match:
            keyword = match.group(2)
            modifiers = match.group("mods")
            name = match.group("name") or keyword
            inner = scopes[-1] if scopes else None
            if keyword == "case":
                # Enum cases are public when their enum is; `case` in a switch has no scope of
                # its own here, so only count cases directly inside a public enum's braces.
                if inner and inner[1] and depth == inner[0] + 1:
                    for case in re.split(r",\s*(?![^()]*\))", line.split("case", 1)[1]):
                        case_name = re.match(r"\s*(\w+)", case)
                        if case_name and not documented(lines, number - 1):
                            yield number, "case " + case_name.group(1)
                            break
            elif is_public(modifiers) or (inner and inner[2] and depth == inner[0] + 1):
                if not documented(lines, number - 1):
                    label = keyword.rstrip("?!")
                    yield number, label if name in ("", keyword) else label + " " + name
        opened = TYPE_OPEN.match(line)
        if opened:
            kind = opened.group(2)
            public = is_public(opened.group("mods"))
            pending = (public and kind == "enum", public and kind in ("protocol", "extension"))
        code = re.sub(r'"(\\.|[^"\\])*"', '""', line.split("//", 1)[0])
        for char in code:
            if char == "{":
                if pending is not None:
                    scopes.append((depth, pending[0], pending[1]))
                    pending = None
                depth += 1
            elif char == "}":
                depth -= 1
                if scopes and scopes[-1][0] == depth:
                    scopes.pop()


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
    files = sorted(root.glob("Sources/**/*.swift")) + sorted(root.glob("Formats/*/Sources/**/*.swift"))
    missing = 0
    for path in files:
        for number, name in scan(path):
            print(f"{path.relative_to(root)}:{number}: {name}")
            missing += 1
    print(f"check-doc-comments: {len(files)} files, {missing} public declarations without ///",
          file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
