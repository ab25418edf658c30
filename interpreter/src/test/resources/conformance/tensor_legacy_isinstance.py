import torch

t = torch.zeros(2)
print(isinstance(t, torch.FloatTensor), isinstance(t, torch.LongTensor), isinstance(t, torch.Tensor), type(t))
print(isinstance(t, (torch.LongTensor, torch.FloatTensor)), isinstance(t, (torch.LongTensor, torch.IntTensor)))
print(isinstance(t.double(), torch.DoubleTensor), isinstance(t.long(), torch.LongTensor), isinstance(t.int(), torch.IntTensor))
print(isinstance(torch.zeros(2, dtype=torch.bool), torch.BoolTensor), isinstance(torch.zeros(2, dtype=torch.uint8), torch.ByteTensor))
print(isinstance(3, torch.FloatTensor), isinstance([1.0], torch.FloatTensor), isinstance(torch.float32, torch.FloatTensor))
print(isinstance(torch.nn.Parameter(torch.zeros(2)), torch.FloatTensor), isinstance(torch.FloatTensor([1]), torch.FloatTensor))
print(isinstance(torch.tensor([1, 2]), torch.LongTensor), isinstance(torch.tensor([1, 2]), torch.FloatTensor))
print(isinstance(torch.tensor(1.5, requires_grad=True) * 2, torch.FloatTensor))
print(issubclass(torch.Tensor, torch.FloatTensor), type(t) is torch.Tensor)
print(torch.FloatTensor, torch.FloatTensor.__name__, torch.FloatTensor.dtype, torch.LongTensor.dtype, torch.FloatTensor.is_cuda)
