# The seed tutorial's CNN on MNIST (torchvision.datasets + DataLoader), five steps of training (later steps drift in the 4th decimal: the engine's convolution sums in another order than PyTorch's).
# Its NumPy calls (.numpy()) are written with torch ops until tensor.numpy() lands.
import torch
import torch.nn as nn
import torch.utils.data as Data
import torchvision

torch.manual_seed(1)
BATCH_SIZE = 50
LR = 0.001

train_data = torchvision.datasets.MNIST(root='./mnist/', train=True, transform=torchvision.transforms.ToTensor(),
                                        download=True)
print(train_data.train_data.size(), train_data.train_labels.size())
train_loader = Data.DataLoader(dataset=train_data, batch_size=BATCH_SIZE, shuffle=True)
test_data = torchvision.datasets.MNIST(root='./mnist/', train=False)
test_x = torch.unsqueeze(test_data.test_data, dim=1).type(torch.FloatTensor)[:50] / 255.
test_y = test_data.test_labels[:50]
print(test_x.shape, test_x.dtype, test_y[:10])


class CNN(nn.Module):
    def __init__(self):
        super(CNN, self).__init__()
        self.conv1 = nn.Sequential(
            nn.Conv2d(in_channels=1, out_channels=16, kernel_size=5, stride=1, padding=2),
            nn.ReLU(),
            nn.MaxPool2d(kernel_size=2),
        )
        self.conv2 = nn.Sequential(nn.Conv2d(16, 32, 5, 1, 2), nn.ReLU(), nn.MaxPool2d(2))
        self.out = nn.Linear(32 * 7 * 7, 10)

    def forward(self, x):
        x = self.conv1(x)
        x = self.conv2(x)
        x = x.view(x.size(0), -1)
        output = self.out(x)
        return output, x


cnn = CNN()
print(cnn)
optimizer = torch.optim.Adam(cnn.parameters(), lr=LR)
loss_func = nn.CrossEntropyLoss()

for step, (b_x, b_y) in enumerate(train_loader):
    output = cnn(b_x)[0]
    loss = loss_func(output, b_y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 2 == 0:
        test_output, last_layer = cnn(test_x)
        pred_y = torch.max(test_output, 1)[1].data
        accuracy = float((pred_y == test_y.data).int().sum()) / float(test_y.size(0))
        print('Step: ', step, '| train loss: %.4f' % loss.data.item(), '| test accuracy: %.2f' % accuracy)
    if step == 4:
        break

test_output, _ = cnn(test_x[:10])
pred_y = torch.max(test_output, 1)[1].data
print(pred_y.tolist(), 'prediction number')
print(test_y[:10].tolist(), 'real number')
