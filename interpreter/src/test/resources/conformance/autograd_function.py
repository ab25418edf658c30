# torch.autograd.Function: a learner's own op with forward/backward and ctx.
import torch
from torch.autograd import Function


class MyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.clamp(min=0)

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        grad_input = grad_output.clone()
        grad_input[x < 0] = 0
        return grad_input


x = torch.tensor([-1.0, 2.0, -3.0, 4.0], requires_grad=True)
y = MyReLU.apply(x)
print(y)
print(str(y.grad_fn).split(" ")[0])
print(y.grad_fn.name(), type(y.grad_fn).__name__)
print([type(f).__name__ for f, _ in y.grad_fn.next_functions])
print(y.grad_fn.saved_tensors)
(y * y).sum().backward()
print(x.grad)


class Scale(Function):
    @staticmethod
    def forward(ctx, x, factor, name):
        print("forward", ctx.needs_input_grad, torch.is_grad_enabled(), name)
        ctx.factor = factor
        return x * factor

    @staticmethod
    def backward(ctx, g):
        print("backward", torch.is_grad_enabled())
        return g * ctx.factor, None, None


a = torch.ones(2, 3, requires_grad=True)
b = Scale.apply(a, 2.5, "s")
print(b.grad_fn.factor, len(b.grad_fn.next_functions))
c = MyReLU.apply(b - 2)
print(c)
c.sum().backward()
print(a.grad)
with torch.no_grad():
    d = Scale.apply(a, 2, "no_grad")
print(d.requires_grad, d.grad_fn)
print(Scale.apply(torch.ones(2), 3, "plain"))


class Square(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g


t = torch.tensor(3.0, requires_grad=True)
s = Square.apply(t)
g, = torch.autograd.grad(s, t, create_graph=True)
print(g)
g.backward()
print(t.grad)
print(torch.autograd.gradcheck(Square.apply, (torch.tensor([0.5, -1.5, 2.0], dtype=torch.float64, requires_grad=True),)))


class SortWithIndices(Function):
    @staticmethod
    def forward(ctx, x):
        values, indices = x.sort()
        ctx.mark_non_differentiable(indices)
        ctx.save_for_backward(indices)
        return values, indices

    @staticmethod
    def backward(ctx, g_values, g_indices):
        indices, = ctx.saved_tensors
        print("g_indices", g_indices)
        grad = torch.zeros_like(g_values)
        grad[indices] = g_values
        return grad


v = torch.tensor([3.0, 1.0, 2.0], requires_grad=True)
values, indices = SortWithIndices.apply(v)
print(values, indices, indices.requires_grad)
(values * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(v.grad)


class Identity(Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 2


i = Identity.apply(x)
print(i is x, i.grad_fn.name(), x.is_leaf)


class TooMany(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g, g


class NotATensor(Function):
    @staticmethod
    def forward(ctx, x, k):
        return x * k

    @staticmethod
    def backward(ctx, g):
        return g, g


class WrongShape(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g[:2]


class NoBackward(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2


for op in (TooMany, NotATensor, WrongShape, NoBackward):
    try:
        out = op.apply(x, 3) if op is NotATensor else op.apply(x)
        out.sum().backward()
    except Exception as e:
        print(type(e).__name__, e)
try:
    Function.apply(x)
except NotImplementedError as e:
    print("NotImplementedError", e)
z = Square.apply(x)
z.sum().backward()
try:
    z.grad_fn.saved_tensors
except RuntimeError as e:
    print("RuntimeError", str(e)[:60])
