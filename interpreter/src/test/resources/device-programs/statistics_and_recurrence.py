# Statistics, reductions, dropout, upsampling and recurrent layers on the accelerator when there is
# one: std/var/norm/logsumexp/prod/any/all forward and backward, then a small LSTM regressor (and
# an RNN and a GRU) trained a few steps with dropout. Dropout's noise is drawn by the CPU
# generator on every device, so the seeded runs match.
import torch
from torch import nn
import torch.nn.functional as F

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')


def show(name, t, digits=4):
    values = t.detach().cpu().reshape(-1).tolist()
    print(name, tuple(t.shape), t.dtype, ' '.join(f"{v:.{digits}f}" if isinstance(v, float) else str(v) for v in values))


torch.manual_seed(0)
x = torch.randn(3, 4).to(device).requires_grad_()
print(x.device, x.std(dim=1, keepdim=True))
for name, value in [('std', x.std()), ('std_dim', x.std(1)), ('std_biased', x.std(0, unbiased=False, keepdim=True)),
                    ('var', x.var()), ('var_dim', torch.var(x, dim=-1, keepdim=True)), ('var_correction', x.var(1, correction=0)),
                    ('norm', x.norm()), ('norm_1', x.norm(p=1, dim=0)), ('norm_inf', x.norm(p=float('inf'), dim=1)),
                    ('norm_fro', torch.norm(x, p='fro')), ('norm_3', x.norm(p=3, dim=1, keepdim=True)),
                    ('logsumexp', torch.logsumexp(x, dim=1)), ('logsumexp_keep', x.logsumexp(0, keepdim=True)),
                    ('prod', x.prod()), ('prod_dim', x.prod(1))]:
    print(name, value.grad_fn.name())
    show(name, value)
    grad, = torch.autograd.grad(value.sum(), x)
    show(name + '_grad', grad)

# Zeros in prod's gradient, infinities in logsumexp, integers in prod, any and all.
z = torch.tensor([[2.0, 0.0, 3.0], [0.0, 0.0, 5.0], [1.0, 4.0, 0.5]], device=device, requires_grad=True)
z.prod(1).sum().backward()
show('prod_zeros_grad', z.grad)
show('norm_zero_rows', torch.zeros(2, 3, device=device).norm(dim=1))
show('logsumexp_inf', torch.tensor([[float('-inf'), float('-inf')], [float('inf'), 1.0], [0.0, 1.0]], device=device).logsumexp(1))
ints = torch.tensor([[1, 2, 3], [4, 0, 6]], device=device)
show('prod_int', ints.prod(1))
show('any', ints.any())
show('any_dim', ints.any(dim=1))
show('all', ints.all())
show('all_dim', torch.all(ints, dim=0))
flags = torch.tensor([[True, False], [True, True]], device=device)
show('all_bool', flags.all(1, keepdim=True))
show('var_one', torch.ones(1, device=device).var())

# Upsampling: nearest and bilinear (with and without aligned corners), backward.
image = torch.arange(12.0).reshape(1, 1, 3, 4).to(device).requires_grad_()
for name, up in [('nearest', F.interpolate(image, scale_factor=2, mode='nearest')),
                 ('nearest_size', F.interpolate(image, size=(4, 5))),
                 ('bilinear', F.interpolate(image, size=(5, 6), mode='bilinear', align_corners=False)),
                 ('bilinear_corners', F.interpolate(image, scale_factor=2, mode='bilinear', align_corners=True)),
                 ('upsample', nn.Upsample(scale_factor=2, mode='bilinear')(image))]:
    print(name, up.grad_fn.name())
    show(name, up)
    grad, = torch.autograd.grad((up * up).sum(), image)
    show(name + '_grad', grad, digits=3)  # the device adds the weighted gradients in another rounding order

# Dropout: eval mode passes the input through, train mode zeroes and scales with the CPU's draws.
torch.manual_seed(1)
dropout = nn.Dropout(p=0.5)
h = torch.ones(2, 6, device=device, requires_grad=True)
dropped = dropout(h)
print('dropout', dropped.grad_fn.name())
show('dropout', dropped)
dropped.sum().backward()
show('dropout_grad', h.grad)
dropout.eval()
show('dropout_eval', dropout(h))
show('F_dropout', F.dropout(torch.ones(8, device=device), p=0.25, training=True))


# An LSTM regressor with dropout between its layers, trained a few steps; an RNN and a GRU too.
class Regressor(nn.Module):
    def __init__(self, kind):
        super().__init__()
        self.recurrent = kind(3, 8, num_layers=2, batch_first=True, dropout=0.2)
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(8, 1)

    def forward(self, sequences):
        output, _ = self.recurrent(sequences)
        return self.head(self.dropout(output[:, -1]))


torch.manual_seed(2)
sequences = torch.randn(6, 5, 3)
targets = sequences.sum(dim=(1, 2)).unsqueeze(1) * 0.1
sequences, targets = sequences.to(device), targets.to(device)
for kind in [nn.LSTM, nn.RNN, nn.GRU]:
    torch.manual_seed(3)
    model = Regressor(kind).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02)
    for step in range(4):
        optimizer.zero_grad()
        loss = F.mse_loss(model(sequences), targets)
        loss.backward()
        optimizer.step()
        print(kind.__name__, step, f"{loss.item():.4f}")
    model.eval()
    with torch.no_grad():
        show(kind.__name__ + '_eval', model(sequences))
    output, state = model.recurrent(sequences[:2])
    show(kind.__name__ + '_state', state[0] if isinstance(state, tuple) else state)
cell = nn.LSTMCell(3, 4).to(device)
hidden, memory = cell(sequences[:, 0])
show('lstm_cell', hidden)
