# A traceback through a method, a closure and a lambda names each frame like CPython.
class Model:
    def __init__(self, scale):
        self.scale = scale

    def forward(self, xs):
        apply = lambda x: self.transform(x)
        return [apply(x) for x in xs]

    def transform(self, x):
        return x / self.scale


print(Model(2).forward([1, 2]))
Model(0).forward([1])
