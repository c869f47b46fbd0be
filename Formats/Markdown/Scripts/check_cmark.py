#!/usr/bin/env python3
"""Render briefing Markdown with cmark-gfm (as GitHub does) and compare it with our own HTML.

For each Markdown file (default: Examples/*.md and Formats/Markdown/Golden/*.md):

* GitHub side: the front matter is removed (GitHub shows it as a table, not as the body), and
  the body is rendered by cmark-gfm (PyPI `cmarkgfm`, GFM extensions, raw HTML allowed with
  CMARK_OPT_UNSAFE, as GitHub renders before sanitizing).
* Our side, mode `briefing` (when `briefing convert` can write HTML): the HTML fragment of
  `swift run briefing convert FILE --to html --writer-option fragment=true`, without the parts
  that come from front matter (elements with class briefing-category, -byline, -source, -tags,
  -engagement), since the GitHub rendering has no front matter to show.
  Mode `richtext` (fallback while the CLI has no HTML writer): the same body rendered by our
  own CommonMark engine, `swift run richtext --to html`.

Compared: (1) the visible text: text nodes outside script/style, HTML comments dropped, each
element boundary a space, whitespace runs collapsed to one space, and the middle dot that
separates a comment's author and time in Markdown dropped; (2) the <details> structure: the
number of <details> elements, and for each its `open` flag and its <summary> text, in order.
Exit status 1 when any file differs; each difference is printed. BRIEFING_BIN names a prebuilt
`briefing` binary instead of `swift run briefing`; an argument `FILE.md=OTHER` compares FILE.md
with the HTML of OTHER (the same briefing in another format).
"""
import glob
import html.parser
import os
import re
import subprocess
import sys

import cmarkgfm
from cmarkgfm.cmark import Options as CmarkOptions

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SCRATCH = os.environ.get("BRIEFING_SCRATCH", os.path.join(ROOT, ".build"))
FRONT_MATTER_CLASSES = {
    "briefing-category", "briefing-byline", "briefing-source", "briefing-tags",
    "briefing-engagement",
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Extract(html.parser.HTMLParser):
    """Collects visible text and the <details>/<summary> structure."""

    def __init__(self, skip_classes=()):
        super().__init__(convert_charrefs=True)
        self.skip_classes = set(skip_classes)
        self.stack = []          # (tag, skipped)
        self.text = []
        self.details = []        # [open, summary text]
        self.summary_depth = 0

    def skipping(self):
        return any(skipped for _, skipped in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        skipped = tag in ("script", "style") or bool(classes & self.skip_classes)
        if tag not in VOID:
            self.stack.append((tag, skipped))
        self.text.append(" ")
        if self.skipping():
            return
        if tag == "details":
            self.details.append(["open" in attrs, ""])
        elif tag == "summary":
            self.summary_depth += 1

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                was_skipping = self.skipping()
                del self.stack[index:]
                if tag == "summary" and not was_skipping:
                    self.summary_depth = max(0, self.summary_depth - 1)
                break
        self.text.append(" ")

    def handle_data(self, data):
        if self.skipping():
            return
        self.text.append(data)
        if self.summary_depth and self.details:
            self.details[-1][1] += data


def normalize(text):
    text = text.replace("\u00b7", " ")
    return re.sub(r"\s+", " ", text).strip()


def strip_front_matter(text):
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return text
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "\n".join(lines[index + 1:])
    return text


def swift_run(args, stdin=None):
    command = ["swift", "run", "--scratch-path", SCRATCH, "-q"] + args
    return subprocess.run(command, cwd=ROOT, input=stdin, capture_output=True, text=True)


def our_html(path, body):
    # GitHub renders raw HTML through its sanitizer; allow-raw-html is our writer's equivalent.
    # The golden files break content rules on purpose; render-anyway.briefing.yml lowers them.
    args = ["convert", path, "--to", "html", "--writer-option", "fragment=true",
            "--writer-option", "allow-raw-html=true",
            "--config", "Formats/Markdown/Scripts/render-anyway.briefing.yml"]
    binary = os.environ.get("BRIEFING_BIN")
    if binary:
        result = subprocess.run([binary] + args, cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0 or "<article" not in result.stdout:
            # A named binary is CI's: no silent fallback to the richtext comparison.
            sys.exit(f"{binary} could not convert {path}: {result.stderr}")
    else:
        result = swift_run(["briefing"] + args)
    if result.returncode == 0 and "<article" in result.stdout:
        return "briefing", result.stdout
    result = swift_run(["richtext", "--to", "html"], stdin=body)
    if result.returncode != 0:
        sys.exit("cannot render with swift run richtext: " + result.stderr)
    return "richtext", result.stdout


def structure(markup, skip_classes=()):
    parser = Extract(skip_classes)
    parser.feed(markup)
    parser.close()
    details = [(is_open, normalize(summary)) for is_open, summary in parser.details]
    return normalize("".join(parser.text)), details


def first_difference(a, b):
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return index
    return min(len(a), len(b))


def check(argument):
    # `FILE.md=SOURCE` compares FILE.md with the HTML of SOURCE (the same briefing in another
    # format), for a `briefing` binary that cannot read Markdown yet.
    path, _, source = argument.partition("=")
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    body = strip_front_matter(text)
    skipped = set(FRONT_MATTER_CLASSES)
    # The writer puts the summary in front matter when the body could not hold it; then GitHub
    # does not show it either.
    front_matter = text[:len(text) - len(body)] if text.endswith(body) else ""
    if re.search(r"^summary:", front_matter, re.MULTILINE):
        skipped.add("briefing-summary")
    github = cmarkgfm.github_flavored_markdown_to_html(body, options=CmarkOptions.CMARK_OPT_UNSAFE)
    mode, ours = our_html(os.path.abspath(source or path), body)
    github_text, github_details = structure(github)
    our_text, our_details = structure(ours, skipped if mode == "briefing" else ())
    problems = []
    if github_text != our_text:
        at = first_difference(github_text, our_text)
        problems.append("visible text differs at character %d:\n  cmark-gfm: …%s…\n  ours:      …%s…"
                        % (at, github_text[max(0, at - 40):at + 60], our_text[max(0, at - 40):at + 60]))
    if github_details != our_details:
        problems.append("details differ:\n  cmark-gfm: %r\n  ours:      %r" % (github_details, our_details))
    name = os.path.relpath(path, ROOT)
    if problems:
        print("DIFF %s (%s mode)" % (name, mode))
        for problem in problems:
            print("  " + problem)
        return False
    print("ok   %s (%s mode): %d characters of text, %d details (%d open)"
          % (name, mode, len(our_text), len(our_details), sum(1 for o, _ in our_details if o)))
    return True


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "Examples", "*.md"))
                                   + glob.glob(os.path.join(ROOT, "Formats", "Markdown", "Golden", "*.md")))
    results = [check(path) for path in paths]
    print("%d of %d files match" % (sum(results), len(results)))
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
