"""Writes the .pt files Torchlet's serialization tests read, with real PyTorch 1.13.

Run from the repository root:  /usr/bin/python3 engine/src/test/python/torch_files.py
For each object it writes NAME.pt (torch.save) and NAME.expected: a canonical text dump of what
torch.load gives back (floats as their IEEE bit patterns), which TorchFileTest compares with what
Torchlet loads. TorchFileTest also re-saves each loaded object and expects PyTorch's exact bytes.
"""
import collections
import os
import pickle
import struct

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "torchfiles")


def bits32(x):
    return struct.unpack("<i", struct.pack("<f", x))[0]


def bits64(x):
    return struct.unpack("<q", struct.pack("<d", x))[0]


def element(t, x):
    if t.dtype == torch.float32:
        return str(bits32(x))
    if t.dtype == torch.float64:
        return str(bits64(x))
    if t.dtype == torch.bool:
        return "1" if x else "0"
    return str(int(x))


def dump(v):
    if v is None:
        return "None"
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return "int:" + str(v)
    if isinstance(v, float):
        return "float:" + str(bits64(v))
    if isinstance(v, str):
        return "str:" + v
    if isinstance(v, torch.Tensor):
        storage = v.storage()
        values = [element(v, x) for x in storage.tolist()]
        return ("tensor(" + str(v.dtype).replace("torch.", "") + ", size=" + str(list(v.shape))
                + ", stride=" + str(list(v.stride())) + ", offset=" + str(v.storage_offset())
                + ", storage=[" + ",".join(values) + "], requires_grad=" + str(v.requires_grad) + ")")
    if isinstance(v, list):
        return "list[" + ", ".join(dump(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "tuple(" + ", ".join(dump(x) for x in v) + ")"
    if isinstance(v, collections.OrderedDict):
        return "odict{" + ", ".join(dump(k) + ": " + dump(x) for k, x in v.items()) + "}"
    if isinstance(v, dict):
        return "dict{" + ", ".join(dump(k) + ": " + dump(x) for k, x in v.items()) + "}"
    raise TypeError(type(v))


def objects():
    torch.manual_seed(0)
    yield "float32", torch.tensor([1.0, 2.5, -3.0])
    yield "float64", torch.tensor([[1.0, 1e-300], [float("inf"), -0.0]], dtype=torch.float64)
    yield "int64", torch.tensor([[1, -2, 3], [2 ** 40, 5, -(2 ** 62)]])
    yield "int32", torch.tensor([7, -8, 2 ** 31 - 1], dtype=torch.int32)
    yield "uint8", torch.tensor([0, 1, 255], dtype=torch.uint8)
    yield "bool", torch.tensor([True, False, True])
    yield "scalar", torch.tensor(3.25)
    yield "empty", torch.zeros(0, 3)
    base = torch.arange(12.0).reshape(3, 4)
    yield "view_transposed", base.t()
    yield "view_slice", base[1:, 1:3]
    yield "shared_views", [base, base[0], base.t()]
    yield "requires_grad", torch.randn(2, 3, requires_grad=True)
    net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
    yield "state_dict_sequential", net.state_dict()

    class Net(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = torch.nn.Conv2d(1, 2, 3)
            self.bn = torch.nn.BatchNorm2d(2)
            self.fc = torch.nn.Linear(8, 3)

        def forward(self, x):
            return self.fc(self.bn(self.conv(x)).flatten(1))

    yield "state_dict_net", Net().state_dict()
    opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
    net(torch.randn(5, 3)).sum().backward()
    opt.step()
    yield "sgd_state_dict", opt.state_dict()
    adam = torch.optim.Adam(net.parameters(), lr=0.01)
    net(torch.randn(5, 3)).sum().backward()
    adam.step()
    yield "adam_state_dict", adam.state_dict()
    yield "plain", {"epoch": 3, "loss": 0.125, "ok": True, "none": None, "name": "net",
                    "sizes": (3, 4), "weights": [torch.ones(2), torch.zeros(2, dtype=torch.int64)],
                    "big": 2 ** 40, "neg": -7}
    # Batches of 1000 (APPENDS/SETITEMS), memo indices past 255 (LONG_BINPUT/LONG_BINGET), storage keys
    # sorted as strings ("0", "1", "10", "11", "2", ...), ints of every width.
    yield "large", {"ints": list(range(1500)), "names": {"k" + str(i): i for i in range(1001)},
                    "tensors": [torch.full((2,), float(i)) for i in range(12)],
                    "widths": [255, 256, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -1, -129, -(2 ** 31), -(2 ** 31) - 1,
                               2 ** 63 - 1, -(2 ** 63), -(2 ** 40)]}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, obj in objects():
        path = os.path.join(OUT, name + ".pt")
        torch.save(obj, path)
        try:
            loaded = torch.load(path, weights_only=True)
        except pickle.UnpicklingError as e:
            # PyTorch 1.13's weights-only unpickler has no BINFLOAT (opcode 71): any float outside a
            # tensor (optimizer hyper-parameters) needs weights_only=False there; 2.x reads them.
            print(name + ": weights_only=True refuses it (" + str(e).split("error: ")[-1] + ")")
            loaded = torch.load(path)
        with open(os.path.join(OUT, name + ".expected"), "w") as f:
            f.write(dump(loaded) + "\n")


if __name__ == "__main__":
    main()
