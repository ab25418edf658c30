"""Writes the .safetensors files Torchlet's SafetensorsTest reads, with PyTorch 1.13 and safetensors 0.8.

safetensors is not a Debian package: install it beside the script, then run from the repository root:
    /usr/bin/python3 -m pip install --target /tmp/stlib safetensors
    PYTHONPATH=/tmp/stlib /usr/bin/python3 engine/src/test/python/safetensors_files.py
Each NAME.safetensors gets NAME.expected: what load_file returns (in its order: the file's), in torch_files.py's dump.
"""
import os

import torch
from safetensors.torch import load_file, save_file

from torch_files import dump

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "torchfiles")


def files():
    torch.manual_seed(0)
    yield "st_dtypes", {
        "weight": torch.randn(3, 4),
        "bias": torch.tensor([0.5, -1.0]),
        "double": torch.tensor([[1e-300, -2.5]], dtype=torch.float64),
        "steps": torch.tensor([2 ** 40, -3]),
        "index": torch.tensor([7, -8], dtype=torch.int32),
        "pixels": torch.tensor([0, 200, 255], dtype=torch.uint8),
        "mask": torch.tensor([True, False, True]),
        "scalar": torch.tensor(1.25),
        "empty": torch.zeros(0, 2),
    }, {"format": "pt"}
    net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
    yield "st_state_dict", dict(net.state_dict()), None
    yield "st_names", {'quote"back\\slash': torch.ones(1), "tab\tnew\nline": torch.zeros(1), "ünï": torch.ones(2)}, None


def main():
    for name, tensors, metadata in files():
        path = os.path.join(OUT, name + ".safetensors")
        save_file(tensors, path, metadata=metadata)
        loaded = load_file(path)
        with open(os.path.join(OUT, name + ".expected"), "w") as f:
            f.write(dump(loaded) + "\n")


if __name__ == "__main__":
    main()
