import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)


@torch.no_grad()
def predict(x):
    print("inside", torch.is_grad_enabled())
    return w * x


@torch.enable_grad()
def tracked(x):
    return w * x


@torch.inference_mode()
def infer(x):
    return (w * x, torch.is_inference_mode_enabled())


y = predict(3.0)
print(y, y.requires_grad, torch.is_grad_enabled())
with torch.no_grad():
    z = tracked(2.0)
print(z, z.requires_grad)
r = infer(4.0)
print(r[0].requires_grad, r[1], torch.is_inference_mode_enabled())
