package dev.torchlet.python.stdlib;

/** {@code copy}, written in Python: shallow and deep copies of containers, instances and tensors. */
final class CopySource {
    private CopySource() {
    }

    static final String SOURCE = """
class Error(Exception):
    pass


def copy(x):
    if isinstance(x, list):
        return list(x)
    if isinstance(x, dict):
        return dict(x)
    if isinstance(x, set):
        return set(x)
    if hasattr(x, "__copy__"):
        return x.__copy__()
    if hasattr(x, "clone") and hasattr(x, "requires_grad"):
        return x.clone()
    if hasattr(x, "__dict__") and hasattr(x, "__class__") and not isinstance(x, type):
        return _copy_instance(x, lambda v: v)
    return x


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    if isinstance(x, list):
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
        return result
    if isinstance(x, tuple):
        return tuple(deepcopy(item, memo) for item in x)
    if isinstance(x, dict):
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
        return result
    if isinstance(x, set):
        return set(deepcopy(item, memo) for item in x)
    if hasattr(x, "__deepcopy__"):
        return x.__deepcopy__(memo)
    if hasattr(x, "clone") and hasattr(x, "requires_grad"):
        result = x.detach().clone()
        if x.requires_grad:
            result.requires_grad_()
        memo[key] = result
        return result
    if hasattr(x, "__dict__") and not isinstance(x, type):
        return _copy_instance(x, lambda v: deepcopy(v, memo))
    return x


def _copy_instance(x, copy_value):
    result = object.__new__(x.__class__)
    for name, value in x.__dict__.items():
        object.__setattr__(result, name, copy_value(value))
    return result
""";
}
