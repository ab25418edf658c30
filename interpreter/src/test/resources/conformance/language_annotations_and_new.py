# Annotations of module and class bodies are kept in __annotations__ (functions' are not evaluated);
# __new__ makes the instance (a singleton, a value of another type), __init__ runs only on the class's instances.
from typing import List, Optional, Dict, Tuple, Callable, Union, Any
import torch
x: int = 3
y: str
print(__annotations__)
class B:
    x: int = 3
    y: "str"
    z: List[int] = []
    t: Optional[torch.Tensor] = None
    d: Dict[str, Tuple[int, ...]] = {}
    f: Callable[[int], int] = None
    u: Union[int, str] = 1
    a: Any = None
    def m(self, q: int) -> int:
        v: undefined_too = 1
        return v
print(list(B.__annotations__), B.__annotations__['x'], B.__annotations__['y'])
print(B().m(1), B.x, hasattr(B, 'y'))
class A:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args)
        obj = super().__new__(cls)
        obj.made = True
        return obj
    def __init__(self, x):
        self.x = x
a = A(3)
print(a.x, a.made)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class Other:
    def __new__(cls, v):
        return v * 2
    def __init__(self, v):
        print("never")
print(Other(21))
class Sub(A):
    pass
s = Sub(5)
print(type(s).__name__, s.x)
