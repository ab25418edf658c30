import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms, utils

torch.manual_seed(0)
train = datasets.FashionMNIST(root="data", train=True, download=True, transform=transforms.ToTensor())
loader = DataLoader(train, batch_size=64, shuffle=True)
print(len(loader))
images, labels = next(iter(loader))
print(images.shape, images.dtype, labels.shape, labels.dtype)
print(labels.tolist())
print(images.sum(), images.mean())

test = datasets.MNIST(root="data", train=False, transform=transforms.Compose([
    transforms.ToTensor(), transforms.Normalize((0.1307,), (0.3081,))]))
loader = DataLoader(test, batch_size=100, shuffle=False)
for i, (x, y) in enumerate(loader):
    if i == 2:
        print(x.shape, y[:16], x.sum())
        break

grid = utils.make_grid(images[:16], nrow=4)
print(grid.shape, grid.dtype, grid.sum())
print(grid[0, 0, :8], grid[1, 30, 30:40])
grid = utils.make_grid(images[:10], nrow=3, padding=1, normalize=True, pad_value=0.5)
print(grid.shape, grid.sum(), grid[2, 29, :6])
print(utils.make_grid(images[0]).shape)
