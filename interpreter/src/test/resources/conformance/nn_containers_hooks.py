import torch
import torch.nn as nn

torch.manual_seed(0)
heads = nn.ModuleDict({"cls": nn.Linear(4, 3), "reg": nn.Linear(4, 1)})
heads["act"] = nn.ReLU()
print(heads)
print(len(heads), "cls" in heads, "box" in heads, list(heads.keys()))
for name in heads:
    print(name, type(heads[name]).__name__)
for name, module in heads.items():
    print(name, module)
print([n for n, _ in heads.named_parameters()])

seq = nn.Sequential()
seq.add_module("first", nn.Linear(2, 2))
seq.append(nn.Tanh())
print(seq)
layers = [nn.Linear(2, 2), nn.ReLU()]
print(nn.Sequential(*layers, nn.Linear(2, 1)))

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
seen = []
def record(module, inputs, output):
    seen.append((type(module).__name__, inputs[0].shape, output.shape))
def double_input(module, inputs):
    return (inputs[0] * 2,)
handles = [m.register_forward_hook(record) for m in model]
pre = model.register_forward_pre_hook(double_input)
x = torch.ones(5, 2)
print(model(x))
for entry in seen:
    print(entry)
pre.remove()
for h in handles:
    h.remove()
seen.clear()
print(model(x))
print(seen)
model[2].register_forward_hook(lambda m, i, o: o + 100)
print(model(x))
