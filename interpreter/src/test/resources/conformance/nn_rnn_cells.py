import torch
import torch.nn as nn

torch.manual_seed(0)
cell = nn.RNNCell(3, 2)
print(cell)
print(cell.weight_ih, cell.bias_hh)
x = torch.randn(4, 3)
h = cell(x)
print(h)
h = cell(x, h)
print(h, h.grad_fn.name())
h.sum().backward()
print(cell.weight_hh.grad)
relu = nn.RNNCell(3, 2, bias=False, nonlinearity='relu')
print(relu, relu.bias_ih)
print(relu(torch.randn(3)))

lstm = nn.LSTMCell(3, 2)
print(lstm)
hx, cx = lstm(x)
print(hx, cx)
hx, cx = lstm(x, (hx, cx))
print(hx.grad_fn.name(), cx.grad_fn.name())
(hx.sum() + cx.sum()).backward()
print(lstm.weight_ih.grad)
print(lstm(torch.randn(3)))

gru = nn.GRUCell(3, 2)
print(gru)
h = gru(x)
h = gru(x, h)
print(h, h.grad_fn.name())
h.mean().backward()
print(gru.bias_ih.grad)
print(gru(torch.ones(3), torch.zeros(2)))

# a sequence by hand with LSTMCell, as tutorials write it
torch.manual_seed(4)
cell = nn.LSTMCell(1, 4)
seq = torch.sin(torch.linspace(0, 3, 6)).view(6, 1, 1)
h, c = torch.zeros(1, 4), torch.zeros(1, 4)
outs = []
for t in range(seq.size(0)):
    h, c = cell(seq[t], (h, c))
    outs.append(h)
print(torch.stack(outs))
