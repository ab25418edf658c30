# Uploads, in-place writes, temporaries handed back and reads, interleaved in one loop: on WebGPU
# the kernels between two reads are submitted together, so this checks that every queue write
# (an upload into a pooled buffer, a kernel's params) still lands in program order.
import torch

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')

x = torch.arange(12, dtype=torch.float32, device=device).reshape(3, 4)
total = torch.zeros(3, 4, device=device)
for step in range(40):
    x.mul_(0.5)  # in place: through a temporary the backend hands back at once
    # A new tensor of the same size: its upload may reuse that temporary's buffer.
    fresh = torch.tensor([[step + 4 * i + j for j in range(4)] for i in range(3)], dtype=torch.float32, device=device)
    x.add_(fresh)
    x[0] = x[2]  # values read from the written tensor: another temporary
    x[1] *= torch.tensor(0.25 * (step % 3), device=device)
    total += x.relu() - fresh / 3
    del fresh
    if step % 7 == 0:
        print(step, round(total.sum().item(), 3), round(x[1, 2].item(), 4))
if torch.cuda.is_available():
    torch.cuda.synchronize()  # waits for every queued kernel, as a learner's timing code needs
    torch.accelerator.synchronize()
print(total.tolist())
print(x.tolist())
print(x.device)
