import torch
from torchvision import datasets, transforms

train = datasets.FashionMNIST(root="data", train=True, download=True, transform=transforms.ToTensor())
test = datasets.FashionMNIST("data", train=False)
print(train)
print(test)
print(len(train), len(test))
print(train.data.shape, train.data.dtype, train.targets.dtype)
print(train.targets[:20])
print(test.targets[:20])
print(train.classes)
print(test.class_to_idx)
print([int(train.data[i].sum()) for i in range(10)])
print([int(test.data[i].sum()) for i in range(10)])
print([int((train.targets == c).sum()) for c in range(10)])
x, y = train[0]
print(x.shape, y, train.classes[y])
print(x.sum(), x.mean(), x.std())
print(x[0, 4, 10:20])
img, label = test[0]
print(type(img).__name__, img.mode, img.size, label)
print(train.data.float().div(255).mean())
print(int(train.data.sum()), int(test.data.sum()))
print(train.data[59999, 14, :14])
print(test.data[9999].sum(), test.targets[-5:])
