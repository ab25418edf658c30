# Picks by rank and frequency, unique values, and small linear algebra, on the accelerator when
# there is one: median/nanmedian (with NaN), mode, unique with inverse and counts, det and inverse
# (batched, and det's gradient at a singular matrix), and cumprod's gradient with and without zeros.
import torch

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
nan = float('nan')


def rounded(t):
    """To 4 decimals (+ 0.0 turns -0 into 0): float32 elimination on a device leaves residues like 1e-08 where the CPU's
    double precision gives 0, and those would switch the printout to scientific notation."""
    return (t.detach() * 10000).round() / 10000 + 0.0


# median is the lower median; a lane with NaN gives its first NaN, nanmedian skips them.
x = torch.tensor([[3.0, 1.0, 3.0, 2.0], [5.0, nan, 5.0, 4.0], [0.0, 0.0, -1.0, 0.0]], device=device, requires_grad=True)
print(x.median(dim=1), x.nanmedian(dim=0, keepdim=True))
print(x.median(), x.nanmedian(), torch.median(x[:, 2:], 0).indices)
(x.nanmedian(dim=1).values * torch.tensor([1.0, 2.0, 3.0], device=device)).sum().backward()
print(x.grad)

# mode: the most frequent value (the smallest on ties) and its last position.
scores = torch.tensor([[2, 7, 7, 1, 2], [4, 4, 9, 9, 0], [6, 5, 6, 5, 5]], device=device)
print(torch.mode(scores), scores.mode(dim=0))
w = torch.tensor([[0.5, 0.25, 0.5, 1.0], [2.0, 2.0, 3.0, 3.0]], device=device, requires_grad=True)
m = w.mode(dim=1)
m.values.sum().backward()
print(m, w.grad)

# unique: sorted values, each element's place among them, and how often each occurs.
labels = torch.tensor([[3, 1, 3], [0, 1, 1], [7, 3, 0]], device=device)
print(torch.unique(labels), labels.unique(return_inverse=True, return_counts=True))
print(torch.tensor([2.5, 0.5, -1.0, 2.5, 0.5, 2.5], device=device).unique(return_counts=True))
print(torch.unique(labels[:, :2].repeat(2, 1), dim=0, return_inverse=True, return_counts=True), labels.unique(dim=1))

# det and inverse, one matrix and a batch; gradients through both.
a = torch.tensor([[4.0, 7.0], [2.0, 6.0]], device=device, requires_grad=True)
b = torch.tensor([[[2.0, 1.0, 1.0], [1.0, 3.0, 2.0], [1.0, 0.0, 0.0]],
                  [[1.0, 2.0, 0.0], [0.0, 1.0, 0.0], [2.0, 0.0, 4.0]]], device=device, requires_grad=True)
print(torch.det(a), torch.inverse(a), torch.linalg.det(b).grad_fn.name(), torch.linalg.inv(b).grad_fn.name())
print(rounded(torch.linalg.det(b)), rounded(torch.linalg.inv(b)))
(torch.det(a) + torch.inverse(a).sum()).backward()
torch.det(b).sum().backward()
print(rounded(a.grad), rounded(b.grad))
singular = torch.tensor([[1.0, 2.0], [2.0, 4.0]], device=device, requires_grad=True)
d = torch.det(singular)
d.backward()
print(d, singular.grad)
try:
    torch.inverse(singular)
except RuntimeError as e:
    print('RuntimeError:', e)

# cumprod's gradient: the shortcut without zeros, the full sum with them.
for values in ([1.5, -2.0, 0.5, 3.0], [1.5, 0.0, 0.5, 3.0]):
    c = torch.tensor(values, device=device, requires_grad=True)
    c.cumprod(0).sum().backward()
    print(c.grad)
