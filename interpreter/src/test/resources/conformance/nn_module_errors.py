import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
sd = model.state_dict()
print(sd)
del sd["2.bias"]
sd["extra"] = torch.zeros(1)
print(model.load_state_dict(sd, strict=False))
try:
    model.load_state_dict(sd)
except RuntimeError as e:
    print(e)
bad = {"0.weight": torch.zeros(5, 2), "0.bias": torch.zeros(3), "2.weight": torch.zeros(1, 3), "2.bias": torch.zeros(1)}
try:
    model.load_state_dict(bad)
except RuntimeError as e:
    print(e)
try:
    model[3]
except IndexError as e:
    print(e)
try:
    nn.Dropout(1.5)
except ValueError as e:
    print(e)
try:
    nn.MSELoss(reduction="avg")(torch.ones(2), torch.ones(2))
except ValueError as e:
    print(e)
model.requires_grad_(False)
print([p.requires_grad for p in model.parameters()])
def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.5)
        nn.init.zeros_(m.bias)
model.apply(init_weights)
print(model[2].weight, model[0].bias)
print(model(torch.ones(2)))
torch.manual_seed(3)
w = torch.empty(3, 4)
print(nn.init.xavier_uniform_(w))
print(nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu"))
print(nn.init.normal_(w, std=0.1))
print(nn.init.uniform_(w, -1, 1))
print(nn.init.calculate_gain("leaky_relu", 0.2), nn.init.calculate_gain("tanh"))
drop = nn.Dropout(0.5)
print(drop(torch.ones(10)))
drop.eval()
print(drop(torch.ones(10)))
print(model.double()[0].weight.dtype)

class NoForward(nn.Module):
    pass

NoForward()(torch.ones(1))
