import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# one_hot
labels = torch.tensor([0, 2, 1, 3])
print(F.one_hot(labels))
print(F.one_hot(labels, num_classes=5))
h = F.one_hot(torch.tensor([[1, 0], [2, 2]]), 3)
print(h, h.shape, h.dtype)
print(F.one_hot(torch.tensor(2), 4))
print(F.one_hot(torch.tensor([], dtype=torch.long), 3))
attempt("float", lambda: F.one_hot(torch.tensor([0.0, 1.0])))
attempt("int32", lambda: F.one_hot(torch.tensor([0, 1], dtype=torch.int32)))
attempt("negative", lambda: F.one_hot(torch.tensor([0, -1])))
attempt("too large", lambda: F.one_hot(torch.tensor([0, 3]), 3))
attempt("empty", lambda: F.one_hot(torch.tensor([], dtype=torch.long)))

# pad, constant mode
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = F.pad(x, (1, 2))
print(y)
y.backward(torch.arange(12.0).view(2, 6))
print(x.grad)
z = F.pad(x, (1, 1, 2, 0), value=-1.5)
print(z, z.shape)
x.grad = None
c = F.pad(x, (-1, 1, 0, -1))
print(c)
(c * torch.arange(3.0)).sum().backward()
print(x.grad)
crop = F.pad(x, (-1, -1))
print(crop, type(crop.grad_fn).__name__)
print(F.pad(torch.arange(6).view(2, 3), (0, 1), value=7))
print(F.pad(torch.ones(1, 1, 2, 2), (1, 1, 1, 1, 1, 0)).shape)
attempt("odd", lambda: F.pad(x, (1,)))
attempt("long", lambda: F.pad(x, (1, 1, 1, 1, 1, 1)))
attempt("narrow", lambda: F.pad(x, (-2, -2)))
attempt("mode", lambda: F.pad(x, (1, 1), mode="wrap"))

# pad, reflect and replicate
r = torch.arange(12.0).view(1, 3, 4).requires_grad_()
for mode in ["reflect", "replicate"]:
    r.grad = None
    p = F.pad(r, (2, 1), mode=mode)
    print(mode, p)
    p.backward(torch.arange(21.0).view(1, 3, 7))
    print(r.grad)
    r.grad = None
    q = F.pad(r.view(1, 1, 3, 4), (1, 2, 2, 1), mode=mode)
    print(mode, q)
    q.pow(2).sum().backward()
    print(r.grad)
print(F.pad(r, (-1, 2), mode="reflect"))
print(F.pad(torch.arange(6.0).view(2, 3), (2, 0), mode="replicate"))
attempt("reflect too wide", lambda: F.pad(r, (4, 0), mode="reflect"))
attempt("reflect value", lambda: F.pad(r, (1, 1), mode="reflect", value=2.0))
attempt("reflect 1-D", lambda: F.pad(torch.arange(3.0), (1, 1), mode="reflect"))
attempt("replicate int64", lambda: F.pad(torch.arange(6).view(1, 2, 3), (2, 1), mode="replicate"))
attempt("reflect 2-D int32", lambda: F.pad(torch.ones(1, 2, 3, dtype=torch.int32), (1, 1, 1, 1), mode="reflect"))
attempt("pad floats", lambda: F.pad(x, [1.5, 1]))

# normalize
v = torch.tensor([[3.0, 4.0, 0.0], [1.0, -2.0, 2.0]], requires_grad=True)
n = F.normalize(v)
print(n)
node = n.grad_fn
print(type(node).__name__, [type(f).__name__ for f, _ in node.next_functions])
node = node.next_functions[1][0]
while node is not None and node.next_functions:
    node = node.next_functions[0][0]
    print(type(node).__name__)
n.backward(torch.tensor([[1.0, 0.5, -1.0], [0.2, 0.3, 0.4]]))
print(v.grad)
print(F.normalize(v, dim=0))
print(F.normalize(v, p=1.0, dim=1))
print(F.normalize(torch.zeros(2, 2)))
print(F.normalize(torch.tensor([1.0, 2.0, 2.0]), dim=0))

# interpolate, nearest
torch.manual_seed(1)
img = torch.randn(1, 2, 2, 3, requires_grad=True)
up = F.interpolate(img, scale_factor=2)
print(up, up.shape)
up.backward(torch.arange(48.0).view(1, 2, 4, 6))
print(img.grad)
img.grad = None
odd = F.interpolate(img, size=(3, 5))
print(odd)
odd.sum().backward()
print(img.grad)
print(F.interpolate(img, scale_factor=(1.5, 0.7)).shape)
print(F.interpolate(img, size=4, mode="nearest"))
seq = torch.tensor([[[1.0, 2.0, 3.0]]], requires_grad=True)
s = F.interpolate(seq, size=7)
print(s)
s.backward(torch.arange(7.0).view(1, 1, 7))
print(seq.grad)
print(F.interpolate(seq, scale_factor=2.5))

