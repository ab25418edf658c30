#!/usr/bin/python3
"""Writes the expected output of the conformance/torchvision_*.py programs, and of the training
programs whose output is deterministic (programs/seed_fashion_mnist_classifiers.py), with real torchvision.

Run with Debian's Python after building the datasets module (it holds the data files):
    apt-get install python3-torchvision          # torchvision 0.14.1 beside python3-torch 1.13
    mvn -B -o -q process-resources -pl datasets
    /usr/bin/python3 interpreter/src/test/python/generate_torchvision_goldens.py

Each program runs in a fresh directory whose data/MNIST/raw and data/FashionMNIST/raw (and mnist/…, a link) hold the
uncompressed IDX files Torchlet bundles (torchvision finds them there and downloads nothing), so
real torchvision reads exactly the bytes Torchlet reads. generate_conformance.py skips these programs.
"""
import gzip
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[4]
PROGRAMS = ROOT / "interpreter" / "src" / "test" / "resources" / "conformance"
TRAINING = [ROOT / "interpreter" / "src" / "test" / "resources" / "programs" / "seed_fashion_mnist_classifiers.py"]
DATA = ROOT / "datasets" / "target" / "classes" / "dev" / "torchlet" / "datasets"

if not (DATA / "MNIST" / "raw").is_dir():
    sys.exit(f"{DATA} is missing: build the datasets module first (mvn -B -o -q process-resources -pl datasets)")

with tempfile.TemporaryDirectory() as tmp:
    workdir = pathlib.Path(tmp).resolve()
    for name in ("MNIST", "FashionMNIST"):
        raw = workdir / "data" / name / "raw"
        raw.mkdir(parents=True)
        for gz in sorted((DATA / name / "raw").glob("*.gz")):
            (raw / gz.stem).write_bytes(gzip.decompress(gz.read_bytes()))
    # The seed tutorial's root='./mnist/' finds the same files.
    (workdir / "mnist").symlink_to(workdir / "data", target_is_directory=True)
    for program in sorted(PROGRAMS.glob("torchvision_*.py")) + TRAINING:
        shutil.copy(program, workdir / program.name)
        run = subprocess.run([sys.executable, program.name], cwd=workdir, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{program.name} failed:\n{run.stderr}")
        program.with_suffix(".out").write_text(run.stdout)
        print(f"{program.name}: exit {run.returncode}")
