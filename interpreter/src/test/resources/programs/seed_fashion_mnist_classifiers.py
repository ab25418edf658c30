# The seed's softmax regression and multilayer perceptron on Fashion-MNIST (seed 001), written without
# the d2l helper package: d2l.load_data_fashion_mnist is torchvision's FashionMNIST with ToTensor in a
# shuffling DataLoader, and d2l.train_ch3 is the loop below (the mean of reduction='none' losses).
# Each model trains one epoch (the seed trains ten). SeedTrainingProgramsTest runs it and compares
# the accuracies with those real PyTorch prints for this program (generate_torchvision_goldens.py).
import torch
import torchvision
from torch import nn
from torch.utils import data
from torchvision import transforms

batch_size = 256
trans = transforms.ToTensor()
mnist_train = torchvision.datasets.FashionMNIST(root="data", train=True, transform=trans, download=True)
mnist_test = torchvision.datasets.FashionMNIST(root="data", train=False, transform=trans, download=True)


def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)


def accuracy(y_hat, y):
    return float((y_hat.argmax(axis=1).type(y.dtype) == y).type(y.dtype).sum())


def evaluate_accuracy(net, data_iter):
    net.eval()
    correct, total = 0.0, 0
    with torch.no_grad():
        for X, y in data_iter:
            correct += accuracy(net(X), y)
            total += y.numel()
    return correct / total


def train_epoch(net, train_iter, loss, updater):
    net.train()
    loss_sum, correct, total = 0.0, 0.0, 0
    for X, y in train_iter:
        y_hat = net(X)
        l = loss(y_hat, y)
        updater.zero_grad()
        l.mean().backward()
        updater.step()
        loss_sum += float(l.sum())
        correct += accuracy(y_hat, y)
        total += y.numel()
    return loss_sum / total, correct / total


models = {
    "softmax regression": lambda: nn.Sequential(nn.Flatten(), nn.Linear(784, 10)),
    "multilayer perceptron": lambda: nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10)),
}
for name, make_net in models.items():
    torch.manual_seed(0)
    net = make_net()
    net.apply(init_weights)
    train_iter = data.DataLoader(mnist_train, batch_size, shuffle=True)
    test_iter = data.DataLoader(mnist_test, batch_size, shuffle=False)
    loss = nn.CrossEntropyLoss(reduction='none')
    trainer = torch.optim.SGD(net.parameters(), lr=0.1)
    train_loss, train_acc = train_epoch(net, train_iter, loss, trainer)
    test_acc = evaluate_accuracy(net, test_iter)
    print(f"{name}: train loss {train_loss:.4f}, train acc {train_acc:.4f}, test acc {test_acc:.4f}")
