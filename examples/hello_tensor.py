# A first Torchlet program: run it with  ./torchlet run examples/hello_tensor.py
import torch

x = torch.ones(2, 2)
print(x + 1)
