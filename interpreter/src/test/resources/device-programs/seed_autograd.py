# The seed tutorials' first autograd program, on the accelerator when there is one.
import torch

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
x = torch.ones(2, 2, requires_grad=True, device=device)
print(x.is_leaf, x.device)
y = x + 2
z = y * y * 3
out = z.mean()
print(y)
print(z, out)
out.backward()
print(x.grad)

w = torch.arange(6.).reshape(2, 3).to(device)
print(w @ w.T)
print(w.sum(1).tolist(), w.mean().item(), w.t().cpu())
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = (v.to(device) * torch.tensor(2.0)).sum()
s.backward()
print(v.grad, s.item())
