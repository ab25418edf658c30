import torch

# What each unary function's backward saves decides which in-place changes break it: functions whose
# derivative reads their result fail when the result is changed, those reading their input when the
# input is, and rounding (zero gradient) reads neither.
for name in ["exp", "sqrt", "tanh", "sigmoid", "relu", "reciprocal", "rsqrt", "expm1", "tan",
             "log", "sin", "abs", "log1p", "asin", "erf", "floor", "round", "frac", "sign"]:
    fn = getattr(torch, name)
    for changed in ["result", "input"]:
        leaf = torch.tensor([0.25, 0.5], requires_grad=True)
        x = leaf * 1.0
        y = fn(x)
        (y if changed == "result" else x).add_(1.0)
        try:
            y.sum().backward()
            print(name, changed, "ok", leaf.grad)
        except RuntimeError as e:
            print(name, changed, "RuntimeError:", str(e).split(":")[0])
