# Closures, nonlocal/global, lambdas, defaults, *args/**kwargs, keyword-only arguments,
# decorators, recursion through nested functions.
def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter()
print(counter(), counter(), counter(10))
other = make_counter()
print(other(), counter())

total = 0


def add_to_total(x):
    global total
    total += x


add_to_total(5)
add_to_total(7)
print(total)

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])


def variadic(first, *rest, scale=1, **options):
    return first, rest, scale, len(options)


print(variadic(1))
print(variadic(1, 2, 3, scale=2, verbose=True, seed=0))
args = (4, 5, 6)
print(variadic(*args), variadic(0, *args, *[7]))


def keyword_only(a, *, b, c=3):
    return a + b + c


print(keyword_only(1, b=2), keyword_only(1, b=2, c=0))


def shout(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs).upper()
    return wrapper


def repeat(times):
    def decorate(function):
        def wrapper(*args):
            return [function(*args) for _ in range(times)]
        return wrapper
    return decorate


@shout
def greet(name, punctuation="!"):
    return "hello " + name + punctuation


@repeat(3)
def roll(x):
    return x * 2


print(greet("torch"), greet("world", punctuation="?"), roll(4))


def fibonacci(n):
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)
    return [fib(i) for i in range(n)]


print(fibonacci(10))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    return middle()


print(outer())
print(keyword_only.__name__, square.__name__)
