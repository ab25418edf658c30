# Learning-rate sequences of PyTorch's schedulers (optimizer.step() before scheduler.step()).
import torch
from torch.optim import lr_scheduler


def sequence(make, epochs, lr=0.1, **options):
    w = torch.zeros(2, requires_grad=True)
    opt = torch.optim.SGD([w], lr=lr, **options)
    sched = make(opt)
    lrs = [sched.get_last_lr()[0]]
    for _ in range(epochs):
        opt.step()
        sched.step()
        lrs.append(sched.get_last_lr()[0])
    print(type(sched).__name__, [round(x, 6) for x in lrs])
    return opt, sched


sequence(lambda o: lr_scheduler.StepLR(o, step_size=3, gamma=0.5), 9)
sequence(lambda o: lr_scheduler.MultiStepLR(o, milestones=[2, 4, 4], gamma=0.1), 6)
sequence(lambda o: lr_scheduler.ExponentialLR(o, gamma=0.9), 5)
opt, sched = sequence(lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=4, eta_min=0.01), 10)
print(opt.param_groups[0]["initial_lr"], sched.last_epoch, sched.base_lrs)
sequence(lambda o: lr_scheduler.LambdaLR(o, lr_lambda=lambda epoch: 1 / (epoch + 1)), 4)
opt, sched = sequence(lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=1.0, total_steps=10), 9, momentum=0.9)
print(round(opt.param_groups[0]["momentum"], 6), opt.param_groups[0]["max_lr"], opt.param_groups[0]["min_lr"])
print(opt)

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
plateau = lr_scheduler.ReduceLROnPlateau(opt, patience=1, factor=0.5)
for metric in [1.0, 0.9, 0.95, 0.97, 0.96, 0.5, 0.6, 0.7, 0.8]:
    opt.step()
    plateau.step(metric)
    print(metric, opt.param_groups[0]["lr"], plateau.num_bad_epochs)

# A program may change the lr by hand; a chainable scheduler continues from it.
opt = torch.optim.SGD([w], lr=0.1)
sched = lr_scheduler.ExponentialLR(opt, gamma=0.5)
opt.param_groups[0]["lr"] = 1.0
opt.step()
sched.step()
print(sched.get_last_lr())
