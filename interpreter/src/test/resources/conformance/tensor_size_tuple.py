# torch.Size is a tuple of ints: length, indexing, slicing (a Size), unpacking, comparison, hashing, arithmetic.
import torch
x = torch.zeros(2, 3, 4)
s = x.shape
print(s, len(s), s[0], s[-1], s[1:], list(s), s == (2, 3, 4), s != (2, 3), tuple(s), 3 in s)
a, b, c = x.size()
print(a, b, c, s.numel(), hash(s) == hash((2, 3, 4)), s + (5,), s.index(3), s.count(2))
print({s: 1}[(2, 3, 4)], bool(torch.zeros(()).shape), torch.zeros(()).shape)
print(torch.zeros(s).shape, torch.normal(0, 1, s).shape, torch.randn(s).shape, x.view(s[0], -1).shape, x.reshape(s).shape)
print(torch.ones(x.shape[1:]).shape, x.new_zeros(s).shape, torch.full(s, 2.0).shape, x.expand(s).shape)
for d in x.shape:
    print(d, end=" ")
print()
print(max(s), sum(s), sorted(s), s[0] * s[1])
print(s * 2, 2 * s, (1,) + s, type(s[0:1]).__name__, s == torch.Size([2, 3, 4]))
