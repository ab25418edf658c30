# torch.Generator for torch.utils.data: seeded splits, shuffles and permutations independent of the global stream.
import torch
from torch.utils.data import DataLoader, RandomSampler, TensorDataset, random_split

dataset = TensorDataset(torch.arange(12.))
g = torch.Generator().manual_seed(42)
print(g.initial_seed())
train, test = random_split(dataset, [8, 4], generator=g)
print(train.indices, test.indices)
print(random_split(range(10), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(0))[2].indices)
print(torch.randperm(6, generator=torch.Generator().manual_seed(7)))
torch.manual_seed(0)
loader = DataLoader(dataset, batch_size=5, shuffle=True, generator=torch.Generator().manual_seed(3))
for epoch in range(2):
    for (x,) in loader:
        print(epoch, x.long())
print(list(RandomSampler(range(5), generator=torch.Generator().manual_seed(1))))
print(list(RandomSampler(range(5), replacement=True, num_samples=7, generator=torch.Generator().manual_seed(1))))
print(torch.rand(1))
