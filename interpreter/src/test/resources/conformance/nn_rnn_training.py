import torch
import torch.nn as nn

# A sequence classifier as tutorials write one: LSTM (batch_first), last step -> Linear, trained with SGD.
torch.manual_seed(0)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(input_size=3, hidden_size=8, num_layers=2, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.fc(out[:, -1, :])


model = Classifier()
print(model)
x = torch.randn(6, 5, 3)
y = (x.sum(2).sum(1) > 0).long()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(15):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    if epoch % 5 == 4:
        print(epoch + 1, loss)
print(model(x).argmax(1), y)
print(model.lstm.weight_hh_l1.grad[:2])

# the same classifier in double precision, and a GRU whose final hidden state feeds the head
d = Classifier().double()
print(d(x.double()))
gru = nn.GRU(3, 4, batch_first=True, bidirectional=True)
out, h = gru(x)
feat = torch.cat([h[-2], h[-1]], dim=1)
print(feat.shape, out.shape)
print(feat)
