import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
logits = torch.randn(4, 3, requires_grad=True)
labels = torch.tensor([2, 0, 1, 1])
probs = torch.softmax(torch.randn(4, 3), dim=1)
weight = torch.tensor([0.5, 1.0, 2.0])

for reduction in ["mean", "sum", "none"]:
    for kwargs in [{"label_smoothing": 0.1}, {"label_smoothing": 0.2, "weight": weight},
                   {"label_smoothing": 0.1, "ignore_index": 1}]:
        logits.grad = None
        loss = F.cross_entropy(logits, labels, reduction=reduction, **kwargs)
        print(reduction, sorted(kwargs), loss)
        loss.sum().backward()
        print(logits.grad)
    for kwargs in [{}, {"weight": weight}, {"label_smoothing": 0.3}]:
        logits.grad = None
        loss = F.cross_entropy(logits, probs, reduction=reduction, **kwargs)
        print("probs", reduction, sorted(kwargs), loss)
        loss.sum().backward()
        print(logits.grad)

print(nn.CrossEntropyLoss(label_smoothing=0.05)(logits, labels))
print(F.cross_entropy(torch.tensor([1.0, 2.0, 0.5]), torch.tensor([0.2, 0.5, 0.3])))
