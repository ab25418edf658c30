# tqdm wraps any iterable (range, a DataLoader, a generator) without changing what the program computes; torch.utils.data is there after import torch.
from tqdm import tqdm, trange
import torch
total = 0
for i in tqdm(range(5), desc="epoch"):
    total += i
print(total)
with tqdm(total=3) as bar:
    for k in range(3):
        bar.update()
        bar.set_postfix(loss=0.5 / (k + 1))
print(sum(x for x in trange(4)))
loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(torch.arange(6.0)), batch_size=2)
for (b,) in tqdm(loader):
    print(b)
def gen():
    yield 1
    yield 2
print(list(tqdm(gen())))
bar = tqdm(range(3), desc="train")
print(len(bar), bar.total, bar.n)
for _ in bar:
    pass
print(bar.n)
tqdm.write("done")
