"""Training speed of the seed tutorials' models: each workload timed in-process (best of several
repeats, so JVM warm-up and process start are left out). Run by benchmarks/nn.sh with Torchlet and
with PyTorch 1.13 (Debian's python3-torch) on the same machine. Data are random tensors of MNIST's
shape (the speed does not depend on the pixels); the epoch is extrapolated from timed batches."""
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class CNN(nn.Module):
    """The seed's MNIST CNN (seed 002, part 2): conv(stride 2)-relu-pool, conv-relu, a linear classifier."""

    def __init__(self):
        super(CNN, self).__init__()
        self.conv1 = nn.Sequential(nn.Conv2d(in_channels=1, out_channels=16, kernel_size=5, stride=2, padding=2), nn.ReLU(),
                                   nn.MaxPool2d(2))
        self.conv2 = nn.Sequential(nn.Conv2d(16, 32, 5, 1, 2), nn.ReLU())
        self.out = nn.Linear(32 * 7 * 7, 10)

    def forward(self, x):
        x = self.conv2(self.conv1(x))
        return self.out(x.view(x.size(0), -1))


def train_steps(model, optimizer, images, labels, steps):
    for _ in range(steps):
        optimizer.zero_grad()
        loss = F.cross_entropy(model(images), labels)
        loss.backward()
        optimizer.step()
    return round(loss.item(), 2)


def conv_forward_backward(conv, images):
    out = conv(images)
    out.sum().backward()
    return tuple(out.shape)


def best_of(repeats, workload, *args):
    best = None
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = workload(*args)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None or elapsed < best else best
    return best, result


images = torch.randn(64, 1, 28, 28)
labels = torch.randint(0, 10, (64,))
cnn = CNN()
mlp = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
conv = nn.Conv2d(1, 32, 3, padding=1)
cnn_batches = 5
for name, repeats, workload, args, scale in [
    ("cnn_epoch_938_batches", 3, train_steps, (cnn, torch.optim.SGD(cnn.parameters(), lr=0.01), images, labels, cnn_batches),
     938 / cnn_batches),
    ("mlp_784_256_10_step", 5, train_steps, (mlp, torch.optim.SGD(mlp.parameters(), lr=0.1), images, labels, 1), 1),
    ("conv2d_64x1x28x28_fwd_bwd", 5, conv_forward_backward, (conv, images), 1),
]:
    best, result = best_of(repeats, workload, *args)
    print(f"{name} {best * scale * 1000:.1f} ms (result {result})")
