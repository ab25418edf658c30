import torch

# exp(4.0) is left out: PyTorch's SLEEF expf is 1 ULP off there (see UnaryOp's known difference).
x = torch.tensor([0.5, 1.0, 2.0, 3.0])
print(x ** 2, 2 ** x, x ** x, x.pow(3), torch.tensor([1, 2, 3]) ** 2)
print(torch.exp(x), x.log(), x.sin(), x.cos(), x.sqrt())
print(torch.tanh(x), torch.sigmoid(x), torch.relu(x - 1.5), (x - 1.5).abs(), torch.sign(x - 1))
print(torch.exp(torch.tensor([1, 2])), torch.tensor([-2, 3]).abs())

v = torch.tensor([0.5, 1.5, 2.0], requires_grad=True)
results = [v ** 3, 2 ** v, v ** v, v.exp(), v.log(), v.sin(), v.cos(), v.sqrt(), v.tanh(), v.sigmoid(),
           (v - 1).relu(), (v - 1).abs()]
for y in results:
    v.grad = None
    y.sum().backward()
    print(y.grad_fn.name(), v.grad)

# y = x**3 from the seed tutorial, with the gradient 3x^2
x3 = torch.tensor(2.0, requires_grad=True)
y3 = x3 ** 3
y3.backward()
print(y3, x3.grad)
