import torch


def scale(grad):
    print("scaling", grad)
    return grad * factor


x = torch.tensor([1.0, 2.0], requires_grad=True)
x.register_hook(scale)
y = (x * x).sum()
y.backward()
