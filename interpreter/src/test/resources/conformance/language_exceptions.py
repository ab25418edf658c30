# try/except/else/finally, raise, custom exceptions, exception attributes, and
# finally blocks that run on return/break/continue.
class TrainingError(Exception):
    pass


class ShapeError(TrainingError):
    def __init__(self, expected, got):
        super().__init__("expected " + str(expected) + ", got " + str(got))
        self.expected = expected
        self.got = got


def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n == 0:
        raise ShapeError(3, 0)
    return n * 2


for n in [2, -1, 0]:
    try:
        result = check(n)
    except ShapeError as e:
        print("shape error", e.expected, e.got, e, repr(e))
    except (ValueError, TypeError) as e:
        print("value error:", e, e.args)
    else:
        print("ok", result)
    finally:
        print("checked", n)

try:
    check(0)
except TrainingError as e:
    print("caught as base class:", type(e).__name__, isinstance(e, Exception))


def with_finally(x):
    try:
        if x:
            return "returned"
    finally:
        print("finally runs before return")
    return "fell through"


print(with_finally(True), with_finally(False))

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handler")
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)

try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    int_value = 3
    int_value.missing
except AttributeError as e:
    print(e)
try:
    raise KeyError("key")
except LookupError as e:
    print("KeyError str:", e, repr(e))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class raised:", repr(e), e.args)

e = ValueError("a", 1)
print(e, repr(e), e.args)
print(ValueError(), repr(TypeError("x")))


def converts():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad config") from e


try:
    converts()
except ValueError as e:
    print("converted:", e)
