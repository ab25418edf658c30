#!/usr/bin/python3
"""Writes goldens/autograd_events.txt: what PyTorch's autograd does for y = (x * w + b).sum(), and
for the seed tutorial's z = w*x + b; z.backward() on scalars (sections prefixed "wxb.").

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/autograd_goldens.py
GraphEventsTest subscribes to Torchlet's graph events for the same program and compares: the
grad_fn of each node in creation order, then each node as backward evaluates it (name, the
gradient it receives, the gradient it sends to each input), then the leaves' .grad.
"""
import pathlib
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "autograd_events.txt"

x = torch.tensor([1.0, 2.0, 3.0])
w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
b = torch.tensor([0.25, 0.25, 0.25], requires_grad=True)
product = x * w
shifted = product + b
y = shifted.sum()

lines = ["### created"]
lines += [t.grad_fn.name() for t in (product, shifted, y)]
evaluated = []


def recorder(node):
    def hook(grad_inputs, grad_outputs):
        evaluated.append(node.name() + " in=" + str(grad_outputs[0]) + " out=" + ", ".join(str(g) for g in grad_inputs))
    return hook


for t in (y, shifted, product):
    t.grad_fn.register_hook(recorder(t.grad_fn))
y.backward()
lines.append("### evaluated")
lines += evaluated
lines.append("### grads")
lines += [f"w.grad={w.grad}", f"b.grad={b.grad}"]

# The seed tutorial's scalar program: every input requires grad. Tensor hooks on the leaves run
# as their AccumulateGrad nodes do, so "accumulated" is PyTorch's order of accumulation.
x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
product = w * x
z = product + b
lines.append("### wxb.created")
lines += [t.grad_fn.name() for t in (product, z)]
evaluated = []
accumulated = []
for t in (z, product):
    t.grad_fn.register_hook(recorder(t.grad_fn))
for name, leaf in (("x", x), ("w", w), ("b", b)):
    leaf.register_hook(lambda g, name=name: accumulated.append(name + " " + str(g)))
z.backward()
lines.append("### wxb.evaluated")
lines += evaluated
lines.append("### wxb.accumulated")
lines += accumulated
lines.append("### wxb.grads")
lines += ["x.grad=" + str(x.grad), "w.grad=" + str(w.grad), "b.grad=" + str(b.grad)]
OUT.write_text("\n".join(lines) + "\n")
print(f"wrote {OUT}")
