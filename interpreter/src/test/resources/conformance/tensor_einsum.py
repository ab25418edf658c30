# torch.einsum's common forms, their grad_fns and gradients.
import torch

a = torch.arange(6.0).reshape(2, 3).requires_grad_()
b = torch.arange(12.0).reshape(3, 4).requires_grad_()
v = torch.arange(3.0).requires_grad_()
cases = [("ij,jk->ik", (a, b)), ("ij->ji", (a,)), ("ij->", (a,)), ("ij->j", (a,)), ("i,i->", (v, v)),
         ("i,j->ij", (v, v)), ("ij,j->i", (a, v)), ("bij,bjk->bik", (a.reshape(1, 2, 3), b.reshape(1, 3, 4))),
         ("ij,jk", (a, b)), ("...ij,...jk->...ik", (a, b)), ("ij,kj->ik", (a, a)), ("ij,ij->i", (a, a)),
         ("bi,bj->bij", (a, a)), ("ij,jk,kl->il", (a, b, b.t()))]
for eq, ops in cases:
    r = torch.einsum(eq, *ops)
    print(eq, r.grad_fn.name(), r.shape)
    print(r)
print(torch.einsum("ij,jk->ik", [a, b]).shape)
sq = torch.arange(9.0).reshape(3, 3).requires_grad_()
cube = torch.arange(18.0).reshape(3, 3, 2).requires_grad_()
for eq, ops in [("ij->ij", (a,)), ("ii->i", (sq,)), ("ii->", (sq,)), ("ii", (sq,)), ("iij->ji", (cube,)), ("iij->j", (cube,)),
                ("ii,i->i", (sq, sq[0])), ("ij,jj->i", (a, sq))]:
    r = torch.einsum(eq, *ops)
    print(eq, r.grad_fn.name(), r)
torch.einsum("ii->i", sq).backward(torch.tensor([1.0, 2.0, 3.0]))
print(sq.grad)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
y = torch.tensor([[0.5, -1.0], [2.0, 1.0]], requires_grad=True)
torch.einsum("ij,jk->ik", x, y).sum().backward()
print(x.grad, y.grad)
x.grad = None
torch.einsum("ij,ij->", x, x).backward()
print(x.grad)
try:
    torch.einsum("ij,jk->ik", a, a)
except RuntimeError as e:
    print("RuntimeError", e)
