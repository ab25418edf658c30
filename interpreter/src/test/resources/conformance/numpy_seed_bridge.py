# The seed tutorial's NumPy bridge (seed 003): numpy() and from_numpy() share memory both ways.
import torch

#使用numpy()将Tensor转换成NumPy数组
a = torch.ones(5)
b = a.numpy()
print(a, b)
a += 1
print(a, b)
b += 1
print(a, b)

#使用from_numpy()将NumPy数组转换成Tensor
import numpy as np
a = np.ones(5)
b = torch.from_numpy(a)
print(a, b)
a += 1
print(a, b)
b += 1
print(a, b)

# torch.tensor() always copies; torch.as_tensor() shares
c = torch.tensor(a)
d = torch.as_tensor(a)
a[0] = 100
print(c, d)
print(torch.as_tensor(a, dtype=torch.float32))

# seed 001: np.array(data) then from_numpy
data = [[1, 2], [3, 4]]
np_array = np.array(data)
x_np = torch.from_numpy(np_array)
print(x_np)
t = torch.arange(6).view(2, 3)
n = t.numpy()
print(repr(n), n.dtype, torch.from_numpy(np.array([1.5, 2.5], dtype=np.float32)))
print(repr(torch.zeros(2, dtype=torch.int32).numpy()), repr(torch.tensor([True, False]).numpy()))
w = torch.ones(2, requires_grad=True)
try:
    w.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(w.detach().numpy())
# seed 002's accuracy line: comparing an array with a tensor's numpy() and astype(int).sum()
pred_y = np.array([1, 0, 2, 1])
test_y = torch.tensor([1, 1, 2, 1])
accuracy = float((pred_y == test_y.data.numpy()).astype(int).sum()) / float(test_y.size(0))
print(accuracy)
