# Several steps of every optimizer on a small quadratic, with PyTorch's printing of params, repr and state.
import torch

target = torch.tensor([1.0, -2.0, 0.5, 3.0])


def run(make, steps=5):
    torch.manual_seed(0)
    w = torch.randn(4, requires_grad=True)
    opt = make([w])
    for _ in range(steps):
        opt.zero_grad()
        loss = ((w - target) ** 2 * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum()
        loss.backward()
        opt.step()
    print(type(opt).__name__, w)
    return opt


run(lambda p: torch.optim.SGD(p, lr=0.05))
run(lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, nesterov=True))
opt = run(lambda p: torch.optim.SGD(p, 0.02, 0.8, 0.1, 0.01))
print(opt)
print(opt.state_dict())
run(lambda p: torch.optim.Adam(p, lr=0.1))
opt = run(lambda p: torch.optim.Adam(p, lr=0.1, betas=(0.8, 0.9), weight_decay=0.1, amsgrad=True))
print(opt)
state = opt.state_dict()["state"][0]
print(state["step"], state["exp_avg"], state["max_exp_avg_sq"])
run(lambda p: torch.optim.AdamW(p, lr=0.1))
run(lambda p: torch.optim.RMSprop(p, lr=0.01))
opt = run(lambda p: torch.optim.RMSprop(p, lr=0.01, momentum=0.5, centered=True))
print(opt.state_dict()["state"][0]["step"])
opt = run(lambda p: torch.optim.Adagrad(p, lr=0.5, lr_decay=0.1))
print(opt)
run(lambda p: torch.optim.SGD(p, lr=0.1, maximize=True), steps=2)

# Param groups with their own options; the dicts are live.
a = torch.ones(2, requires_grad=True)
b = torch.ones(3, requires_grad=True)
opt = torch.optim.SGD([{"params": [a]}, {"params": b, "lr": 0.5}], lr=0.1, momentum=0.9)
for g in opt.param_groups:
    print(g["lr"], g["momentum"], len(g["params"]))
(a.sum() + (b * b).sum()).backward()
opt.step()
print(a, b)
opt.param_groups[0]["lr"] = 1.0
opt.step()
print(a, b)
opt.zero_grad()
print(a.grad, b.grad)
opt.zero_grad(set_to_none=True)
print(a.grad)
print(len(opt.state), opt.state[a])

# state_dict round trip into a fresh optimizer.
c = torch.tensor([1.0, 2.0], requires_grad=True)
first = torch.optim.Adam([c], lr=0.1)
(c * c).sum().backward()
first.step()
saved = first.state_dict()
second = torch.optim.Adam([c], lr=0.5)
second.load_state_dict(saved)
print(second.param_groups[0]["lr"], second.state_dict()["state"])
second.step()
print(c)
