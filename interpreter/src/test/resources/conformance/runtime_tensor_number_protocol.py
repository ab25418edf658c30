import torch
print('{:.2f}'.format(torch.tensor(1.5)), '{:>8.3f}'.format(torch.tensor(2.0)), format(torch.tensor(3), '04d'), abs(torch.tensor([-1.5, 2.0])), float(torch.tensor([2.5])), int(torch.tensor(3.9)), round(torch.tensor(2.5).item()), [10, 20, 30][torch.tensor(1)])
print(format(torch.tensor([1.0, 2.0]), ''), '%.3f' % torch.tensor(0.25), max(torch.tensor(1.0).item(), 0.5))
print(float(torch.tensor([1.0, 2.0])))
