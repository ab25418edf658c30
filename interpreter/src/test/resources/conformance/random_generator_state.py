import torch

torch.manual_seed(0)
s = torch.get_rng_state()
print(s.shape, s.dtype)
print(s[:40])
print(s[5016:])
print(int(s.sum()))
a = torch.rand(5)
torch.set_rng_state(s)
print(torch.equal(a, torch.rand(5)))

# The cached float64 normal sample is saved and restored too.
torch.manual_seed(3)
torch.randn(3, dtype=torch.float64)
s = torch.get_rng_state()
print(s[:24])
print(s[5016:])
b = torch.randn(4, dtype=torch.float64)
torch.set_rng_state(s)
print(b, torch.randn(4, dtype=torch.float64))

# After a whole block of 624 words the position reads left=1, next=624.
torch.manual_seed(1)
torch.rand(624)
print(torch.get_rng_state()[:24])
torch.rand(1)
print(torch.get_rng_state()[:24])

# Negative and large seeds.
torch.manual_seed(-1)
print(torch.get_rng_state()[:8], torch.initial_seed())

g = torch.Generator()
print(g.get_state()[:32])
g.manual_seed(7)
state = g.get_state()
x = torch.randn(20, generator=g)
print(g.set_state(state) is g)
print(torch.equal(x, torch.randn(20, generator=g)))
print(torch.equal(g.get_state(), torch.get_rng_state()))

# A state moves between generators, with its initial seed.
torch.manual_seed(11)
g.set_state(torch.get_rng_state())
print(g.initial_seed(), torch.equal(torch.rand(3, generator=g), torch.rand(3)))
torch.default_generator.set_state(state)
print(torch.initial_seed(), torch.randint(0, 100, (6,)))

# Hand-edited states.
t = state.clone()
t[8] = 5
t[9] = 0
t[16] = 3
g.set_state(t)
print(torch.randint(0, 1000, (8,), generator=g))
print(g.get_state()[:24])

for bad in [torch.zeros(3), [1, 2], torch.zeros(3, dtype=torch.uint8), torch.zeros(5056, dtype=torch.uint8),
            torch.get_rng_state()[::2]]:
    try:
        g.set_state(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        torch.set_rng_state(bad)
    except Exception as e:
        print(type(e).__name__, e)
t = state.clone()
t[8] = 0
try:
    torch.set_rng_state(t)
except RuntimeError as e:
    print(e)
t = state.clone()
t[16] = 113
t[17] = 2
try:
    torch.set_rng_state(t)
except RuntimeError as e:
    print(e)
try:
    g.get_state(1)
except TypeError as e:
    print(e)
try:
    torch.get_rng_state(1)
except TypeError as e:
    print(e)

# torch.random holds the same functions.
torch.random.manual_seed(4)
s = torch.random.get_rng_state()
u = torch.rand(2)
torch.random.set_rng_state(s)
print(torch.equal(u, torch.rand(2)), torch.random.initial_seed())
