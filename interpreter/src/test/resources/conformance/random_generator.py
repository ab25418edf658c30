# torch.Generator: streams of their own, passed as generator=; torch.default_generator, initial_seed.
import torch

g = torch.Generator()
print(g.initial_seed(), g.device, torch.Generator(device="cpu").initial_seed())
print(g.manual_seed(42) is g, g.initial_seed())
torch.manual_seed(0)
print(torch.rand(3, generator=g), torch.rand(2))
print(torch.randn(17, generator=g))
print(torch.randint(0, 10, (5,), generator=g), torch.randperm(6, generator=g))
print(torch.normal(0.0, 1.0, (3,), generator=g), torch.empty(4).uniform_(0, 1, generator=g))
print(torch.empty(3).normal_(generator=g), torch.bernoulli(torch.full((6,), 0.5), generator=g))
print(torch.empty(5).bernoulli_(0.5, generator=g))
h = torch.Generator().manual_seed(42)
print(torch.rand(3, generator=h))
print(torch.rand(2))
print(torch.manual_seed(7) is torch.default_generator, torch.initial_seed(), torch.default_generator.initial_seed())
s = torch.seed()
print(s == torch.initial_seed(), type(s).__name__)
torch.manual_seed(3)
print(torch.empty(5).exponential_(), torch.empty(3, dtype=torch.float64).exponential_(2.0))
weights = torch.tensor([0.1, 0.2, 0.3, 0.4])
print(torch.multinomial(weights, 2), torch.multinomial(weights, 1), weights.multinomial(4))
print(torch.multinomial(torch.tensor([[1.0, 5.0, 2.0], [3.0, 0.0, 3.0]]), 2))
print(torch.multinomial(weights, 3, generator=g))
for bad in (lambda: torch.multinomial(weights, 5), lambda: torch.multinomial(torch.tensor([-1.0, 2.0]), 1),
            lambda: torch.multinomial(torch.zeros(3), 1)):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)
torch.manual_seed(0)
print(torch.empty(5).random_(0, 10), torch.empty(5, dtype=torch.long).random_(7))
print(torch.randint_like(torch.ones(2, 2), 5), torch.randint_like(torch.ones(3, dtype=torch.long), 2, 9))
try:
    torch.empty(2).random_(5, 2)
except RuntimeError as e:
    print("RuntimeError", e)
torch.manual_seed(5)
print(torch.multinomial(weights, 10, replacement=True), torch.multinomial(torch.tensor([0.3, 0.0, 0.7]), 6, True))
print(torch.multinomial(torch.tensor([[1.0, 5.0, 2.0], [3.0, 1.0, 3.0]], dtype=torch.float64), 5, replacement=True))
print(torch.multinomial(torch.ones(3), 2, replacement=True, generator=g))
