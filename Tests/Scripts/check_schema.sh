#!/usr/bin/env bash
# Checks Schemas/briefing-v1.schema.json with an independent validator (PyPI check-jsonschema):
# the schema is valid draft 2020-12, it accepts every example and known-good briefing, and it
# rejects every broken YAML/JSON fixture (Tests/Fixtures/broken from the content rules, and
# Tests/Fixtures/schema-broken, one schema constraint each). A rejection counts only when
# check-jsonschema exits 1 saying the document is invalid or does not parse; anything else
# (a crash, a schema it cannot load) is "unexpected".
# Prints "schema: N accepted, M rejected, K unexpected" and exits 1 when K > 0.
set -uo pipefail
cd "$(dirname "$0")/../.."

# Run it as a module, so a pip that installs scripts off PATH still works.
if ! python3 -m check_jsonschema --version >/dev/null 2>&1; then
  python3 -m pip install --quiet check-jsonschema || { echo "schema: cannot install check-jsonschema"; exit 1; }
fi
check-jsonschema() { python3 -m check_jsonschema "$@"; }
schema=Schemas/briefing-v1.schema.json
accepted=0 rejected=0 unexpected=0

if ! check-jsonschema --check-metaschema "$schema" >/dev/null 2>&1; then
  echo "UNEXPECTED: $schema is not a valid JSON Schema"
  check-jsonschema --check-metaschema "$schema"
  unexpected=$((unexpected + 1))
fi

shopt -s nullglob
for file in Examples/*.yaml Examples/*.json Tests/Fixtures/clean/*.yaml Tests/Fixtures/clean/*.json \
  Tests/Fixtures/schema-accepted/*.yaml Tests/Fixtures/schema-accepted/*.json; do
  # The AST (`.ast.json`) is another schema's document: Schemas/briefing-ast-v1.schema.json.
  case "$file" in *.ast.json) continue ;; esac
  if output=$(check-jsonschema --schemafile "$schema" "$file" 2>&1); then
    accepted=$((accepted + 1))
  else
    echo "UNEXPECTED: $file was rejected:"
    echo "$output" | sed 's/^/    /'
    unexpected=$((unexpected + 1))
  fi
done

for file in Tests/Fixtures/broken/*.yaml Tests/Fixtures/broken/*.json \
  Tests/Fixtures/schema-broken/*.yaml Tests/Fixtures/schema-broken/*.json; do
  output=$(check-jsonschema --schemafile "$schema" "$file" 2>&1)
  status=$?
  if [ "$status" -eq 1 ] && grep -qE "Schema validation errors|Failed to parse" <<<"$output"; then
    rejected=$((rejected + 1))
  else
    echo "UNEXPECTED: $file was not rejected (exit $status):"
    echo "$output" | sed 's/^/    /'
    unexpected=$((unexpected + 1))
  fi
done

# The AST schema: valid draft 2020-12, and it accepts the examples written as AST.
ast_schema=Schemas/briefing-ast-v1.schema.json
if ! check-jsonschema --check-metaschema "$ast_schema" >/dev/null 2>&1; then
  echo "UNEXPECTED: $ast_schema is not a valid JSON Schema"
  unexpected=$((unexpected + 1))
fi
for file in Examples/*.ast.json Tests/Fixtures/schema-accepted/*.ast.json; do
  if output=$(check-jsonschema --schemafile "$ast_schema" "$file" 2>&1); then
    accepted=$((accepted + 1))
  else
    echo "UNEXPECTED: $file was rejected by $ast_schema:"
    echo "$output" | sed 's/^/    /'
    unexpected=$((unexpected + 1))
  fi
done

echo "schema: $accepted accepted, $rejected rejected, $unexpected unexpected"
[ "$unexpected" -eq 0 ]
