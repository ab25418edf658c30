# Classes: attributes, methods, inheritance, super(), class attributes, properties,
# static and class methods, special methods for operators and protocols.
class Vector:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vector(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y

    def __len__(self):
        return self.dims

    def __getitem__(self, i):
        if i == 0:
            return self.x
        if i == 1:
            return self.y
        raise IndexError("Vector index out of range")

    def __neg__(self):
        return Vector(-self.x, -self.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @staticmethod
    def zero():
        return Vector(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 0)


v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, v * 3, 2 * v, -v)
print(v == Vector(1, 2), v != w, v == 5)
print(len(v), v[0], v[1], list(v))
print(v.norm2, Vector.zero(), Vector.unit(), Vector.dims, v.dims)
a, b = v
print(a, b)
print(type(v).__name__, isinstance(v, Vector), isinstance(3, Vector))


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def __str__(self):
        return "Animal " + self.name


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        return "small " + super().speak()


d = Puppy("Rex", 3)
print(d.speak(), d.tricks, str(d), d.sound)
print(isinstance(d, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__])


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, step=1):
        self.count += step
        return self.count

    def __iter__(self):
        return CounterIterator(self.count)

    def __contains__(self, x):
        return 0 <= x < self.count

    def __bool__(self):
        return self.count > 0


class CounterIterator:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 10


c = Counter()
print(bool(c), c(), c(2), c.count, bool(c))
print([x for x in c], 2 in c, 5 in c)


class Temperature:
    def __init__(self):
        self._celsius = 0.0

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("error:", e)
print(getattr(t, "celsius"), getattr(t, "missing", "default"), hasattr(t, "kelvin"))
setattr(t, "note", "hot")
print(t.note)
del t.note
print(hasattr(t, "note"))
