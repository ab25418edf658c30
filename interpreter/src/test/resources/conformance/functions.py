# def/return, defaults, keyword arguments, recursion, locals vs globals, and their errors.
def square(x):
    return x * x

def describe(name, times=2, sep='-'):
    return name * times

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

scale = 10

def scaled(v):
    result = v * scale
    return result

def nothing():
    pass

print(square(7), square(1.5), fib(15), scaled(3), nothing())
print(describe('ab'), describe('ab', 3), describe(times=1, name='xy'))

def count_down(n):
    while n > 0:
        n -= 1
    return 'done'

print(count_down(100000))

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))