# interpolate, bilinear
src = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]], requires_grad=True)
for align in [False, True]:
    src.grad = None
    b = F.interpolate(src, size=(3, 4), mode="bilinear", align_corners=align)
    print(b)
    b.backward(torch.arange(12.0).view(1, 1, 3, 4))
    print(src.grad)
img.grad = None
b = F.interpolate(img, scale_factor=2, mode="bilinear")
print(b)
b.pow(2).sum().backward()
print(img.grad)
print(F.interpolate(img, size=(5, 4), mode="bilinear", align_corners=True))
print(F.interpolate(img, size=(1, 1), mode="bilinear"))
# every float32 digit: a one-channel input (channels-last contiguous) and a three-channel one take
# different kernels in PyTorch, which round differently
torch.manual_seed(3)
for shape in [(1, 1, 5, 6), (2, 3, 5, 6)]:
    t = torch.randn(*shape, requires_grad=True)
    for align in [False, True]:
        t.grad = None
        y = F.interpolate(t, size=(7, 11), mode="bilinear", align_corners=align)
        print(y.reshape(-1).tolist()[::9])
        y.backward(torch.linspace(-1, 1, y.numel()).view(y.shape))
        print(t.grad.reshape(-1).tolist()[::4])
d = t.detach().double().requires_grad_()
y = F.interpolate(d, scale_factor=1.7, mode="bilinear")
print(y.reshape(-1).tolist()[::13])
y.backward(torch.linspace(-1, 1, y.numel(), dtype=torch.float64).view(y.shape))
print(d.grad.reshape(-1).tolist()[::5])
# interpolate, linear, nearest-exact and area
for align in [False, True]:
    seq.grad = None
    lin = F.interpolate(seq, size=5, mode="linear", align_corners=align)
    print(lin)
    lin.backward(torch.arange(5.0).view(1, 1, 5))
    print(seq.grad)
torch.manual_seed(4)
wave = torch.randn(2, 3, 6, requires_grad=True)
lin = F.interpolate(wave, scale_factor=1.5, mode="linear")
print(lin.reshape(-1).tolist()[::4])
lin.backward(torch.linspace(-1, 1, lin.numel()).view(lin.shape))
print(wave.grad.reshape(-1).tolist()[::3])
img.grad = None
exact = F.interpolate(img, size=(3, 5), mode="nearest-exact")
print(exact)
exact.backward(torch.arange(30.0).view(1, 2, 3, 5))
print(img.grad)
print(F.interpolate(seq, scale_factor=1.7, mode="nearest-exact"))
print(F.interpolate(wave, size=4, mode="area"))
area = F.interpolate(img, scale_factor=0.5, mode="area")
print(area, area.shape)
print(F.interpolate(img, size=(1, 2), mode="area"))
attempt("both", lambda: F.interpolate(img, size=2, scale_factor=2))
attempt("neither", lambda: F.interpolate(img))
attempt("align nearest", lambda: F.interpolate(img, scale_factor=2, align_corners=True))
attempt("size length", lambda: F.interpolate(img, size=(2, 2, 2)))
attempt("linear 4-D", lambda: F.interpolate(img, scale_factor=2, mode="linear"))
attempt("2-D input", lambda: F.interpolate(torch.ones(2, 3), size=4))
attempt("empty output", lambda: F.interpolate(img, size=(0, 3)))
print(F.interpolate(torch.arange(6, dtype=torch.uint8).view(1, 2, 3), scale_factor=2))
attempt("int64 nearest", lambda: F.interpolate(torch.ones(1, 2, 2, 2, dtype=torch.long), scale_factor=2))
attempt("int64 one channel", lambda: F.interpolate(torch.ones(1, 1, 2, 2, dtype=torch.long), scale_factor=2))
attempt("uint8 bilinear", lambda: F.interpolate(torch.ones(1, 2, 2, 2, dtype=torch.uint8), scale_factor=2, mode="bilinear"))

up_layer = nn.Upsample(scale_factor=2, mode="nearest")
print(up_layer)
print(up_layer(seq))
print(nn.Upsample(size=(3, 4), mode="bilinear", align_corners=True))
print(nn.Upsample(scale_factor=(2, 3)))
print(nn.Upsample(size=(2, 6), mode="bilinear")(src))
print(nn.UpsamplingNearest2d(scale_factor=2), nn.UpsamplingBilinear2d(size=(3, 4)))
print(nn.UpsamplingBilinear2d(scale_factor=2)(src))
print(nn.UpsamplingNearest2d(size=3)(src))
print(F.upsample(src, scale_factor=2, mode="bilinear"))
print(F.upsample_nearest(src, size=3), F.upsample_bilinear(src, scale_factor=1.5))
