# math, random (CPython-identical Mersenne Twister) and arbitrary-precision int.
import math
import random
print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(2**2000))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, 2), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3), math.factorial(30), math.gcd(12, 18), math.gcd(12, 18, 8), math.lcm(4, 6))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.copysign(2, -0.0), math.pow(2, 0.5), math.isqrt(99))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, 3), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.expm1(1e-10), math.log1p(1e-10))
random.seed(0)
print(random.random(), random.random(), random.randint(1, 100), random.uniform(1, 2))
random.seed(42)
L = list(range(10))
random.shuffle(L)
print(L, random.choice(L), random.sample(range(100), 5), random.gauss(0, 1), random.gauss(0, 1), random.randrange(0, 100, 7))
random.seed(2**100 + 12345)
print(random.random(), random.getrandbits(70), random.randint(-10**20, 10**20), random.choices(['a', 'b', 'c'], k=5), random.choices(['a', 'b'], [1, 3], k=4))
random.seed(-7)
print(random.random(), random.sample(range(1000), 8), random.normalvariate(0, 1), random.expovariate(2))
print((255).bit_length(), hash(2**64), 2**64 == 2.0**64, 2**53 + 1 == 2.0**53, 2**100 > 1e30, 10**400 > 1e308, 1e308 < 10**400)
print(int('123456789012345678901234567890') * 3, -(2**63), (-2**63) // -1, 2**63 * -1, 7**77 % 1000)
for s in [-1.5, 1.5, 0.0, 2**64 + 5, -(2**64), 0, True]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(32), random.getrandbits(64), random.randrange(10**30))
