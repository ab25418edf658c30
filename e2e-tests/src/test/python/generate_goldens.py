#!/usr/bin/python3
"""Writes the expected stdout of every end-to-end test program, produced by real PyTorch.

Run with Debian's python3-torch:  /usr/bin/python3 e2e-tests/src/test/python/generate_goldens.py
Each programs/NAME.py gets programs/NAME.out with exactly what CPython + PyTorch print to stdout.
Programs that are meant to fail (syntax errors) still get the stdout printed before the failure,
which for a syntax error is nothing, since nothing runs.
"""
import pathlib
import subprocess
import sys

PROGRAMS = pathlib.Path(__file__).resolve().parent.parent / "resources" / "programs"

for program in sorted(PROGRAMS.glob("*.py")):
    run = subprocess.run([sys.executable, program.name], cwd=PROGRAMS, capture_output=True, text=True)
    program.with_suffix(".out").write_text(run.stdout)
    print(f"{program.name}: exit {run.returncode}, {len(run.stdout)} chars of stdout")
