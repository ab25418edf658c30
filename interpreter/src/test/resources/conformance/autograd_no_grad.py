import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y1 = x * x
with torch.no_grad():
    y2 = x * x * x
    print(y2, y2.requires_grad, torch.is_grad_enabled())
y3 = y1 + y2
print(y3, torch.is_grad_enabled())
y3.sum().backward()
print(x.grad)

def cube_without_grad(t):
    with torch.no_grad():
        return t * t * t

print(cube_without_grad(x).requires_grad, torch.is_grad_enabled())
for i in range(3):
    with torch.no_grad():
        if i == 1:
            continue
        if i == 2:
            break
print(torch.is_grad_enabled())
with torch.no_grad():
    with torch.enable_grad():
        print((x * 2).requires_grad)
    print((x * 2).requires_grad)
with torch.no_grad() as nothing:
    print(nothing)
