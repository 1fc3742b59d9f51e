"""Benchmarks and their shared kit (``bench.harness``, ``bench.field_data``, ``bench.load_data``);
each ``bench/*_bench.py`` or ``*_eval.py`` runs as a script (see the Makefile's bench targets)."""
