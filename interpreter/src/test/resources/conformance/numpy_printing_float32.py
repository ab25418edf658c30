# float32 arrays in scientific mode: digits past the shortest ones come from the exact value, as Dragon4's min_digits.
import numpy as np
for v in ([-8.742278e-08, -0.3090170, -0.58778536, 1.0], [1e-5, 0.1, 3.3], [3e9, 0.5, 0.25], [1e-9, 2.0], [1e-7, 1e-6, 123.0]):
    print(np.array(v, dtype=np.float32), repr(np.array(v, dtype=np.float32)), np.array(v))
print(np.float32(3e-8), np.array([np.float32(1) / 3, 1e-9], dtype=np.float32))
