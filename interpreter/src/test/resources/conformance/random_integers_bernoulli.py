import torch

# random_() without bounds: every value the dtype holds exactly.
for dtype in [torch.float32, torch.float64, torch.int64, torch.int32, torch.uint8, torch.bool]:
    torch.manual_seed(0)
    print(dtype, torch.empty(6, dtype=dtype).random_().tolist())

torch.manual_seed(1)
print(torch.empty(2, 3).random_(10))
print(torch.empty(5, dtype=torch.int64).random_(to=5))
print(torch.empty(5, dtype=torch.int64).random_(-3, 3))
print(torch.empty(4, dtype=torch.int64).random_(2**40))
print(torch.empty(3).random_(2, None))
print(torch.empty(3, dtype=torch.float64).random_(7, None))
print(torch.empty(3, dtype=torch.uint8).random_(250, None))
print(torch.empty(3, dtype=torch.int32).random_(-5, None))
print(torch.empty(3, dtype=torch.int64).random_(5, None))
print(torch.empty(3, dtype=torch.int64).random_(-2**63, None))
print(torch.empty(3, dtype=torch.bool).random_(0, None))
x = torch.zeros(2, 4)
x[:, 1:3].random_()
print(x)

for f in [lambda: torch.empty(3, dtype=torch.uint8).random_(300),
          lambda: torch.empty(3, dtype=torch.uint8).random_(-1, 5),
          lambda: torch.empty(3, dtype=torch.bool).random_(3),
          lambda: torch.empty(3, dtype=torch.int32).random_(-5, 2**31 + 1),
          lambda: torch.empty(3).random_(0),
          lambda: torch.empty(3).random_(5, 2),
          lambda: torch.empty(3).random_(2**24, None),
          lambda: torch.empty(3, requires_grad=True).random_()]:
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError", e)

# bernoulli_ with a tensor of probabilities (broadcast to the tensor), torch.bernoulli(input[, p]).
torch.manual_seed(0)
p = torch.rand(3, 4)
print(torch.empty(3, 4).bernoulli_(p))
print(torch.empty(3, 4, dtype=torch.int64).bernoulli_(p.double()))
print(torch.zeros(2, 3, 4).bernoulli_(p))
print(torch.zeros(2, 4, dtype=torch.bool).bernoulli_(torch.tensor([0.2, 0.5, 0.9, 1.0])))
print(torch.zeros(4).bernoulli_(p=torch.ones(4)))
g = torch.Generator().manual_seed(3)
print(torch.zeros(6).bernoulli_(torch.full((6,), 0.5), generator=g))
print(torch.bernoulli(torch.full((2, 3), 0.3)))
print(torch.bernoulli(torch.full((2, 3), 0.3, dtype=torch.float64)))
x = torch.ones(3, requires_grad=True)
print(torch.bernoulli(x, 0.5), x.bernoulli(0.3), x.double().bernoulli(p=0.3))
q = torch.full((3,), 0.5, requires_grad=True)
y = torch.bernoulli(q)
print(y.grad_fn.name())
y.sum().backward()
print(q.grad)
for f in [lambda: torch.zeros(4).bernoulli_(torch.tensor([1, 0, 1, 0])),
          lambda: torch.zeros(4).bernoulli_(torch.tensor([1.5, 0, 1, 0])),
          lambda: torch.zeros(4).bernoulli_(torch.zeros(3, 4)),
          lambda: torch.zeros(4).bernoulli_(torch.zeros(3)),
          lambda: torch.zeros(4, requires_grad=True).bernoulli_(torch.ones(4))]:
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError", e)
