#!/usr/bin/python3
"""Goldens for plt.hist's bins: numpy.histogram (what matplotlib calls) on random data.

Run with Debian's Python:  /usr/bin/python3 interpreter/src/test/python/histogram_goldens.py
Each case is four lines: data, "bins range density", counts, edges (floats as repr).
"""
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "histogram.txt"
rng = np.random.RandomState(7)
lines = []
for case in range(40):
    n = int(rng.randint(1, 60))
    data = rng.randn(n) * rng.choice([0.1, 1.0, 7.0]) + rng.choice([0.0, 2.5, -100.0])
    if case % 7 == 0:
        data = np.round(data)  # values on bin edges
    if case % 11 == 0:
        data = np.full(n, 3.0)  # all equal: numpy widens the range by 0.5
    bins = int(rng.randint(1, 15))
    use_range = case % 4 == 1
    value_range = (float(np.min(data)) - 0.3, float(np.max(data)) + 0.1) if use_range else None
    density = case % 5 == 2
    counts, edges = np.histogram(data, bins=bins, range=value_range, density=density)
    lines.append(" ".join(repr(float(v)) for v in data))
    lines.append(f"{bins} {'none' if value_range is None else repr(value_range[0]) + ',' + repr(value_range[1])} {density}")
    lines.append(" ".join(repr(float(v)) for v in counts))
    lines.append(" ".join(repr(float(v)) for v in edges))
OUT.write_text("\n".join(lines) + "\n")
print(f"{OUT}: 40 cases")
