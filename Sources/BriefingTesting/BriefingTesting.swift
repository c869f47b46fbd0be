// BriefingTesting: helpers for format authors' tests (goldens, conformance checks).
