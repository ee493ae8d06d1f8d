"""Synthetic bulk data for benchmarks and scale tests (`manage.py generate_bulk`).

Never part of `load_demo`: every row it makes is named as synthetic ("Synthetic article
000123", "Synthetic person 0042") and carries a marker (slug prefix, name prefix or the
bulk collection) by which `generate_bulk --delete` finds exactly what it made.
"""
