# The seed tutorial's RNN regressor (002, section 7.2): read sin(t), predict cos(t).
# Each step trains on the next window of TIME_STEP points; the hidden state carries over (.data).
import math
import torch
import torch.nn as nn

torch.manual_seed(1)
TIME_STEP = 10
INPUT_SIZE = 1
LR = 0.02


class RNN(nn.Module):
    def __init__(self):
        super(RNN, self).__init__()
        self.rnn = nn.RNN(
            input_size=INPUT_SIZE,
            hidden_size=32,
            batch_first=True,
        )
        self.out = nn.Linear(32, 1)

    def forward(self, x, h_state):
        r_out, h_state = self.rnn(x, h_state)
        outs = []
        for time_step in range(r_out.size(1)):
            outs.append(self.out(r_out[:, time_step, :]))
        return torch.stack(outs, dim=1), h_state


rnn = RNN()
print(rnn)
optimizer = torch.optim.Adam(rnn.parameters(), lr=LR)
loss_func = nn.MSELoss()

h_state = None
for step in range(100):
    start, end = step * math.pi, (step + 1) * math.pi
    steps = torch.linspace(start, end, TIME_STEP + 1)[:-1]
    x = torch.sin(steps)[None, :, None]
    y = torch.cos(steps)[None, :, None]
    prediction, h_state = rnn(x, h_state)
    h_state = h_state.data
    loss = loss_func(prediction, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 10 == 9:
        print(step + 1, loss)
print(prediction.view(-1))
print(y.view(-1))
print(h_state.shape, prediction.grad_fn.name())
