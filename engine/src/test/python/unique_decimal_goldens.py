#!/usr/bin/python3
"""Goldens for format.UniqueDecimalText from NumPy 1.24's Dragon4 (what NumPy's array printing uses).

Run with Debian's Python:  /usr/bin/python3 engine/src/test/python/unique_decimal_goldens.py
Each line: float64|float32, the value's double bits in hex, format_float_positional(x, precision=8,
unique=True, fractional=True, trim='.'), format_float_scientific(x, precision=8, unique=True, trim='.').
"""
import pathlib
import struct

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "unique_decimal.txt"
rng = np.random.RandomState(20261122)
values = [0.1, 0.5, 1.0, 2.5, 1 / 3, 2 / 3, 1e-5, 1e-4, 123456789.0, 1e16, 1e22, 5e-324, 1.7976931348623157e308,
          0.30000000000000004, 0.125, 0.0000123456789, 99999999.99999999, 0.999999999, 1.000000005, 2.675]
values += list(rng.standard_normal(150) * 10.0 ** rng.randint(-12, 12, 150))
values += list(rng.rand(60))
lines = []
for kind in ("float64", "float32"):
    for v in values:
        x = np.float64(v) if kind == "float64" else np.float32(v)
        if not np.isfinite(x) or x == 0:
            continue
        bits = struct.unpack("<Q", struct.pack("<d", float(x)))[0]
        pos = np.format_float_positional(x, precision=8, unique=True, fractional=True, trim=".")
        sci = np.format_float_scientific(x, precision=8, unique=True, trim=".")
        lines.append(f"{kind} {bits:016x} {pos} {sci}")
OUT.write_text("\n".join(lines) + "\n")
print(len(lines), "lines")
