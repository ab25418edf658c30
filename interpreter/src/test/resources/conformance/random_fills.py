# uniform_, normal_ and torch.normal draw PyTorch's numbers for the seed.
import torch

torch.manual_seed(0)
w = torch.empty(2, 3)
print(w.uniform_(-1, 1))
print(torch.empty(20).normal_(0.5, 2.0))
print(torch.empty(3, dtype=torch.float64).normal_())
print(torch.empty(4).uniform_())
print(torch.normal(0.0, 1.0, size=(2, 2)))
print(torch.normal(2.0, 0.5, (17,)))
print(torch.normal(torch.tensor([0.0, 10.0, 100.0]), torch.tensor([1.0, 0.1, 0.01])))
print(torch.normal(torch.zeros(2, 2), 2.0))
print(torch.normal(1.0, torch.ones(3)))
p = torch.ones(3, requires_grad=True)
with torch.no_grad():
    p.normal_(0, 0.01)
print(p)
try:
    p.uniform_()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    torch.empty(2).normal_(0, -1)
except RuntimeError as e:
    print("RuntimeError", e)
torch.manual_seed(1)
print(torch.empty(20).bernoulli_(0.3))
print(torch.empty(3, dtype=torch.float64).bernoulli_())
probabilities = torch.linspace(0.05, 0.95, 20)
print(torch.bernoulli(probabilities), probabilities.bernoulli())
print(torch.bernoulli(torch.linspace(0.1, 0.9, 5, dtype=torch.float64)))
q = torch.tensor([0.5, 0.25], requires_grad=True)
d = torch.bernoulli(q)
print(d.grad_fn.name())
d.sum().backward()
print(q.grad)
for bad in (lambda: torch.bernoulli(torch.tensor([1.5])), lambda: torch.empty(2).bernoulli_(1.5)):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)
