#!/usr/bin/python3
"""Writes goldens/nn.txt: torch.nn's functional ops, losses, init and seeded layer weights, as real
PyTorch prints them (each case's result, then for gradient cases the grad_fn name and the input's .grad).

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/nn_goldens.py
NnGoldenTest computes the case of the same name with the engine's Java API (dev.torchlet.engine.nn).
"""
import math
import pathlib
import torch
import torch.nn as nn
import torch.nn.functional as F

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "nn.txt"


def x():
    return torch.tensor([[1.5, -2.0, 0.25, 3.0], [-0.5, 0.75, -1.25, 0.1]], requires_grad=True)


def weights():
    return torch.arange(8.0).reshape(2, 4) / 7


def grad_case(fn):
    inp = x()
    out = fn(inp)
    (out * (torch.arange(out.numel(), dtype=torch.float32).reshape(out.shape) + 1)).sum().backward()
    return "%s\n%s\n%s" % (out, out.grad_fn.name(), inp.grad)


def seeded(seed, fn):
    torch.manual_seed(seed)
    return str(fn())


def seeded_module(seed, make):
    torch.manual_seed(seed)
    return make()


TARGET = torch.tensor([[1.0, -1.0, 0.5, 2.0], [0.0, 0.5, -1.0, 0.25]])
PROBS = torch.tensor([[0.9, 0.2, 0.6, 0.99], [0.1, 0.5, 0.3, 0.7]])
LABELS = torch.tensor([3, 0])

CASES = {
    "softmax dim 1": lambda: grad_case(lambda t: F.softmax(t, dim=1)),
    "softmax dim 0": lambda: grad_case(lambda t: F.softmax(t, dim=0)),
    "log_softmax dim 1": lambda: grad_case(lambda t: F.log_softmax(t, dim=1)),
    "leaky_relu": lambda: grad_case(lambda t: F.leaky_relu(t, 0.1)),
    "elu": lambda: grad_case(lambda t: F.elu(t, 0.5)),
    "gelu": lambda: grad_case(F.gelu),
    "silu": lambda: grad_case(F.silu),
    "linear": lambda: grad_case(lambda t: F.linear(t, weights(), torch.tensor([0.5, -0.5]))),
    "mse_loss mean": lambda: grad_case(lambda t: F.mse_loss(t, TARGET)),
    "mse_loss sum": lambda: grad_case(lambda t: F.mse_loss(t, TARGET, reduction="sum")),
    "mse_loss none": lambda: grad_case(lambda t: F.mse_loss(t, TARGET, reduction="none")),
    "l1_loss mean": lambda: grad_case(lambda t: F.l1_loss(t, TARGET)),
    "bce_with_logits mean": lambda: grad_case(lambda t: F.binary_cross_entropy_with_logits(t, PROBS)),
    "bce_with_logits pos_weight": lambda: grad_case(lambda t: F.binary_cross_entropy_with_logits(
        t, PROBS, pos_weight=torch.tensor([1.0, 2.0, 3.0, 0.5]))),
    "bce sum": lambda: grad_case(lambda t: F.binary_cross_entropy(torch.sigmoid(t), PROBS, reduction="sum")),
    "cross_entropy mean": lambda: grad_case(lambda t: F.cross_entropy(t, LABELS)),
    "cross_entropy weighted": lambda: grad_case(lambda t: F.cross_entropy(t, LABELS, weight=torch.tensor([1.0, 2.0, 3.0, 4.0]))),
    "cross_entropy none": lambda: grad_case(lambda t: F.cross_entropy(t, LABELS, reduction="none")),
    "nll_loss ignore_index": lambda: grad_case(lambda t: F.nll_loss(t, LABELS, ignore_index=0)),
    "linear init 3x2": lambda: seeded(0, lambda: "%s\n%s" % tuple(p.data for p in nn.Linear(3, 2).parameters())),
    "linear init 5x4": lambda: seeded(7, lambda: "%s\n%s" % tuple(p.data for p in nn.Linear(5, 4).parameters())),
    "xavier_uniform_": lambda: seeded(1, lambda: nn.init.xavier_uniform_(torch.empty(3, 5), gain=2.0)),
    "xavier_normal_": lambda: seeded(1, lambda: nn.init.xavier_normal_(torch.empty(3, 5))),
    "kaiming_uniform_": lambda: seeded(2, lambda: nn.init.kaiming_uniform_(torch.empty(4, 3), nonlinearity="relu")),
    "kaiming_normal_ fan_out": lambda: seeded(2, lambda: nn.init.kaiming_normal_(torch.empty(4, 3), mode="fan_out")),
    "normal_": lambda: seeded(3, lambda: nn.init.normal_(torch.empty(20), 1.0, 0.5)),
    "uniform_": lambda: seeded(3, lambda: nn.init.uniform_(torch.empty(20), -2.0, 2.0)),
    "dropout": lambda: seeded(4, lambda: F.dropout(torch.ones(3, 5), 0.3)),
    "conv2d": lambda: grad_case(lambda t: F.conv2d(t.view(1, 1, 2, 4), torch.tensor([[[[0.5, -1.0], [0.25, 2.0]]]] * 2),
                                                   torch.tensor([0.1, -0.2]), padding=1)),
    "max_pool2d": lambda: grad_case(lambda t: F.max_pool2d(t.view(1, 2, 2, 2), 2, stride=1, padding=1)),
    "conv2d init": lambda: seeded(5, lambda: "%s\n%s" % tuple(p.data for p in nn.Conv2d(2, 2, 2).parameters())),
    "layer_norm": lambda: grad_case(lambda t: F.layer_norm(t, (4,), torch.tensor([1.0, 2.0, -0.5, 0.25]),
                                                       torch.tensor([0.1, 0.0, -0.1, 0.2]))),
    # (an input gradient can differ from PyTorch's in the last float bit; these values sit on no printed rounding boundary)
    "group_norm": lambda: grad_case(lambda t: F.group_norm(t.view(1, 4, 2), 2, torch.tensor([1.0, 2.0, -0.5, 0.75]))),
    "prelu": lambda: grad_case(lambda t: F.prelu(t.view(2, 2, 2), torch.tensor([0.25, -0.5]))),
    "conv1d": lambda: grad_case(lambda t: F.conv1d(t.view(1, 2, 4), torch.tensor([[[0.5, -1.0], [0.25, 2.0]]]),
                                                   torch.tensor([0.1]), stride=2, padding=1)),
    "avg_pool1d": lambda: grad_case(lambda t: F.avg_pool1d(t.view(2, 1, 4), 3, stride=1, padding=1)),
    "lstm seeded": lambda: grad_case(lambda t: seeded_module(0, lambda: nn.LSTM(4, 3))(t.unsqueeze(1))[0]),
    "gru bidirectional seeded": lambda: grad_case(lambda t: seeded_module(1, lambda: nn.GRU(4, 2, bidirectional=True))(
        t.unsqueeze(0))[1]),
    "calculate_gain": lambda: "%r %r %r" % (nn.init.calculate_gain("leaky_relu"), nn.init.calculate_gain("tanh"),
                                           nn.init.calculate_gain("leaky_relu", math.sqrt(5))),
}

with open(OUT, "w") as out:
    for name, case in CASES.items():
        out.write("### %s\n%s\n" % (name, case()))
print("wrote", OUT)
