#!/usr/bin/python3
"""Writes goldens/optim.txt: PyTorch 1.13's optimizers and learning-rate schedulers, step by step.

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/optim_goldens.py

Optimizer cases ("### optim <name>"): a line "options k=v ..." (the constructor's keywords; a tuple
is a,b; True/False/None as in Python), one "group k=v ..." line per extra param group, then for each
parameter "param <group> <dtype> <n>" and its values, then for each step the gradients PyTorch's
autograd gave on a quadratic loss ("grad <i> ...") and every parameter after the step
("after <i> ..."), then the final state ("state <i> <key> ..." for tensors, "state <i> <key> = v" for
numbers and None) and the repr. Values are float.hex.
Scheduler cases ("### sched <name>"): "options k=v ...", "optimizer <name> lr=<v> [k=v ...]", then
"lr <epoch> <hex> ..." : get_last_lr() after the constructor (epoch 0) and after each
optimizer.step(); scheduler.step() (ReduceLROnPlateau: step(metric) with the metrics listed).
"""
import math
import pathlib

import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "optim.txt"


def fmt(v):
    if isinstance(v, bool) or v is None:
        return str(v)
    if isinstance(v, (tuple, list)):
        return ",".join(fmt(x) for x in v)
    if isinstance(v, float):
        return float(v).hex()
    return str(v)


def options_line(kind, options):
    return kind + "".join(f" {k}={fmt(v)}" for k, v in options.items())


def hexes(t):
    return " ".join(float(x).hex() for x in t.detach().reshape(-1).tolist())


OPTIM_CASES = [
    ("SGD", dict(lr=0.1), [], torch.float32),
    ("SGD", dict(lr=0.05, momentum=0.9), [], torch.float32),
    ("SGD", dict(lr=0.05, momentum=0.9, dampening=0.1, weight_decay=0.01), [], torch.float32),
    ("SGD", dict(lr=0.03, momentum=0.8, nesterov=True, weight_decay=0.1), [], torch.float32),
    ("SGD", dict(lr=0.1, maximize=True), [], torch.float32),
    ("SGD", dict(lr=0.1, momentum=0.5), [dict(lr=0.01)], torch.float32),
    ("SGD", dict(lr=0.1, momentum=0.9), [], torch.float64),
    ("Adam", dict(), [], torch.float32),
    ("Adam", dict(lr=0.1), [], torch.float32),
    ("Adam", dict(lr=0.05, betas=(0.8, 0.99), weight_decay=0.1, amsgrad=True), [], torch.float32),
    ("Adam", dict(lr=0.01, maximize=True, eps=1e-6), [dict(lr=0.2, betas=(0.5, 0.6))], torch.float32),
    ("AdamW", dict(lr=0.1), [], torch.float32),
    ("AdamW", dict(lr=0.02, weight_decay=0.5, amsgrad=True), [], torch.float32),
    ("RMSprop", dict(lr=0.01), [], torch.float32),
    ("RMSprop", dict(lr=0.01, alpha=0.9, momentum=0.5, centered=True, weight_decay=0.1), [], torch.float32),
    ("RMSprop", dict(lr=0.02, momentum=0.9), [], torch.float32),
    ("Adagrad", dict(lr=0.1), [], torch.float32),
    ("Adagrad", dict(lr=0.1, lr_decay=0.01, weight_decay=0.1, initial_accumulator_value=0.5), [], torch.float32),
]

SCHED_CASES = [
    ("StepLR", dict(step_size=3, gamma=0.5), dict(lr=0.1), 10, None),
    ("StepLR", dict(step_size=2), dict(lr=1), 7, None),
    ("MultiStepLR", dict(milestones=[2, 5, 5, 8], gamma=0.3), dict(lr=0.05), 10, None),
    ("ExponentialLR", dict(gamma=0.9), dict(lr=0.1), 12, None),
    ("CosineAnnealingLR", dict(T_max=5), dict(lr=0.1), 14, None),
    ("CosineAnnealingLR", dict(T_max=4, eta_min=0.001), dict(lr=0.05), 12, None),
    ("LambdaLR", dict(lr_lambda="0.95**epoch"), dict(lr=0.1), 8, None),
    ("OneCycleLR", dict(max_lr=0.5, total_steps=12), dict(lr=0.1, momentum=0.9), 11, None),
    ("OneCycleLR", dict(max_lr=0.1, total_steps=10, anneal_strategy="linear", three_phase=True), dict(lr=0.1, momentum=0.9), 10, None),
    ("OneCycleLR", dict(max_lr=0.01, total_steps=8, pct_start=0.25), dict(lr=0.001, adam=True), 7, None),
    ("ReduceLROnPlateau", dict(patience=1, factor=0.5), dict(lr=0.1), 0,
     [1.0, 0.9, 0.95, 0.97, 0.96, 0.5, 0.6, 0.7, 0.8, 0.9]),
    ("ReduceLROnPlateau", dict(mode="max", patience=0, cooldown=1, threshold=0.1, threshold_mode="abs", min_lr=0.02),
     dict(lr=0.1), 0, [1.0, 1.05, 1.2, 1.1, 1.0, 0.9, 0.8]),
]


