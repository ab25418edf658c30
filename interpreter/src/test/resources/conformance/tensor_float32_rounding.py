# float32 results that depend on rounding after every step: long sums (PyTorch's cascade order),
# linspace, lerp, floor division, optimizer updates. The browser's JavaScript build once computed
# these in double precision; this program pins them on every runtime.
import torch

torch.manual_seed(0)
x = torch.randn(10000)
print(repr(x.sum().item()), repr(x.mean().item()), repr(x.abs().sum().item()))
m = torch.rand(300, 70)
print(repr(m.sum().item()))
print([repr(v.item()) for v in m.sum(0)[:5]])
print([repr(v.item()) for v in m.sum(1)[:5]])
print([repr(v.item()) for v in m.mean(1)[:3]])

print([repr(v.item()) for v in torch.linspace(-1.3, 2.7, 7)])
print([repr(v.item()) for v in torch.linspace(0.1, 0.9, 11)])
a = torch.tensor([0.1, 0.7, -3.3])
b = torch.tensor([2.9, -0.4, 1.7])
print([repr(v.item()) for v in torch.lerp(a, b, torch.tensor([0.3, 0.6, 0.9]))])
print([repr(v.item()) for v in torch.tensor([7.3, -7.3, 0.9]) // torch.tensor([0.7, 0.7, 0.1])])

w = torch.tensor([0.3, -1.1, 2.2], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.05, betas=(0.95, 0.999))
for _ in range(5):
    opt.zero_grad()
    (w ** 2 * torch.tensor([1.3, 0.7, 0.2])).sum().backward()
    opt.step()
print([repr(v.item()) for v in w.detach()])
rms = torch.optim.RMSprop([w], lr=0.01, momentum=0.9)
for _ in range(3):
    rms.zero_grad()
    (w ** 3).sum().backward()
    rms.step()
print([repr(v.item()) for v in w.detach()])
