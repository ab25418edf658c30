import torch

x = torch.ones(2, requires_grad=True)
torch.set_grad_enabled(False)
y = x * 2
print(y.requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
with torch.set_grad_enabled(False):
    z = x * 2
    print(torch.is_grad_enabled())
print(z.requires_grad, torch.is_grad_enabled())
with torch.inference_mode():
    w = x * 3
    print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
print(w.requires_grad, torch.is_inference_mode_enabled())
with torch.no_grad():
    with torch.enable_grad():
        e = x * 4
print(e.requires_grad)
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = (a * b + a).sum()
fn = c.grad_fn
print(fn.name())
print(fn.next_functions[0][0].name(), fn.next_functions[0][1])
add = fn.next_functions[0][0]
print(len(add.next_functions))
print(add.next_functions[0][0].name(), add.next_functions[1][0].name())
acc = add.next_functions[1][0]
print(acc.variable)
mul = add.next_functions[0][0]
print(mul.next_functions[0][0].name(), mul.next_functions[1][0].name())
n = torch.ones(2) * a
print(n.grad_fn.next_functions[0][0], n.grad_fn.next_functions[1][0].name())
print(a._version)
with torch.no_grad():
    a += 1
print(a._version, a)
d = a.data
d += 1
print(a._version, a)
