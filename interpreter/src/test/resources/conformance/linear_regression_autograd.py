# y = 3x^2 + 2 fitted with tensors and autograd (the seed tutorial's second way).
import torch

torch.manual_seed(100)
x = torch.rand(20, 1) * 2 - 1
y = 3 * x ** 2 + 2 + 0.2 * torch.randn(20, 1)

w = torch.randn(1, 1, requires_grad=True)
b = torch.zeros(1, 1, requires_grad=True)
lr = 0.1
for epoch in range(200):
    y_pred = x ** 2 @ w + b
    loss = 0.5 * ((y_pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if epoch % 50 == 0:
        # The loss tensor, not loss.item(): float32 sums are accumulated in double in Torchlet, so
        # the 8th significant digit can differ from PyTorch's float accumulation (see Reductions).
        print(epoch, loss)
print(w, b)
print(loss)
