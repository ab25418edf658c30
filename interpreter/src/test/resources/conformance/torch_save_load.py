# torch.save / torch.load round trips (files in the working directory, PyTorch's zip format).
import io
import os

import torch
import torch.nn as nn

torch.manual_seed(0)

# Tensors of every dtype, a 0-d tensor, an empty one.
tensors = [
    torch.tensor([1.5, -2.0, 3.25]),
    torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64),
    torch.tensor([2 ** 40, -5]),
    torch.tensor([7, -8], dtype=torch.int32),
    torch.tensor([0, 255], dtype=torch.uint8),
    torch.tensor([True, False]),
    torch.tensor(2.5),
    torch.zeros(0, 3),
]
for i, t in enumerate(tensors):
    torch.save(t, "tensor.pt")
    back = torch.load("tensor.pt")
    print(i, back, back.dtype, back.shape, torch.equal(back, t))
print(os.path.exists("tensor.pt"))

# Views keep their strides and share one storage after loading, as in PyTorch.
base = torch.arange(12.0).reshape(3, 4)
torch.save({"base": base, "row": base[1], "t": base.t(), "corner": base[1:, 2:]}, "views.pt")
views = torch.load("views.pt")
print(views["t"].stride(), views["t"].is_contiguous(), views["corner"].stride(), views["corner"].storage_offset())
views["base"][1, 2] = 100.0
print(views["row"])
print(views["t"])
print(views["corner"])

# A model's state_dict, loaded into a fresh model.
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
torch.save(model.state_dict(), "model.pth")
state = torch.load("model.pth")
print(type(state).__name__, list(state.keys()))
fresh = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print(fresh.load_state_dict(state))
x = torch.randn(2, 3)
print(torch.equal(fresh(x), model(x)))
print(state["2.bias"])

# An optimizer's state_dict (nested dicts and lists, ints, floats, bools, None).
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
model(x).sum().backward()
opt.step()
torch.save(opt.state_dict(), "optim.pth")
saved = torch.load("optim.pth")
print(saved["param_groups"])
print(sorted(saved["state"].keys()), saved["state"][3]["momentum_buffer"])

# A training checkpoint: a plain dict of numbers, strings, tuples and state_dicts.
checkpoint = {"epoch": 5, "loss": 0.03125, "name": "mlp", "shape": (3, 4), "best": None, "done": False,
              "model": model.state_dict()}
torch.save(checkpoint, "checkpoint.tar")
loaded = torch.load("checkpoint.tar", map_location="cpu")
print({k: v for k, v in loaded.items() if k != "model"})
print(loaded["model"]["0.bias"])

# File objects: open(path, 'wb'/'rb') and io.BytesIO.
with open("file.pt", "wb") as f:
    torch.save([torch.ones(2), 3], f)
with open("file.pt", "rb") as f:
    print(torch.load(f))
buffer = io.BytesIO()
torch.save({"w": torch.full((2, 2), 0.5)}, buffer)
buffer.seek(0)
print(torch.load(buffer))
