from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from typing import List


@dataclass
class TrainConfig:
    lr: float
    epochs: int = 10
    layers: List[int] = field(default_factory=lambda: [784, 256, 10])
    name: str = "mlp"


cfg = TrainConfig(0.1)
print(cfg)
print(TrainConfig(lr=0.01, epochs=3, name="cnn"))
print(cfg == TrainConfig(0.1), cfg == TrainConfig(0.2), cfg != TrainConfig(0.1))
print([f.name for f in fields(cfg)], fields(TrainConfig)[1].default)
print(asdict(cfg))
print(astuple(cfg))
print(replace(cfg, epochs=20))
print(is_dataclass(cfg), is_dataclass(TrainConfig), is_dataclass(3))
print(TrainConfig.epochs, TrainConfig.__annotations__["lr"])
cfg.layers.append(1)
print(TrainConfig(0.1).layers)
try:
    TrainConfig()
except TypeError as e:
    print("TypeError:", e)
try:
    hash(cfg)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.norm2(), hash(p) == hash(Point(3, 4)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point(1, 2) < Point(1, 3), Point(2, 0) >= Point(1, 9))
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print({p: "p"}[Point(3, 4)])


try:
    @dataclass
    class Thawed(Point):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Labelled(Base):
    label: str = "origin"
    count: int = field(default=0, repr=False, compare=False)

    def __post_init__(self):
        self.tag = self.label.upper()


q = Labelled(1, 2, "a", count=5)
print(q, q.tag, q == Labelled(1, 2, "a", count=9))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Custom:
    value: int

    def __repr__(self):
        return "Custom<%d>" % self.value


print(Custom(7), Custom(7) == Custom(7))
print(field(default=1).default, repr(fields(Custom)[0].type))
