import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(3, 4, num_layers=2)
for bad in [lambda: nn.RNN(3, 4, nonlinearity='sigmoid'),
            lambda: nn.GRU(3, 4, dropout=1.5),
            lambda: nn.GRU(3, 4, proj_size=2),
            lambda: nn.LSTM(3, 4, proj_size=4),
            lambda: nn.LSTM(3, 4, proj_size=-1),
            lambda: rnn(torch.randn(5, 2, 2)),
            lambda: rnn(torch.randn(1, 5, 2, 3)),
            lambda: rnn(torch.randn(5, 2, 3), torch.zeros(1, 2, 4)),
            lambda: rnn(torch.randn(5, 3), torch.zeros(2, 1, 4)),
            lambda: nn.LSTM(3, 4)(torch.randn(5, 2, 3), (torch.zeros(1, 2, 4), torch.zeros(1, 3, 4))),
            lambda: nn.RNNCell(3, 4)(torch.randn(2, 5))]:
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
print(rnn.bias_ih_l1.shape, len(list(rnn.parameters())))
rnn.flatten_parameters()
sd = rnn.state_dict()
print(list(sd.keys()))
rnn2 = nn.RNN(3, 4, num_layers=2)
rnn2.load_state_dict(sd)
x = torch.randn(2, 1, 3)
print(torch.equal(rnn(x)[0], rnn2(x)[0]))
nn.RNNCell(3, 4)(torch.randn(2, 2, 3))
