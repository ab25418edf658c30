# uniform_ with bounds of every kind (nn init draws this way): PyTorch casts them to the dtype and fuses x * (to - from) + from.
import torch, math
for k, b in enumerate([0.5773502691896258, 1 / math.sqrt(3), 0.1, 2.5, 1 / math.sqrt(784), 0.04419417382415922, 7.3]):
    torch.manual_seed(k)
    t = torch.empty(2000).uniform_(-b, b * 0.9)
    print(k, [repr(t[i].item()) for i in range(0, 2000, 97)])
    d = torch.empty(300, dtype=torch.float64).uniform_(-b, b)
    print([repr(d[i].item()) for i in range(0, 300, 37)])
