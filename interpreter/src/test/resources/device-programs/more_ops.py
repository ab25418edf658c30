# The rest of the engine's golden-suite ops that ops_tour.py does not reach, on the accelerator when
# there is one: more element-wise math, factories with device=, views and strides, scatter/take,
# small linear algebra, 1-D convolution and pooling, normalisation layers, prelu and gradient clipping.
import torch
import torch.nn as nn
import torch.nn.functional as F

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
torch.manual_seed(1)
u = (torch.rand(3, 4) * 1.6 - 0.8).to(device).requires_grad_()
for name in ["asin", "acos", "sinh", "cosh", "atan", "erf"]:
    print(name, getattr(torch, name)(u))
pos = u.detach().abs() + 0.25
print("logs", torch.log2(pos), torch.log10(pos), torch.atan2(u.detach(), pos), torch.isfinite(u / 0))
(torch.asin(u) + torch.acos(u) * 2 + torch.sinh(u) + torch.cosh(u) * 3 + torch.log2(u + 1) + torch.atan2(u, pos)).sum().backward()
print("grad", u.grad)

print("factories", torch.eye(3, device=device), torch.linspace(0, 1, 5, device=device), torch.logspace(0, 2, 3, device=device),
      torch.zeros(2, 3, device=device).numel(), torch.empty(2, 2, device=device).shape)
v = torch.arange(24.0, device=device).view(2, 3, 4)
t = v.transpose(0, 2)
print("views", t.shape, t.stride(), t.is_contiguous(), v[:, 1:].storage_offset(), v.unsqueeze(1).squeeze().shape,
      v.squeeze(0).shape, torch.broadcast_to(v[0, 0], (2, 4)), v.unfold(2, 2, 2).shape, v.unfold(2, 2, 2)[1, 2])
gx, gy = torch.meshgrid(torch.arange(3, device=device), torch.arange(2, device=device), indexing="ij")
print("meshgrid", gx, gy)
print("diag", torch.diag(v[0, :, :3]), torch.diag(torch.tensor([1.0, 2.0], device=device)), torch.trace(v[1, :, :3]))
print("mv", torch.mv(v[0], torch.ones(4, device=device)), torch.nonzero(v[0] % 5 == 0))
print("take", torch.take(v, torch.tensor([0, 5, 23], device=device)), v[0].masked_select(v[0] > 8))
idx = torch.tensor([[0, 1, 2, 0], [2, 0, 1, 1]], device=device)
print("scatter", torch.zeros(3, 4, device=device).scatter(0, idx, v[0, :2]),
      torch.zeros(3, 4, device=device).scatter_add(0, idx, torch.ones(2, 4, device=device)))
print("logic", torch.logical_xor(v[0] > 3, v[0] < 9), v[0].argmin(1), v.max(2).indices)
n = torch.arange(-3, 9, device=device).view(3, 4)
print("bits", n & 6, n | 1, n ^ torch.tensor([5], device=device), ~n, torch.bitwise_and(n, 3), torch.bitwise_not(n > 2))
print("close", torch.isclose(pos, pos + 1e-6), torch.isclose(pos, pos + 0.01), torch.allclose(pos, pos * (1 + 1e-7)),
      torch.isnan(v / 0), torch.isinf(v[0] / 0), torch.isfinite(n))
m = torch.tensor([1.0, 2.0, 3.0, 2.0], device=device, requires_grad=True)
k = torch.tensor([2.0, 2.0, 1.0, 5.0], device=device, requires_grad=True)
(torch.maximum(m, k) * 2 + torch.minimum(m, k)).sum().backward()
print("extremes", m.grad, k.grad)

torch.manual_seed(2)
w = torch.empty(2, 5, device=device)
print("init", nn.init.trunc_normal_(w, std=0.5), nn.init.kaiming_uniform_(w), nn.init.xavier_normal_(w), nn.init.orthogonal_(w))
seq = torch.randn(2, 3, 10).to(device)
conv = nn.Conv1d(3, 4, 3, padding=1).to(device)
out = F.avg_pool1d(torch.relu(conv(seq)), 2)
norm = nn.LayerNorm(5).to(device)
group = nn.GroupNorm(2, 4).to(device)
prelu = nn.PReLU().to(device)
lin = nn.Linear(5, 2).to(device)
y = lin(prelu(group(norm(out))))
print("layers", y)
y.pow(2).mean().backward()
total = torch.nn.utils.clip_grad_norm_(list(conv.parameters()) + list(lin.parameters()), 0.5)
print("grads", round(total.item(), 4), conv.weight.grad.norm(), lin.bias.grad, norm.weight.grad, group.bias.grad, prelu.weight.grad)
torch.nn.utils.clip_grad_value_(lin.parameters(), 0.01)
print("clipped", lin.weight.grad)

# uint8 wraps modulo 256 (WebGPU holds it in int32 words; the engine masks results back into 0..255).
b = torch.tensor([250, 3, 128, 0], dtype=torch.uint8, device=device)
print("uint8", b + 10, b - 5, b * 2, -b, b // 3, b % 7, b.float() / 255, b > 100, b.sum(), b.max(), b & 0x0F)
print("casts", torch.tensor([300.0, -1.0, 2.7], device=device).to(torch.uint8), b.to(torch.int64) - 251, b.sort().values)
