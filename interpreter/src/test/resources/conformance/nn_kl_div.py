import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(3, 4, requires_grad=True)
log_probs = F.log_softmax(logits, dim=1)
target = F.softmax(torch.randn(3, 4), dim=1)

for reduction in ["none", "sum", "mean", "batchmean"]:
    logits.grad = None
    loss = F.kl_div(log_probs, target, reduction=reduction)
    print(reduction, loss)
    loss.sum().backward(retain_graph=True)
    print(logits.grad)

log_target = target.log()
for reduction in ["none", "batchmean"]:
    logits.grad = None
    loss = F.kl_div(log_probs, log_target, reduction=reduction, log_target=True)
    print("log_target", reduction, loss)
    loss.sum().backward(retain_graph=True)
    print(logits.grad)

criterion = nn.KLDivLoss(reduction="batchmean")
print(criterion, criterion.reduction, criterion.log_target)
print(nn.KLDivLoss(), nn.KLDivLoss().reduction)
print(criterion(log_probs, target))
print(nn.KLDivLoss(reduction="sum", log_target=True)(log_probs, log_target))
print(nn.KLDivLoss(size_average=False)(log_probs, target), nn.KLDivLoss(size_average=False).reduction)

# zeros in the target count nothing (0·log 0 = 0)
sparse = torch.tensor([[0.0, 1.0], [0.5, 0.5]])
print(F.kl_div(torch.tensor([[-1.0, -0.5], [-0.7, -0.7]]), sparse, reduction="none"))
print(F.kl_div(torch.tensor(-0.3), torch.tensor(0.4), reduction="batchmean"))

try:
    F.kl_div(log_probs, target, reduction="average")
except ValueError as e:
    print("ValueError", e)
