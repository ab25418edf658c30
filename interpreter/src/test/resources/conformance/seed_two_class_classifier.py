# The seed tutorial's first classifier (shared/seeds 002, part 1): two clouds of points around
# (2, 2) and (-2, -2), a one-hidden-layer Net, SGD and CrossEntropyLoss, then a test on new points.
import torch

torch.manual_seed(1)
n_data = torch.ones(100, 2)
x0 = torch.normal(2 * n_data, 1)
y0 = torch.zeros(100)
x1 = torch.normal(-2 * n_data, 1)
y1 = torch.ones(100)
x = torch.cat((x0, x1), 0).type(torch.FloatTensor)
y = torch.cat((y0, y1), 0).type(torch.LongTensor)


class Net(torch.nn.Module):
    def __init__(self, n_feature, n_hidden, n_output):
        super(Net, self).__init__()
        self.n_hidden = torch.nn.Linear(n_feature, n_hidden)
        self.out = torch.nn.Linear(n_hidden, n_output)

    def forward(self, x_layer):
        x_layer = torch.relu(self.n_hidden(x_layer))
        x_layer = self.out(x_layer)
        x_layer = torch.nn.functional.softmax(x_layer)  # as the seed writes it (implicit dim 1)
        return x_layer


net = Net(n_feature=2, n_hidden=10, n_output=2)
print(net)
optimizer = torch.optim.SGD(net.parameters(), lr=0.02)
loss_func = torch.nn.CrossEntropyLoss()

for t in range(100):
    out = net(x)
    loss = loss_func(out, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if t % 10 == 0:
        prediction = torch.max(out, 1)[1]
        accuracy = (prediction == y).sum().item() / y.size(0)
        print(t, round(loss.item(), 4), accuracy)

test = torch.cat((torch.normal(2 * torch.ones(10, 2), 1), torch.normal(-2 * torch.ones(10, 2), 1)), 0)
print(torch.max(net(test), 1)[1])
print(net.out.weight, net.out.bias)
