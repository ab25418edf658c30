# A tour of the tensor ops a lesson uses, on the accelerator when there is one: every value printed
# here is compared with the CPU's (element-wise math, shapes and joins, indexing, reductions,
# products, activations and losses, with gradients).
import torch
import torch.nn.functional as F

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
torch.manual_seed(0)
x = torch.randn(3, 4).to(device)
y = torch.rand(3, 4).to(device) + 0.5
ints = torch.arange(12).view(3, 4).to(device)

print("math", x.abs().sum().item() > 0)
for name in ["exp", "log1p", "sqrt", "rsqrt", "sin", "cos", "tan", "atan", "tanh", "sigmoid", "erf", "expm1",
             "floor", "ceil", "round", "trunc", "frac", "reciprocal", "sign", "neg", "square"]:
    source = y if name in ("sqrt", "rsqrt", "reciprocal", "log1p") else x
    print(name, getattr(torch, name)(source))
print("pow", x.pow(2), y.pow(x), 2.0 ** x)
print("div", x / y, x // y, x % y, torch.fmod(x, y), torch.remainder(x, y))
print("ints", ints * 3 - 1, ints // 3, ints % 5, ints.float() / 4, (ints > 5).sum())
print("compare", x > 0, x.eq(x), torch.maximum(x, y), torch.minimum(x, y))
print("logic", torch.logical_and(x > 0, y > 1), torch.logical_or(x > 1, y < 0.7), torch.logical_not(x > 0))

print("shapes", x.t(), x.view(2, 6), x.reshape(4, 3), x.permute(1, 0).contiguous(), x.unsqueeze(0).shape)
print("joins", torch.cat([x, y], 1), torch.stack([x, y]).shape, x.chunk(2, 1)[1], x.split([1, 2])[1])
print("flip", x.flip(0), x.roll(1, 1), x.repeat(1, 2).shape, x.expand(2, 3, 4).sum(0))
print("tri", x.tril(), x.triu(1))

print("index", x[1], x[:, 2], x[1:, ::2], x[x > 0], x[[0, 2], [1, 3]])
z = x.clone()
z[z < 0] = 0
z[0, :2] = torch.tensor([7.0, 8.0]).to(device)
print("assign", z)
print("select", torch.index_select(x, 1, torch.tensor([3, 0]).to(device)), x.gather(1, torch.tensor([[0], [1], [2]]).to(device)))
print("addc", torch.addcmul(x, y, x, value=0.5), torch.addcdiv(x, x, y[0], value=-2), x.clone().addcmul_(y, y),
      x.clone().addcdiv_(x, y))
print("similarity", F.cosine_similarity(x, y), F.cosine_similarity(x, y[:1], dim=0), F.pairwise_distance(x, y),
      F.pairwise_distance(x, y[0], p=1, keepdim=True))
print("where", torch.where(x > 0, x, y), x.masked_fill(x < 0, -1.0), x.clamp(-0.5, 0.5))

print("reduce", x.sum(), x.sum(0), x.mean(1, keepdim=True), x.prod(1), x.max(), x.min(0), x.argmax(1))
print("stats", x.std(), x.var(1), x.norm(), x.logsumexp(1), (x > 0).any(1), (x > -5).all())
print("order", x.sort(1), x.topk(2), x.cumsum(1), y.cumprod(0))

print("products", x @ y.t(), torch.mm(x, y.t()), torch.bmm(x.view(1, 3, 4), y.view(1, 4, 3)), torch.dot(x[0], y[0]))
print("einsum", torch.einsum("ij,kj->ik", x, y), torch.outer(x[0], y[1]).shape)

w = torch.randn(4, 3).to(device).requires_grad_()
target = torch.tensor([0, 2, 1]).to(device)
h = x @ w
losses = [F.cross_entropy(h, target), F.mse_loss(h, torch.zeros_like(h)), F.l1_loss(h, torch.ones_like(h)),
          F.smooth_l1_loss(h, torch.zeros_like(h)), F.binary_cross_entropy_with_logits(h, torch.ones_like(h)),
          F.nll_loss(F.log_softmax(h, 1), target), F.kl_div(F.log_softmax(h, 1), F.softmax(h, 1), reduction='batchmean')]
for loss in losses:
    w.grad = None
    loss.backward(retain_graph=True)
    print("loss", round(loss.item(), 4), w.grad)
acts = [F.relu(h), F.leaky_relu(h, 0.1), F.elu(h), F.gelu(h), F.silu(h), F.softplus(h), F.hardtanh(h), F.relu6(h),
        torch.sigmoid(h), torch.tanh(h), F.softmax(h, 1), F.log_softmax(h, 0), F.normalize(h),
        F.mish(h), F.hardswish(h), F.hardsigmoid(h)]
total = sum(a.sum() for a in acts)
w.grad = None
total.backward()
print("activations", round(total.item(), 4), w.grad)

v = torch.randn(3, 4).to(device).requires_grad_()
parts = [torch.addcmul(v, v, y, value=0.5), torch.addcdiv(v, x, y + v * v), F.cosine_similarity(v, x),
         F.cosine_similarity(v, torch.zeros_like(v)), F.pairwise_distance(v, y), F.pairwise_distance(v, x, p=3)]
total = sum(p.sum() for p in parts)
total.backward()
print("products and distances", round(total.item(), 4), v.grad)
