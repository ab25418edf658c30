import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
ln = nn.LayerNorm(4)
print(ln)
print(ln.normalized_shape, ln.weight, ln.bias)
x = torch.randn(2, 3, 4, requires_grad=True)
y = ln(x)
print(y)
print(y.grad_fn.name())
(y * torch.arange(24.0).view(2, 3, 4)).sum().backward()
print(x.grad)
print(ln.weight.grad, ln.bias.grad)

# two normalised dims, a trained-looking affine, eps
ln2 = nn.LayerNorm([3, 4], eps=1e-3)
print(ln2, [n for n, _ in ln2.named_parameters()])
nn.init.uniform_(ln2.weight, -2, 2)
nn.init.normal_(ln2.bias)
z = torch.randn(2, 3, 4) * 5 + 2
print(ln2(z))
print(ln2(z).mean().item() != 0)

# no affine parameters
plain = nn.LayerNorm((4,), elementwise_affine=False)
print(plain, plain.weight, list(plain.parameters()))
print(plain(z))
print(F.layer_norm(z, [3, 4]))
print(F.layer_norm(torch.tensor([[1.0, 2.0, 3.0], [4.0, 4.0, 4.0]]), (3,), torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.5, 0.0, -0.5])))

# in a model, with double precision
model = nn.Sequential(nn.Linear(4, 6), nn.LayerNorm(6), nn.ReLU()).double()
print(model)
out = model(torch.randn(3, 4, dtype=torch.float64))
print(out)
F.layer_norm(torch.randn(2, 5), (4,))
