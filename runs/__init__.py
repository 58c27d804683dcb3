"""The run bodies: ingest, publish, reparse and reextract as plain functions over
an open store, a loaded config and a stage runner. Flows, tests and benchmarks
all call these; nothing else writes a run."""
