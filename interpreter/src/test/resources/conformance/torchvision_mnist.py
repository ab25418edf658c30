import torch
import torchvision
from torchvision import datasets, transforms

train = datasets.MNIST(root="data", train=True, download=True)
test = datasets.MNIST(root="data", train=False, download=True, transform=transforms.ToTensor())
print(train)
print(test)
print(len(train), len(test))
print(train.data.shape, train.data.dtype, train.targets.shape, train.targets.dtype)
print(test.data.shape, test.targets.shape)
print(train.targets[:20])
print(test.targets[:20])
print(train.classes)
print(train.class_to_idx)
print([int(train.data[i].sum()) for i in range(10)])
print([int(test.data[i].sum()) for i in range(10)])
print([int((train.targets == c).sum()) for c in range(10)])
print([int((test.targets == c).sum()) for c in range(10)])
print(train.data[0, 5:10, 10:18])
img, label = train[0]
print(type(img).__name__, img.mode, img.size, label, type(label).__name__)
print(img.getpixel((12, 7)), img.getpixel((0, 0)))
x, y = test[1]
print(x.shape, x.dtype, y)
print(x.sum(), x.mean(), x.std())
print(x[0, 10, 8:16])
print(train.data.float().div(255).mean())
print(int(train.data.sum()), int(test.data.sum()))
print(train.data.max(), train.data.min())
