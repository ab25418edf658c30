# The seed's MNIST CNN (seed 002, part 2), trained one epoch as the seed does (batch 50, Adam 0.001),
# then tested on all 10,000 test images. SeedTrainingProgramsTest runs it and expects 97%+ as the seed reports;
# PyTorch 1.13 reaches 0.9797 with this seed, Torchlet 0.9793 (float sums in another order).
import time
import torch
import torch.nn as nn
import torch.utils.data as Data
import torchvision

torch.manual_seed(1)
EPOCH = 1
BATCH_SIZE = 50
LR = 0.001
train_data = torchvision.datasets.MNIST(root='./mnist/', train=True, transform=torchvision.transforms.ToTensor(), download=True)
train_loader = Data.DataLoader(dataset=train_data, batch_size=BATCH_SIZE, shuffle=True)
test_data = torchvision.datasets.MNIST(root='./mnist/', train=False)
test_x = torch.unsqueeze(test_data.data, dim=1).type(torch.FloatTensor) / 255.
test_y = test_data.targets


class CNN(nn.Module):
    def __init__(self):
        super(CNN, self).__init__()
        self.conv1 = nn.Sequential(
            nn.Conv2d(in_channels=1, out_channels=16, kernel_size=5, stride=2, padding=2),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.conv2 = nn.Sequential(nn.Conv2d(16, 32, 5, 1, 2), nn.ReLU())
        self.out = nn.Linear(32 * 7 * 7, 10)

    def forward(self, x):
        x = self.conv1(x)
        x = self.conv2(x)
        x = x.view(x.size(0), -1)
        output = self.out(x)
        return output


cnn = CNN()
optimizer = torch.optim.Adam(cnn.parameters(), lr=LR)
loss_func = nn.CrossEntropyLoss()
start = time.time()
for epoch in range(EPOCH):
    for step, (b_x, b_y) in enumerate(train_loader):
        output = cnn(b_x)
        loss = loss_func(output, b_y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step % 200 == 0:
            print('Epoch:', epoch, '| step:', step, '| train loss: %.4f' % loss.item(), '| %.0f s' % (time.time() - start))
with torch.no_grad():
    correct = 0
    for i in range(0, 10000, 1000):
        pred_y = torch.max(cnn(test_x[i:i + 1000]), 1)[1]
        correct += (pred_y == test_y[i:i + 1000]).sum().item()
print('test accuracy: %.4f' % (correct / 10000), '| total %.0f s' % (time.time() - start))
