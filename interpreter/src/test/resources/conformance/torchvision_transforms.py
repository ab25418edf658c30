import torch
from torchvision import datasets, transforms
from torchvision.transforms import InterpolationMode
import torchvision.transforms.functional as F

norm = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))])
print(norm)
ds = datasets.MNIST("data", train=True, transform=norm, target_transform=transforms.Lambda(lambda y: y * 2))
print(ds)
x, y = ds[0]
print(x.shape, x.dtype, y)
print(x.sum(), x.mean(), x.std(), x.min(), x.max())
print(x[0, 12, 8:16])

raw = datasets.MNIST("data", train=False)
img, label = raw[0]
t = transforms.ToTensor()(img)
print(transforms.ToTensor(), transforms.PILToTensor())
print(transforms.PILToTensor()(img).shape, transforms.PILToTensor()(img).dtype, transforms.PILToTensor()(img).sum())
n = transforms.Normalize(mean=[0.5], std=[0.5])
print(n)
print(n(t).sum(), n(t)[0, 7, 5:12])
print(F.normalize(t, [0.1307], [0.3081]).mean())
twice = transforms.Lambda(lambda v: v * 2)
print(twice, twice(t).sum())

for tr in [transforms.Resize(14), transforms.Resize(14, interpolation=InterpolationMode.NEAREST),
           transforms.Resize((20, 36)), transforms.Resize(56), transforms.Resize([10, 10], InterpolationMode.NEAREST),
           transforms.Resize(28), transforms.Resize(9), transforms.Resize(45, interpolation=InterpolationMode.NEAREST)]:
    print(tr)
    r = tr(img)
    p = transforms.PILToTensor()(r)
    print(r.size, p.shape, p.sum(), p.float().mean())
    print(p[0, p.size(1) // 2])

small = transforms.Compose([transforms.Resize(16), transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))])
print(small)
print(small(img).shape, small(img).sum())

try:
    transforms.ToTensor()(t)
except TypeError as e:
    print("TypeError", e)
try:
    transforms.Normalize((0.5,), (0.5,))(transforms.PILToTensor()(img))
except TypeError as e:
    print("TypeError", e)
try:
    transforms.Normalize((0.5,), (0.0,))(t)
except ValueError as e:
    print("ValueError", e)
try:
    transforms.Lambda(3)
except TypeError as e:
    print("TypeError", e)

# Exact values (float64 sums of float32 results) of ToTensor and of Normalize's fast and general paths.
print(t.double().sum().item(), t.double().pow(2).sum().item())
print(x.double().sum().item(), x.double().pow(2).sum().item())
rgb = torch.cat([t, t.flip(2), t.flip(1)])
a = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])(rgb)
b = transforms.Normalize(torch.tensor([0.485, 0.456, 0.406]), torch.tensor([0.229, 0.224, 0.225]))(rgb)
c = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225], inplace=True)(rgb.clone())
print(a.double().sum().item(), b.double().sum().item(), c.double().sum().item())
print(torch.equal(a, b), torch.equal(a, c), a[2, 14, 10:14])
print(transforms.Normalize(1, 2)(t).double().sum().item())
