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
