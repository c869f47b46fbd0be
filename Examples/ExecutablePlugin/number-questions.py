#!/usr/bin/env python3
"""A BriefingKit filter: numbers the follow-up questions "Q1. ", "Q2. ", … across sections.

    briefing convert notes.yaml --to html --filter Examples/ExecutablePlugin/number-questions.py

Reads the JSON AST on stdin, prints it on stdout; argv[1] is the output format's name.
"""
import json
import sys


def main():
    ast = json.load(sys.stdin)
    if ast.get("astVersion") != 1:
        print("number-questions: AST version %s is not supported; it speaks 1"
              % ast.get("astVersion"), file=sys.stderr)
        return 1
    number = 0
    for section in ast["sections"]:
        if section["type"] != "questions":
            continue
        for item in section["items"]:
            number += 1
            label = "Q%d. " % number
            inlines = item["question"]
            # Join the label to leading text, as the CommonMark parser would have merged them.
            if inlines and inlines[0]["t"] == "Text":
                inlines[0]["c"] = label + inlines[0]["c"]
            else:
                inlines.insert(0, {"t": "Text", "c": label})
    json.dump(ast, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
