#!/usr/bin/python3
"""Writes format(value, spec) for a grid of values and format specs, as real CPython 3.11 formats them.

Run with Debian's Python:  /usr/bin/python3 interpreter/src/test/python/format_goldens.py
Output: interpreter/src/test/resources/format/format_spec.tsv, one case a line:
TYPE <tab> VALUE <tab> SPEC <tab> RESULT, where VALUE is decimal for int, float.hex() for float
(exact), the text for str; RESULT is repr(result), or "!Type: message" when CPython raises.
FormatterTest reads it.
"""
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "format" / "format_spec.tsv"

INTS = [0, 1, -1, 7, 42, -42, 255, 1234567, -1234567, 2**70, -(2**70), True, False]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 0.125, 3.14159, 0.1, 1e-7, 1.5e-5, 1e16, 123456.789, -987654.321,
          1e300, 5e-324, 1/3, 2/3, 100.0, 999.9999, float("inf"), float("-inf"), float("nan")]
STRS = ["", "a", "hello", "Torchlet"]
SPECS = ["", "d", "x", "X", "o", "b", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r",
         ".0f", ".2f", ".3e", ".10g", ".1", ".3", ".0", ".17g", ".3s", "#x", "#o", "#b", "#g", "#.0f", "#.0e", "#.3g",
         "+", " ", "-", "+.2f", " 8.3f", "08.2f", "010", "<10", ">10", "^10", "*^11", "=+12", "0=12", "0<8",
         ",", "_", ",.2f", "_x", "_b", "015,.3f", "012_", "z.1f", "z", "z.0f", ".0%", ">+15.4e", "#20x", "-^9.2%",
         ",d", ",x", ".2d", "=5", "5", "05", "abc", "..2", ",_", ".f", "10.3", "+g", "+#.4g", " e", "x<6.1f"]


def encode(value):
    if isinstance(value, bool):
        return "bool", str(value)
    if isinstance(value, int):
        return "int", str(value)
    if isinstance(value, float):
        return "float", value.hex() if value == value and abs(value) != float("inf") else repr(value)
    return "str", value


lines = []
for value in INTS + FLOATS + STRS:
    for spec in SPECS:
        try:
            result = repr(format(value, spec))
        except (ValueError, TypeError, OverflowError) as e:
            result = f"!{type(e).__name__}: {e}"
        kind, text = encode(value)
        lines.append(f"{kind}\t{text}\t{spec}\t{result}")
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(lines)} cases -> {OUT}")
