"""liveblog benchmarks: `python -m benchmarks.run [--quick] [--only NAME]`.

Every figure is a ratio against a peer (trafilatura, dateparser, a bare Lexbor parse, `python -c pass`, raw
sqlite3) or a bound (the issue's target) measured in the same run on the same input, because absolute times
drift on a shared machine. Benchmarks are not tests: CI may run `--quick` once to prove they work.
"""
