# Devices: tensor.device, torch.device, device= on factories, to(device), cpu(); CUDA absent as in a CPU build of PyTorch.
import torch
x = torch.arange(6.0).reshape(2, 3)
print(x.device, repr(x.device), x.is_cuda, x.device == torch.device("cpu"), x.device.type, x.device.index)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(device, torch.cuda.is_available(), torch.cuda.device_count())
y = x.to(device)
print(y is x, x.to(torch.float64).dtype, x.to(device, torch.int64), x.to("cpu", dtype=torch.float64).dtype)
print(x.to(torch.zeros(1, dtype=torch.int32)).dtype, x.cpu() is x, x.to(copy=True) is x)
print(torch.zeros(2, device="cpu"), torch.tensor([1.0], device=device), torch.randn(2, device=torch.device("cpu")).shape)
print(torch.device("cuda:1"), repr(torch.device("cuda", 0)))
for bad in (lambda: x.cuda(), lambda: x.to("cuda"), lambda: torch.zeros(2, device="cuda"), lambda: torch.device("gpu")):
    try:
        bad()
    except (AssertionError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
