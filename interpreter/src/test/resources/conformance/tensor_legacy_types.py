# Legacy constructors (torch.Tensor, torch.FloatTensor, …), tensor.type() and tensor.mT.
import torch

print(torch.Tensor([1, 2]), torch.Tensor([[1, 2]]).dtype, torch.Tensor(2, 3).shape, torch.Tensor().shape)
print(torch.FloatTensor([1, 2]), torch.LongTensor([1.7, 2]), torch.DoubleTensor([1]), torch.IntTensor([3]))
print(torch.ByteTensor([1, 2]), torch.BoolTensor([1, 0]), torch.LongTensor(3).shape, torch.LongTensor(3).dtype)
x = torch.ones(2)
print(x.type(), x.long().type(), x.type(torch.int64), x.type("torch.DoubleTensor"), isinstance(x, torch.Tensor))
print(isinstance(3, torch.Tensor), type(x) is torch.Tensor)
try:
    torch.Tensor("a")
except TypeError as e:
    print("TypeError", e)
m = torch.arange(6.0).reshape(2, 3).requires_grad_()
print(m.mT, m.mT.grad_fn.name(), torch.ones(4, 2, 3).mT.shape)
x = torch.arange(6.0)
print(x[2:].data_ptr() - x.data_ptr(), x.view(2, 3).data_ptr() == x.data_ptr(), x.clone().data_ptr() == x.data_ptr())
print(x.element_size(), torch.ones(2, dtype=torch.long).element_size(), x.detach().data_ptr() == x.data_ptr())
