import torch

a = torch.ones(3)
alias = a
a += 1
a *= torch.tensor([1.0, 2.0, 3.0])
print(a, alias, a is alias)
row = torch.zeros(2, 3)
row[0] += 5
row[:, 1] -= 1
print(row)
n = 5
n -= 2
items = [1, 2]
items[0] += 10
print(n, items)
w = torch.ones(2, requires_grad=True)
w.data -= 0.5
print(w)
with torch.no_grad():
    w -= 0.25
print(w, w.is_leaf, w.requires_grad)
w -= 1
