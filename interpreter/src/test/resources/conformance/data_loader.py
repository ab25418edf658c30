# DataLoader batch order under torch.manual_seed, collation, samplers and random_split, as PyTorch 1.13.
import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset, random_split
from torch.utils import data

torch.manual_seed(0)
X = torch.arange(20.).reshape(10, 2)
y = torch.arange(10)
dataset = TensorDataset(X, y)
print(len(dataset), dataset[3])
for epoch in range(2):
    for xb, yb in DataLoader(dataset, batch_size=4, shuffle=True):
        print(epoch, yb)
for batch in data.DataLoader(dataset, batch_size=3, drop_last=True):
    print(batch)
print(torch.rand(2))


class Squares(Dataset):
    def __len__(self):
        return 5

    def __getitem__(self, i):
        return {"x": i * 1.5, "y": i, "pair": (i, [i, -i])}


for batch in DataLoader(Squares(), batch_size=2, shuffle=True):
    print(batch)
train, test = random_split(dataset, [7, 3])
print(len(train), len(test), train.indices, test.indices)
print(train[0])
loader = DataLoader(train, batch_size=4, shuffle=True, num_workers=2)
print(len(loader), len(DataLoader(dataset, batch_size=4, drop_last=True)))
print(next(iter(loader)))
print(list(data.BatchSampler(data.SequentialSampler(range(7)), 3, False)))
print(list(data.BatchSampler(data.RandomSampler(range(7)), 3, True)))
print([b for b in DataLoader([1.5, 2.5, 3.5], batch_size=2)])
print(list(DataLoader(dataset, batch_size=None))[1])
print(len(dataset + dataset), (dataset + dataset)[12])