def quadratic_loss(params, targets, scales):
    loss = 0
    for p, t, s in zip(params, targets, scales):
        loss = loss + (s * (p - t) ** 2).sum() + (p ** 3).sum() * 0.01
    return loss


def optim_case(out, name, options, extra_groups, dtype):
    torch.manual_seed(len(options) * 7 + len(name))
    sizes = [5, 20] if not extra_groups else [3, 17]
    params = [torch.randn(n, dtype=dtype).requires_grad_() for n in sizes]
    targets = [torch.randn(n, dtype=dtype) for n in sizes]
    scales = [torch.rand(n, dtype=dtype) * 3 for n in sizes]
    if extra_groups:
        groups = [dict(params=[params[0]])] + [dict(g, params=[params[1]]) for g in extra_groups]
        opt = getattr(torch.optim, name)(groups, **options)
    else:
        opt = getattr(torch.optim, name)(params, **options)
    title = name + " " + " ".join(f"{k}={v}" for k, v in options.items()) + (" groups" if extra_groups else "") \
        + (" float64" if dtype == torch.float64 else "")
    out.write(f"### optim {title}\n")
    out.write(options_line("options", options) + "\n")
    for g in extra_groups:
        out.write(options_line("group", g) + "\n")
    for i, p in enumerate(params):
        out.write(f"param {0 if not extra_groups else i} {str(dtype)[6:]} {p.numel()} {hexes(p)}\n")
    for step in range(6):
        opt.zero_grad()
        quadratic_loss(params, targets, scales).backward()
        for i, p in enumerate(params):
            out.write(f"grad {i} {hexes(p.grad)}\n")
        opt.step()
        for i, p in enumerate(params):
            out.write(f"after {i} {hexes(p)}\n")
    index = {id(p): i for i, p in enumerate(params)}
    for p, state in opt.state.items():
        for key, value in state.items():
            if isinstance(value, torch.Tensor):
                out.write(f"state {index[id(p)]} {key} {hexes(value)}\n")
            else:
                out.write(f"state {index[id(p)]} {key} = {fmt(value)}\n")
    out.write("repr\n" + repr(opt) + "\n")


def sched_case(out, name, options, opt_options, epochs, metrics):
    w = torch.zeros(2, requires_grad=True)
    w.grad = torch.zeros(2)
    opt_options = dict(opt_options)
    adam = opt_options.pop("adam", False)
    opt = torch.optim.Adam([w], **opt_options) if adam else torch.optim.SGD([w], **opt_options)
    kwargs = dict(options)
    if name == "LambdaLR":
        kwargs["lr_lambda"] = lambda epoch: 0.95 ** epoch
    sched = getattr(torch.optim.lr_scheduler, name)(opt, **kwargs)
    title = name + " " + " ".join(f"{k}={v}" for k, v in options.items())
    out.write(f"### sched {title}\n")
    out.write(options_line("options", options) + "\n")
    out.write(options_line("optimizer " + ("Adam" if adam else "SGD"), opt_options) + "\n")
    if metrics is not None:
        out.write("metrics " + " ".join(float(m).hex() for m in metrics) + "\n")
        for epoch, m in enumerate(metrics):
            opt.step()
            sched.step(m)
            out.write(f"lr {epoch + 1} {fmt([float(g['lr']) for g in opt.param_groups])}\n")
        return
    out.write(f"lr 0 {fmt([float(x) for x in sched.get_last_lr()])}\n")
    for epoch in range(1, epochs + 1):
        opt.step()
        sched.step()
        out.write(f"lr {epoch} {fmt([float(x) for x in sched.get_last_lr()])}")
        if name == "OneCycleLR":
            g = opt.param_groups[0]
            out.write(" momentum " + fmt(float(g["betas"][0] if adam else g["momentum"])))
        out.write("\n")


with OUT.open("w") as out:
    for case in OPTIM_CASES:
        optim_case(out, *case)
    for case in SCHED_CASES:
        sched_case(out, *case)
print(f"wrote {OUT}")

# Gradient clipping ("### clip <case>"): "param <n> <grad hex>..." per parameter, then the
# total norm PyTorch returned and every gradient after clipping ("clipped <i> ...").
CLIP = OUT.parent / "clip.txt"
with CLIP.open("w") as out:
    torch.manual_seed(3)
    for name, sizes, max_norm, norm_type in [
        ("l2 clipped", [5, 20], 1.0, 2.0), ("l2 untouched", [3, 4], 100.0, 2.0),
        ("inf", [6, 7], 0.5, float("inf")), ("l1", [8], 2.0, 1.0), ("big", [300, 50], 3.0, 2.0),
    ]:
        params = [torch.zeros(n, requires_grad=True) for n in sizes]
        for p in params:
            p.grad = torch.randn(p.shape) * 3
        out.write(f"### clip {name} max_norm={max_norm} norm_type={norm_type}\n")
        for p in params:
            out.write(f"param {p.numel()} {hexes(p.grad)}\n")
        total = torch.nn.utils.clip_grad_norm_(params, max_norm, norm_type)
        out.write(f"total {float(total).hex()}\n")
        for i, p in enumerate(params):
            out.write(f"clipped {i} {hexes(p.grad)}\n")
print(f"wrote {CLIP}")
