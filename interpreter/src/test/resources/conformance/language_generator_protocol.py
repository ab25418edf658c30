# Generators as coroutines: send() gives the yield expression its value, throw() raises at the
# suspended yield, close() raises GeneratorExit there so finally blocks run.
def running_average():
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(0))


def echo():
    try:
        while True:
            try:
                received = yield
                print("received", received)
            except ValueError as e:
                print("caught", repr(e))
                yield "recovered"
    finally:
        print("cleaning up")


e = echo()
next(e)
e.send("hello")
print(e.throw(ValueError("bad")))
next(e)
print(e.throw(ValueError))
e.close()
e.close()
try:
    next(e)
except StopIteration:
    print("exhausted after close")

fresh = echo()
try:
    fresh.send(1)
except TypeError as err:
    print("TypeError:", err)
try:
    fresh.throw(KeyError("k"))
except KeyError as err:
    print("KeyError from a fresh generator:", err)
print(list(fresh))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)
# Still suspended at its second yield, inside the except block: it resumes and ends there.
print(next(s, "ended after ignoring close"))


def finite():
    yield 1
    return "done"


f = finite()
print(f.send(None))
try:
    f.send(None)
except StopIteration:
    print("StopIteration")


def uncaught():
    yield 1
    yield 2


u = uncaught()
next(u)
try:
    u.throw(IndexError("out"))
except IndexError as err:
    print("propagated:", err)
print(next(u, "finished"))

# Exception chaining attributes
try:
    try:
        {}["missing"]
    except KeyError as inner:
        raise ValueError("wrapped") from inner
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__, outer.__cause__.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as err:
    print(repr(err.__cause__), repr(err.__context__), err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("quiet") from None
except RuntimeError as err:
    print(err.__cause__, type(err.__context__).__name__, err.__suppress_context__)
print(ValueError("never raised").__cause__, ValueError().__traceback__)
