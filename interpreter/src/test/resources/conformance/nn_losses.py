import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
pred = torch.randn(4, 3, requires_grad=True)
target = torch.randn(4, 3)
labels = torch.tensor([0, 2, 1, 2])

for reduction in ["mean", "sum", "none"]:
    for name, loss_fn in [("mse", nn.MSELoss(reduction=reduction)), ("l1", nn.L1Loss(reduction=reduction))]:
        pred.grad = None
        loss = loss_fn(pred, target)
        print(name, reduction, loss)
        loss.sum().backward()
        print(pred.grad)

for reduction in ["mean", "sum", "none"]:
    pred.grad = None
    loss = F.cross_entropy(pred, labels, reduction=reduction)
    print("ce", reduction, loss)
    loss.sum().backward()
    print(pred.grad)

weight = torch.tensor([1.0, 2.0, 0.5])
pred.grad = None
loss = nn.CrossEntropyLoss(weight=weight)(pred, labels)
print(loss)
loss.backward()
print(pred.grad)
print(nn.CrossEntropyLoss(ignore_index=2)(pred, labels))

logp = F.log_softmax(pred, dim=1)
print(F.nll_loss(logp, labels))
print(nn.NLLLoss(reduction="sum")(logp, labels))

probs = torch.sigmoid(torch.randn(5, requires_grad=True))
probs.retain_grad()
y = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0])
bce = nn.BCELoss()(probs, y)
print(bce)
bce.backward()
print(probs.grad)

logits = torch.randn(5, requires_grad=True)
l = nn.BCEWithLogitsLoss()(logits, y)
print(l)
l.backward()
print(logits.grad)
print(F.binary_cross_entropy_with_logits(logits, y, reduction="none"))
print(F.binary_cross_entropy_with_logits(logits, y, pos_weight=torch.tensor(2.0)))
print(F.cross_entropy(torch.tensor([2.0, 1.0, 0.1]), torch.tensor(0)))
