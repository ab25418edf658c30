# itertools and functools, as training scripts use them.
import itertools
from itertools import chain, islice, product, permutations, combinations, count, accumulate, zip_longest, groupby
from functools import reduce, partial, wraps, lru_cache

print(list(islice(count(10, 5), 4)), list(chain([1, 2], "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(product("ab", [0, 1])), list(product([1, 2], repeat=2)))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)), list(itertools.combinations_with_replacement([1, 2], 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print([(k, list(g)) for k, g in groupby("aabccc")])
print(list(islice("abcdefg", 1, 6, 2)), list(itertools.repeat("x", 3)), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.pairwise([1, 2, 3])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
double = partial(lambda a, b: a * b, 2)
print(double(21), partial(int, base=2)("101"))


def logged(function):
    @wraps(function)
    def wrapper(*args):
        return function(*args)
    return wrapper


@logged
def train_step(x):
    return x + 1


print(train_step.__name__, train_step(1))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
