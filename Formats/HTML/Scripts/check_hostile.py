#!/usr/bin/env python3
"""Checks pages written by the HTML writer with an HTML5 parser (html5lib), as a browser would
parse them: no <script> other than one JSON-LD block, no on* attribute, no javascript:,
vbscript: or data: URL, and no embedding elements.

Usage: check_hostile.py DIR_OR_FILE...   (pip install html5lib)
Exit status 0 when every page is clean, 1 otherwise, 2 when no page was found.
"""
import html
import pathlib
import re
import sys
import urllib.parse

import html5lib

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "cite", "background",
                  "data", "srcset", "xlink:href", "ping", "manifest", "codebase", "longdesc"}
FORBIDDEN_ELEMENTS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "form",
                      "svg", "math", "link", "portal"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")


def normalized_url(value):
    text = value
    for _ in range(3):
        text = html.unescape(urllib.parse.unquote(text))
    return re.sub(r"[\x00-\x20\x7f-\x9f]", "", text).lower()


def check(path):
    problems = []
    with open(path, "rb") as handle:
        document = html5lib.parse(handle, treebuilder="etree", namespaceHTMLElements=False,
                                  transport_encoding="utf-8")
    json_ld = 0
    for element in document.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        local = tag.split("}")[-1].lower()
        if local == "script":
            if (element.get("type") or "").strip().lower() == "application/ld+json":
                json_ld += 1
            else:
                problems.append("a <script> that is not JSON-LD")
        if local in FORBIDDEN_ELEMENTS:
            problems.append("a <%s> element" % local)
        for name, value in element.attrib.items():
            name = name.split("}")[-1].lower()
            if name.startswith("on"):
                problems.append("an event handler attribute %s on <%s>" % (name, local))
            if name in URL_ATTRIBUTES and normalized_url(value).startswith(BAD_SCHEMES):
                problems.append("an unsafe URL %s=%r on <%s>" % (name, value[:60], local))
            if name == "style" and "expression(" in value.lower():
                problems.append("a CSS expression on <%s>" % local)
    if json_ld > 1:
        problems.append("%d JSON-LD blocks (expected at most one)" % json_ld)
    return problems


def main(arguments):
    paths = []
    for argument in arguments or ["."]:
        path = pathlib.Path(argument)
        paths += sorted(path.rglob("*.html")) if path.is_dir() else [path]
    if not paths:
        print("check_hostile: no .html files found in %s" % " ".join(arguments), file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        problems = check(path)
        if problems:
            failed += 1
            for problem in problems:
                print("%s: %s" % (path, problem))
    print("check_hostile: %d page(s) checked with html5lib, %d with problems" % (len(paths), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
