"""The Simplified Chinese (zh-hans) edition of the demo content: the Chinese texts as data
(`texts_*.py`, written in our own words from the facts sheet, not translated by machine) and
one loader (`loader.py`) that `load_demo` runs last."""
