import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
emb = nn.Embedding(5, 3)
print(emb)
print(emb.weight)
pad = nn.Embedding(4, 2, padding_idx=-1)
print(pad, pad.padding_idx)
print(pad.weight)
idx = torch.tensor([[0, 2, 2], [4, 1, 0]])
out = emb(idx)
print(out.shape, out.grad_fn.name())
print(out[1])
(out * torch.arange(18.0).view(2, 3, 3)).sum().backward()
print(emb.weight.grad)
p = pad(torch.tensor([3, 1, 3]))
p.sum().backward()
print(pad.weight.grad)
print(F.embedding(torch.tensor([1, 1]), torch.arange(6.0).view(3, 2)))
emb(torch.tensor([5]))
