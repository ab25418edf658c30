#!/usr/bin/python3
"""Writes the expected output of every conformance program, produced by real CPython 3.11 + PyTorch.

Run with Debian's Python:  /usr/bin/python3 interpreter/src/test/python/generate_conformance.py [NAME ...]
(with names, e.g. nn_losses or nn_losses.py, only those programs are regenerated).
For conformance/NAME.py it writes NAME.out (stdout) and, when the program fails, NAME.err (the
traceback CPython prints to stderr). The programs run from their own directory, so tracebacks
name them "NAME.py", as the test names them.

Two documented differences are normalised here, once, for every test that reads the goldens:
frames inside the installed torch package are dropped (Torchlet's torch is native, so a learner's
traceback ends at their own line), and Python 3.11's position markers under runtime traceback
lines (^^^^, ~~^~~) are removed (Torchlet does not draw them yet; SyntaxError carets stay).
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

PROGRAMS = pathlib.Path(__file__).resolve().parent.parent / "resources" / "conformance"
LIBRARY_FRAME = re.compile(r'^  File "/usr/lib/python3[^"]*", line \d+, in .*\n(    .*\n)?', re.M)
POSITION_MARKERS = re.compile(r"^ *[~^]+ *\n", re.M)


def normalised_traceback(stderr, workdir):
    text = stderr.replace(str(workdir) + "/", "")
    if text.startswith("Traceback"):
        text = LIBRARY_FRAME.sub("", text)
        text = POSITION_MARKERS.sub("", text)
    return text


wanted = {name.removesuffix(".py") for name in sys.argv[1:]}
for program in sorted(PROGRAMS.glob("*.py")):
    if wanted and program.stem not in wanted:
        continue
    if program.name.startswith("torchvision_"):
        continue  # they need the dataset files: generate_torchvision_goldens.py
    # Each program runs alone in a fresh directory, so files it writes land nowhere in the repository.
    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp).resolve()
        shutil.copy(program, workdir / program.name)
        run = subprocess.run([sys.executable, program.name], cwd=workdir, capture_output=True, text=True)
    program.with_suffix(".out").write_text(run.stdout)
    err = program.with_suffix(".err")
    if run.returncode != 0:
        # Python 3.11 names the script by its absolute path; the test runs it as "NAME.py".
        err.write_text(normalised_traceback(run.stderr, workdir))
    elif err.exists():
        err.unlink()
    print(f"{program.name}: exit {run.returncode}")
