# The optimizer object as a program sees it: param_groups, defaults, state, closures, add_param_group.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
unused = torch.tensor([5.0], requires_grad=True)
opt = torch.optim.Adagrad([w, unused], lr=0.1, initial_accumulator_value=0.1)
print(opt.defaults)
print(opt.param_groups)
print(opt.state[w])


def closure():
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    return loss


for _ in range(3):
    print(opt.step(closure))
print(w, unused, unused.grad)
print(opt.state_dict()["state"][1])

extra = torch.zeros(3, requires_grad=True)
opt.add_param_group({"params": extra, "lr": 1.0})
print(len(opt.param_groups), opt.param_groups[1]["lr"], opt.param_groups[1]["lr_decay"])
print(opt)

adam = torch.optim.Adam([w], lr=0.01)
sched = torch.optim.lr_scheduler.OneCycleLR(adam, max_lr=0.1, total_steps=5)
for _ in range(4):
    closure()
    adam.step()
    sched.step()
    print(round(sched.get_last_lr()[0], 8), adam.param_groups[0]["betas"])
print(adam.state_dict()["param_groups"][0]["max_lr"], sorted(adam.param_groups[0].keys()))

sgd = torch.optim.SGD([w], lr=0.1)
print(sgd.state_dict())
sgd.step()
print(sgd.state_dict()["state"])
rms = torch.optim.RMSprop([w], lr=0.01, momentum=0.9)
closure()
rms.step()
print(rms.state_dict()["state"][0]["step"], rms.state_dict()["state"][0]["momentum_buffer"])
