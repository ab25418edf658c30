# Ops that pick or bound elements, on the accelerator when there is one: torch.where, clamp and
# its family (clip, clamp_min, clamp_max, relu6, hardtanh), masked_fill, lerp, tril/triu and binary
# cross-entropy, forward and backward, and inside a few SGD steps of a tiny logistic model.
import torch
import torch.nn.functional as F

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
torch.manual_seed(0)

# Bounds keep NaN, round to float32 (0.7 is inside clamp(max=0.7)), and pass gradients only inside.
v = torch.tensor([-2.0, -0.5, 0.25, 0.7, 3.0, float('nan')], device=device, requires_grad=True)
bounded = [v.clamp(-1, 0.7), v.clip(min=0), torch.clamp(v, max=0.25), v.clamp_min(0.7), torch.clamp_max(v, -0.5),
           F.relu6(v * 3), F.hardtanh(v), torch.where(v > 0, v, 0.5 * v), torch.where(v < 1, 1.0, v)]
for b in bounded:
    print(b)
sum(b.sum() for b in bounded).backward()
print(v.grad)
print(torch.clamp(torch.arange(-3, 4, device=device), min=-1, max=2), torch.clamp(v.detach(), 1, -1))

# where broadcasts its three operands; each side gets the gradient where it was picked.
a = torch.randn(3, 4).to(device).requires_grad_()
row = torch.randn(4).to(device).requires_grad_()
picked = torch.where(a > 0, a * a, row)
picked.sum().backward()
print(picked, a.grad, row.grad)

# masked_fill with a number, with a 0-d tensor (which gets the filled places' gradient), and in place.
fill = torch.tensor(0.5, device=device, requires_grad=True)
m = torch.randn(3, 4).to(device).requires_grad_()
filled = m.masked_fill(m > 0.5, fill) + m.masked_fill(m[:, :1] < 0, -2.0)
shifted = m * 3
shifted.masked_fill_(shifted.abs() > 2, 0.0)
(filled * filled).sum().add(shifted.sum()).backward()
print(filled, shifted)
print(m.grad, fill.grad)

# A causal mask from tril, filled with -inf before a softmax (attention's pattern).
scores = torch.randn(4, 4).to(device).requires_grad_()
causal = torch.ones(4, 4, device=device).tril() == 0
attention = torch.softmax(scores.masked_fill(causal, float('-inf')), dim=-1)
(attention * torch.arange(4.0, device=device)).sum().backward()
print(attention, scores.grad)

# tril/triu over a batch, with diagonals, and their gradients.
s = torch.randn(2, 3, 4).to(device).requires_grad_()
lower, upper, below = s.tril(), torch.triu(s, 1), torch.tril(s, -1)
(lower * 2 + upper * upper + below).sum().backward()
print(lower, upper, below, s.grad)

# lerp with a number weight on either side of 0.5 and with a tensor of weights; lerp_ in place.
start = torch.randn(2, 3).to(device).requires_grad_()
end = torch.randn(2, 3).to(device).requires_grad_()
weight = torch.tensor([-0.5, 0.25, 1.5], device=device, requires_grad=True)
mixed = [torch.lerp(start, end, 0.3), start.lerp(end, 0.8), torch.lerp(start, end, weight)]
sum((x * x).sum() for x in mixed).backward()
moved = start.detach().clone()
moved.lerp_(end.detach(), 0.5)
print(mixed, moved)
print(start.grad, end.grad, weight.grad)

# A tiny logistic model: both binary cross-entropies, a clamped hinge and a masked penalty, by SGD.
X = torch.randn(16, 5).to(device)
target = (X[:, :1] + 0.5 * X[:, 1:2] > 0).float()
w = (torch.randn(5, 1) * 0.5).to(device).requires_grad_()
bias = torch.zeros(1, device=device, requires_grad=True)
optimizer = torch.optim.SGD([w, bias], lr=0.5)
pos_weight = torch.tensor([2.0], device=device)
for step in range(4):
    optimizer.zero_grad()
    logits = X @ w + bias
    probabilities = torch.sigmoid(logits.clamp(-3, 3)).clamp(1e-4, 1 - 1e-4)
    bce = F.binary_cross_entropy(probabilities, target, weight=torch.full_like(target, 0.5))
    bce_logits = F.binary_cross_entropy_with_logits(logits, target, pos_weight=pos_weight)
    hinge = torch.where(target > 0.5, 1 - logits, 1 + logits).clamp_min(0).mean()
    penalty = logits.masked_fill(X[:, :1] < -1, 0.0).pow(2).mean()
    loss = bce + bce_logits + 0.1 * hinge + 0.01 * penalty
    loss.backward()
    print(step, f"{bce.item():.4f}", f"{bce_logits.item():.4f}", f"{hinge.item():.4f}", f"{loss.item():.4f}")
    print(w.grad.view(-1), bias.grad)
    optimizer.step()
print(w.view(-1), bias)
print(F.binary_cross_entropy(torch.sigmoid(X @ w + bias), target, reduction='none').view(-1)[:6])
