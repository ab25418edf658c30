import torch
import torch.nn as nn

# Seeded weights equal PyTorch's: every parameter U(-1/sqrt(hidden), 1/sqrt(hidden)) in registration order.
torch.manual_seed(0)
rnn = nn.RNN(2, 3)
print(rnn)
for name, p in rnn.named_parameters():
    print(name, p.shape)
print(rnn.weight_ih_l0)
print(rnn.bias_hh_l0)
x = torch.randn(4, 2, 2)
out, h = rnn(x)
print(out)
print(h)
print(out.grad_fn.name(), h.grad_fn.name())
out.sum().backward()
print(rnn.weight_hh_l0.grad)
print(rnn.bias_ih_l0.grad)

# relu, two layers, batch_first, an explicit h0
relu = nn.RNN(input_size=2, hidden_size=3, num_layers=2, nonlinearity='relu', batch_first=True)
print(relu, relu.nonlinearity, relu.mode)
h0 = torch.randn(2, 4, 3)
out, h = relu(torch.randn(4, 5, 2), h0)
print(out.shape, h.shape, out.grad_fn.name())
print(out[:, -1])
print(h)

# LSTM: (h_n, c_n), bidirectional, no bias
torch.manual_seed(1)
lstm = nn.LSTM(3, 2, bidirectional=True, bias=False)
print(lstm)
print([n for n, _ in lstm.named_parameters()])
seq = torch.randn(5, 2, 3, requires_grad=True)
out, (h, c) = lstm(seq)
print(out)
print(h)
print(c)
print(out.grad_fn.name(), h.grad_fn.name(), c.grad_fn.name())
(out ** 2).sum().backward()
print(seq.grad)
print(lstm.weight_hh_l0_reverse.grad)

# LSTM with (h0, c0), unbatched 2-D input
lstm2 = nn.LSTM(3, 4, num_layers=2)
h0, c0 = torch.randn(2, 4), torch.randn(2, 4)
out, (h, c) = lstm2(torch.randn(6, 3), (h0, c0))
print(out.shape, h.shape, c.shape, out.grad_fn.name())
print(out)
print(c)

# GRU
torch.manual_seed(2)
gru = nn.GRU(2, 3, num_layers=2, batch_first=True)
print(gru)
print(gru.weight_ih_l1)
out, h = gru(torch.randn(2, 4, 2))
print(out)
print(h)
h.sum().backward()
print(gru.bias_hh_l0.grad)
print(gru.weight_ih_l0.grad)

# dropout between layers draws its mask from the global generator; eval turns it off
torch.manual_seed(3)
drop = nn.GRU(2, 3, num_layers=2, dropout=0.5)
print(drop)
x = torch.randn(3, 1, 2)
print(drop(x)[0])
drop.eval()
print(drop(x)[0])
print(nn.LSTM(4, 5, 3, True, True, 0.25, True))
print(nn.RNN(4, 5, 1, 'tanh', False))
