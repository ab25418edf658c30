# Seed 000, section 2.6: linear regression y = 3x^2 + 2 learned by hand with NumPy (plots left out).
# NumPy 1.24 on AVX-512 computes np.power with SVML (last-bit differences from a correctly rounded
# x*x), so the running losses are printed to 10 decimals; the seed itself prints only w1 and b1.
import numpy as np

np.random.seed(100)
x = np.linspace(-1, 1, 100).reshape(100, 1)
y = 3 * np.power(x, 2) + 2 + 0.2 * np.random.rand(x.size).reshape(100, 1)

# 随机初始化参数
w1 = np.random.rand(1, 1)
b1 = np.random.rand(1, 1)

lr = 0.001  # 学习率

for i in range(800):
    # 前向传播
    y_pred = np.power(x, 2) * w1 + b1
    # 定义损失函数
    loss = 0.5 * (y_pred - y) ** 2
    loss = loss.sum()
    # 计算梯度
    grad_w = np.sum((y_pred - y) * np.power(x, 2))
    grad_b = np.sum((y_pred - y))
    # 使用梯度下降法，使loss最小
    w1 -= lr * grad_w
    b1 -= lr * grad_b
    if i % 200 == 0:
        print(i, f"{loss:.10f}")

print(w1, b1)
print(y_pred[:5].T, round(loss, 10))

# the same model with the vectorised forms the tutorial's table lists: np.dot, .T, .mean
np.random.seed(1)
X = np.random.randn(50, 2)
true_w = np.array([[2.0], [-3.4]])
Y = np.dot(X, true_w) + 4.2 + 0.01 * np.random.randn(50, 1)
W = np.zeros((2, 1))
b = 0.0
for epoch in range(200):
    err = X @ W + b - Y
    W -= 0.1 * X.T.dot(err) / len(X)
    b -= 0.1 * err.mean()
print(W.T, b, (err ** 2).mean())
